// What the hover tooltip says about a district.
#include "app_test_support.h"

namespace hgm::app {
namespace {

using namespace test_support;

TEST(DistrictDetails, StateTheFigureAndWhereItComesFrom) {
  const MapState state(inputs(), default_selection());
  const DistrictRegistry& registry = inputs().data.registry;
  const auto xin_man = registry.find_code("033");
  ASSERT_TRUE(xin_man);
  const auto d = district_details(state, static_cast<int>(*xin_man));
  ASSERT_TRUE(d);
  EXPECT_EQ(d->name, "Huyện Xín Mần");
  EXPECT_TRUE(d->has_value);
  EXPECT_EQ(d->value_text, "47,4%");
  EXPECT_EQ(d->period, "Quý I/2021");
  EXPECT_NE(d->source.find("I.5.a"), std::string::npos) << d->source;
  EXPECT_NE(d->quote.find("47,4%"), std::string::npos) << d->quote;
  EXPECT_FALSE(district_details(state, -1));
  EXPECT_FALSE(district_details(state, static_cast<int>(registry.size())));
}

// The tooltip gives the rank the ranking and the profile give: a bound's range of ranks
// too, and none for the district without a figure.
TEST(DistrictDetails, AHoveredDistrictSaysItsRank) {
  MapState state(inputs(), default_selection());
  const auto rank_of = [&](const char* code) {
    return district_details(state, static_cast<int>(*inputs().data.registry.find_code(code)))->rank;
  };
  EXPECT_EQ(rank_of("033"), "Hạng 1/10");      // Xín Mần, 47,4%
  EXPECT_EQ(rank_of("027"), "Hạng 5–10/10");   // Mèo Vạc, 8,6%
  EXPECT_EQ(rank_of("028"), "Hạng 4–10/10");   // Yên Minh, "≤ 15,8%"
  EXPECT_EQ(rank_of("024"), "");               // TP. Hà Giang, no figure
  state.select_lang(Lang::en);
  EXPECT_EQ(rank_of("033"), "Rank 1/10");
}

TEST(DistrictDetails, ExactFiguresSayHowFarTheyAreFromTheProvince) {
  MapState state(inputs(), default_selection());
  const auto xin_man = inputs().data.registry.find_code("033");
  ASSERT_TRUE(xin_man);
  auto d = district_details(state, static_cast<int>(*xin_man));
  ASSERT_TRUE(d);
  EXPECT_EQ(d->difference, "+31,6 điểm % so với toàn tỉnh");  // 47,4% − 15,8%
  state.select_lang(Lang::en);
  d = district_details(state, static_cast<int>(*xin_man));
  EXPECT_EQ(d->difference, "31.6 percentage points above the province");

  EXPECT_EQ(difference_from_reference(10, 15.8, "%", Lang::vi), "−5,8 điểm % so với toàn tỉnh");
  EXPECT_EQ(difference_from_reference(21.7, 24.73, "%", Lang::vi), "−3,03 điểm % so với toàn tỉnh");
  EXPECT_EQ(difference_from_reference(1320, 1200, "hồ sơ", Lang::vi), "+120 hồ sơ so với toàn tỉnh");
  EXPECT_EQ(difference_from_reference(15.8, 15.8, "%", Lang::vi), "bằng toàn tỉnh");
  EXPECT_EQ(difference_from_reference(14.8, 15.8, "%", Lang::en), "1 percentage point below the province");
}

TEST(DistrictDetails, RangesKeepTheirWordsPeriodSectionAndQuote) {
  MapState state(inputs(), default_selection());
  state.select_indicator("investment_disbursement");
  const auto vi_xuyen = inputs().data.registry.find_code("030");
  ASSERT_TRUE(vi_xuyen);
  const auto d = district_details(state, static_cast<int>(*vi_xuyen));
  ASSERT_TRUE(d);
  EXPECT_TRUE(d->has_value);
  EXPECT_EQ(d->value_text, "trên 30% đến dưới 40%");
  EXPECT_EQ(d->period, "Quý I/2021");
  EXPECT_NE(d->source.find("mục I.5.c"), std::string::npos) << d->source;
  EXPECT_NE(d->quote.find("trên 30% đến dưới 40% gồm Vị Xuyên"), std::string::npos) << d->quote;
  EXPECT_TRUE(d->difference.empty()) << "a range has no single difference from the province";
}

TEST(DistrictDetails, NoDataReadsAsNoData) {
  MapState state(inputs(), default_selection());
  state.select_indicator("overdue_admin_files");
  const Choropleth& map = state.choropleth();
  const auto missing = std::find_if(map.districts.begin(), map.districts.end(),
                                    [](const DistrictShading& s) { return s.value == nullptr; });
  ASSERT_NE(missing, map.districts.end()) << "expected a district without a figure";
  // select_lang rebuilds the choropleth, so `missing` would dangle: keep the index.
  const int district = static_cast<int>(missing->district);
  auto d = district_details(state, district);
  ASSERT_TRUE(d);
  EXPECT_FALSE(d->has_value);
  EXPECT_EQ(d->value_text, "không có số liệu");
  EXPECT_TRUE(d->source.empty());
  state.select_lang(Lang::en);
  d = district_details(state, district);
  ASSERT_TRUE(d);
  EXPECT_FALSE(d->has_value);
  EXPECT_EQ(d->value_text, "no data");
}

}  // namespace
}  // namespace hgm::app
