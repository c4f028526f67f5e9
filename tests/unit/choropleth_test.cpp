#include <gtest/gtest.h>

#include "core/thematic/choropleth.h"
#include "core/errors.h"
#include "core/thematic/palette.h"
#include "core/data/table_import.h"
#include "project_tables.h"
#include "raw_table.h"

namespace hgm {
namespace {

ChoroplethOptions opts(const std::string& indicator, const std::string& period) {
  ChoroplethOptions o;
  o.indicator = indicator;
  o.period = period;
  return o;
}

const DistrictShading& shading_of(const Choropleth& c, const DistrictRegistry& r, const std::string& code) {
  return c.districts.at(*r.find_code(code));
}

TEST(ProjectTables, TheFourIssueIndicatorsArePresent) {
  const test::ProjectTables p;
  for (const char* id : {"budget_revenue_attainment", "investment_disbursement", "overdue_admin_files",
                         "digital_signature_use"})
    EXPECT_NE(p.table.find_indicator(id), nullptr) << id;
  EXPECT_TRUE(p.table.has_period("2021-Q1"));
  const ProvinceReference* ref = p.table.reference("budget_revenue_attainment", "2021-Q1");
  ASSERT_NE(ref, nullptr);
  EXPECT_DOUBLE_EQ(ref->value, 15.8);
  EXPECT_EQ(ref->provenance.section, "I.5.a");
}

TEST(Choropleth, BudgetRevenueDefaultMap) {
  const test::ProjectTables p;
  const Choropleth c = build_choropleth(p.registry, p.table, opts("budget_revenue_attainment", "2021-Q1"));
  ASSERT_EQ(c.districts.size(), 11u);
  EXPECT_EQ(c.classes.size(), 3u);
  const DistrictShading& xin_man = shading_of(c, p.registry, "033");
  ASSERT_NE(xin_man.value, nullptr);
  EXPECT_DOUBLE_EQ(xin_man.value->value, 47.4);
  EXPECT_EQ(xin_man.class_index, 2);
  EXPECT_EQ(xin_man.style.fill, c.colors[2]);
  EXPECT_EQ(xin_man.style.pattern, FillPattern::solid);
  EXPECT_EQ(xin_man.value->provenance.section, "I.5.a");
  EXPECT_EQ(shading_of(c, p.registry, "027").class_index, 0);  // Mèo Vạc 8,6%
  // The five huyện not named are known only to be at most the provincial 15,8%: hatched, never a
  // class (the city is not a huyện: no data).
  const DistrictShading& bac_me = shading_of(c, p.registry, "031");
  EXPECT_EQ(bac_me.class_index, -1);
  EXPECT_EQ(bac_me.style.pattern, FillPattern::hatch);
  EXPECT_FALSE(bac_me.value->provenance.inferred_from.empty());
  // Legend: 3 classes, one range entry, the province reference noted.
  ASSERT_GE(c.legend.entries.size(), 4u);
  EXPECT_EQ(c.legend.entries[0].label, "8,6% – 11,5%");
  EXPECT_EQ(c.legend.entries[1].label, "> 11,5% – 24,9%");
  EXPECT_EQ(c.legend.entries[3].style.pattern, FillPattern::hatch);
  EXPECT_EQ(c.legend.notes.front(), "Toàn tỉnh: 15,8%");
}

TEST(Choropleth, NoDataIsItsOwnStyleNotTheLowestClass) {
  const test::ProjectTables p;
  const Choropleth c = build_choropleth(p.registry, p.table, opts("budget_revenue_growth", "2021-Q1"));
  int no_data = 0;
  for (const DistrictShading& s : c.districts) {
    if (s.value) continue;
    ++no_data;
    EXPECT_EQ(s.style.pattern, FillPattern::no_data);
    EXPECT_EQ(s.value_text, "không có số liệu");
    for (const Color& class_color : c.colors) EXPECT_NE(s.style.fill, class_color);
  }
  EXPECT_EQ(no_data, 8);
  EXPECT_EQ(c.legend.entries.back().label, "Không có số liệu");
}

TEST(Choropleth, EnglishLegendAndNumbers) {
  const test::ProjectTables p;
  ChoroplethOptions o = opts("budget_revenue_attainment", "2021-Q1");
  o.lang = Lang::en;
  const Choropleth c = build_choropleth(p.registry, p.table, o);
  EXPECT_EQ(c.legend.entries[0].label, "8.6% – 11.5%");
  EXPECT_EQ(c.legend.notes.front(), "Province: 15.8%");
  const DistrictShading& bac_me = c.districts.at(*p.registry.find_code("031"));
  EXPECT_EQ(bac_me.value_text, "at most 15.8%");  // the same bound, said in English
  const Choropleth inv = build_choropleth(p.registry, p.table, [&] {
    ChoroplethOptions e = opts("investment_disbursement", "2021-Q1");
    e.lang = Lang::en;
    return e;
  }());
  EXPECT_EQ(inv.districts.at(*p.registry.find_code("030")).value_text, "above 30% to below 40%");
  EXPECT_EQ(inv.districts.at(*p.registry.find_code("034")).value_text, "above 40%");
}

TEST(Choropleth, UnknownIndicatorOrPeriodIsAUsageError) {
  const test::ProjectTables p;
  EXPECT_THROW(build_choropleth(p.registry, p.table, opts("nope", "2021-Q1")), UsageError);
  EXPECT_THROW(build_choropleth(p.registry, p.table, opts("budget_revenue_attainment", "2031-Q9")), UsageError);
  ChoroplethOptions bad_palette = opts("budget_revenue_attainment", "2021-Q1");
  bad_palette.palette = "Rainbow";
  EXPECT_THROW(build_choropleth(p.registry, p.table, bad_palette), UsageError);
}

TEST(Choropleth, LowerIsBetterUsesTheWarningPalette) {
  const test::ProjectTables p;
  const Choropleth c = build_choropleth(p.registry, p.table, opts("overdue_admin_files", "2021-Q1"));
  EXPECT_EQ(c.palette, "YlOrRd");
  int flagged = 0;
  for (const DistrictShading& s : c.districts) flagged += s.value && s.value->kind == ValueKind::flag;
  EXPECT_EQ(flagged, 7);
}


}  // namespace
}  // namespace hgm

namespace hgm {
namespace {

TEST(Choropleth, RangeOnlyIndicatorUsesTheStatedRangesAsOrderedClasses) {
  const test::ProjectTables p;
  const Choropleth c = build_choropleth(p.registry, p.table, opts("investment_disbursement", "2021-Q1"));
  EXPECT_EQ(c.classes.size(), 0u);
  ASSERT_EQ(c.colors.size(), 2u);
  const DistrictShading& between = c.districts.at(*p.registry.find_code("030"));  // trên 30% đến dưới 40%
  const DistrictShading& above = c.districts.at(*p.registry.find_code("034"));    // trên 40%
  EXPECT_EQ(between.style.pattern, FillPattern::hatch);
  EXPECT_EQ(above.style.pattern, FillPattern::hatch);
  EXPECT_EQ(between.style.fill, c.colors[0]);
  EXPECT_EQ(above.style.fill, c.colors[1]);  // the higher range is the darker class
  EXPECT_EQ(c.legend.entries.at(0).label, "trên 30% đến dưới 40%");
  EXPECT_EQ(c.legend.entries.at(1).label, "trên 40%");
  EXPECT_EQ(c.legend.entries.at(2).label, "Không có số liệu");
}

TEST(Choropleth, BoundBelowEveryClassIsHatchedNotGivenTheLowestColour) {
  const test::ProjectTables p;
  const Choropleth c = build_choropleth(p.registry, p.table, opts("digital_signature_use", "2021-Q1"));
  const DistrictShading& xin_man = c.districts.at(*p.registry.find_code("033"));
  const DistrictShading& dong_van = c.districts.at(*p.registry.find_code("026"));
  EXPECT_EQ(xin_man.style.pattern, FillPattern::solid);
  EXPECT_EQ(dong_van.style.pattern, FillPattern::hatch);
  EXPECT_NE(dong_van.style.fill, xin_man.style.fill);
  EXPECT_EQ(dong_van.class_index, -1);
  EXPECT_EQ(dong_van.value_text, "dưới 51%");
}

TEST(Choropleth, GroupFactsShareOneColourAndSayTheyAreShared) {
  const test::ProjectTables p;
  const Choropleth c = build_choropleth(p.registry, p.table, opts("stone_field_soil_households", "2021-Q1"));
  const DistrictShading& meo_vac = c.districts.at(*p.registry.find_code("027"));
  const DistrictShading& yen_minh = c.districts.at(*p.registry.find_code("028"));
  EXPECT_EQ(meo_vac.style, yen_minh.style);
  EXPECT_EQ(meo_vac.class_index, -1);
  EXPECT_NE(meo_vac.value_text.find("60"), std::string::npos);
  EXPECT_NE(meo_vac.value_text.find("Mèo Vạc"), std::string::npos);  // the group is named
  EXPECT_EQ(c.legend.entries.front().count_label, "3 huyện/TP");
}

}  // namespace
}  // namespace hgm

namespace hgm {
namespace {

// A table of whole numbers (55, 30, 12) over the report's 11,5: the legend's limits keep
// the decimals of the smallest figure too, never "12% – 12%" for a class holding 11,5.
TEST(Choropleth, LegendLimitsKeepTheDecimalsOfTheSmallestFigure) {
  const test::ProjectTables p;
  IndicatorTable table = p.table;
  ImportOptions o;
  o.period = "2021-Q1";
  import_table(test::wide({"Huyện", "budget_revenue_attainment"}, {{"Xín Mần", "55"}, {"Mèo Vạc", "12"}, {"Đồng Văn", "30"}}),
               p.registry, table, o);
  const Choropleth c = build_choropleth(p.registry, table, opts("budget_revenue_attainment", "2021-Q1"));
  ASSERT_GE(c.legend.entries.size(), 3u);
  EXPECT_EQ(c.legend.entries[0].label, "11,5% – 12%");
  EXPECT_EQ(c.legend.entries[1].label, "> 12% – 30%");
}

TEST(Choropleth, FiveValuesInFiveClassesIsSaidToo) {
  const test::ProjectTables p;
  ChoroplethOptions o = opts("budget_revenue_attainment", "2021-Q1");
  o.classes = 5;
  o.method = ClassMethod::quantile;
  const Choropleth c = build_choropleth(p.registry, p.table, o);
  EXPECT_EQ(c.classes.size(), 5u);
  EXPECT_NE(std::find(c.legend.notes.begin(), c.legend.notes.end(),
                      "5 giá trị khác nhau cho 5 lớp: mỗi lớp chỉ một giá trị"),
            c.legend.notes.end());
  for (int n : c.classes.counts) EXPECT_EQ(n, 1);
}

TEST(Choropleth, TooManyClassesForTheDataIsSaidInTheLegendInBothLanguages) {
  const test::ProjectTables p;
  ChoroplethOptions o = opts("budget_revenue_attainment", "2021-Q1");
  o.classes = 7;
  const Choropleth vi = build_choropleth(p.registry, p.table, o);
  EXPECT_EQ(vi.classes.size(), 5u);
  EXPECT_NE(std::find(vi.legend.notes.begin(), vi.legend.notes.end(),
                      "5 giá trị khác nhau cho 7 lớp: mỗi lớp chỉ một giá trị"),
            vi.legend.notes.end());
  o.lang = Lang::en;
  const Choropleth en = build_choropleth(p.registry, p.table, o);
  EXPECT_NE(std::find(en.legend.notes.begin(), en.legend.notes.end(),
                      "5 distinct values for 7 classes: one value per class"),
            en.legend.notes.end());
}

}  // namespace
}  // namespace hgm

namespace hgm {
namespace {

TEST(Choropleth, DivergingSchemeIsCentredOnTheProvinceFigure) {
  const test::ProjectTables p;
  ChoroplethOptions o = opts("budget_revenue_attainment", "2021-Q1");
  o.palette = "RdBu";
  const Choropleth c = build_choropleth(p.registry, p.table, o);
  ASSERT_TRUE(c.centered_on_reference);
  // Five exact figures choose three classes (odd, so the province figure has a middle
  // class of its own), of equal width and symmetric about 15,8: the farthest value (47,4)
  // sets the reach 31,6, so half a class is 10,53, rounded to the figures' one decimal.
  ASSERT_EQ(c.classes.size(), 3u);
  EXPECT_NEAR(c.classes.upper[0], 15.8 - 10.5, 1e-9);
  EXPECT_NEAR(c.classes.upper[1], 15.8 + 10.5, 1e-9);
  EXPECT_EQ(c.districts.at(*p.registry.find_code("029")).class_index, 1);  // 11,5: middle
  EXPECT_EQ(c.districts.at(*p.registry.find_code("033")).class_index, 2);  // 47,4: top
  // RdBu runs red to blue: the middle class is the scheme's neutral colour.
  EXPECT_EQ(to_hex(c.colors[1]), "#f7f7f7");
}

TEST(Choropleth, DivergingSchemeKeepsTheClassCountAskedFor) {
  const test::ProjectTables p;
  ChoroplethOptions o = opts("budget_revenue_attainment", "2021-Q1");
  o.palette = "RdBu";
  o.classes = 5;
  const Choropleth c = build_choropleth(p.registry, p.table, o);
  ASSERT_TRUE(c.centered_on_reference);
  ASSERT_EQ(c.classes.size(), 5u);
  EXPECT_NEAR(c.classes.upper[1], 15.8 - 6.3, 1e-9);  // half of 12,64, rounded to 6,3
  EXPECT_NEAR(c.classes.upper[2], 15.8 + 6.3, 1e-9);
  EXPECT_EQ(to_hex(c.colors[2]), "#f7f7f7");
}

TEST(Choropleth, LowerIsBetterTurnsADivergingSchemeRound) {
  const test::ProjectTables p;
  ChoroplethOptions higher = opts("budget_revenue_attainment", "2021-Q1");
  higher.palette = "RdBu";
  IndicatorTable table = p.table;
  Indicator flipped = *table.find_indicator("budget_revenue_attainment");
  flipped.polarity = Polarity::lower_is_better;
  table.add_indicator(flipped);
  const Choropleth up = build_choropleth(p.registry, p.table, higher);
  const Choropleth down = build_choropleth(p.registry, table, higher);
  EXPECT_EQ(up.colors.front(), down.colors.back());  // the red end moves to the high values
}

// The class limit holds for every caller (the CLI's --breaks, the window's typed or
// dragged breaks): more limits than classes allowed, or more classes than the palette
// has colours, is refused instead of shading districts with colours past the palette.
TEST(Choropleth, ManualBreaksBeyondTheClassLimitAreRefused) {
  const test::ProjectTables p;
  ChoroplethOptions o = opts("budget_revenue_attainment", "2021-Q1");
  o.method = ClassMethod::manual;
  for (int i = 1; i <= kMaxClasses - 1; ++i) o.breaks.push_back(5.0 * i);
  const Choropleth most = build_choropleth(p.registry, p.table, o);
  EXPECT_EQ(most.classes.size(), static_cast<std::size_t>(kMaxClasses));
  EXPECT_EQ(most.colors.size(), static_cast<std::size_t>(kMaxClasses));
  for (const DistrictShading& s : most.districts)
    EXPECT_LT(s.class_index, static_cast<int>(most.colors.size()));
  for (const std::size_t count : {std::size_t{9}, std::size_t{15}, std::size_t{10000}}) {
    o.breaks.clear();
    for (std::size_t i = 1; i <= count; ++i) o.breaks.push_back(static_cast<double>(i) * 50.0 / static_cast<double>(count));
    o.lang = Lang::en;
    try {
      build_choropleth(p.registry, p.table, o);
      ADD_FAILURE() << count << " breaks were accepted";
    } catch (const UsageError& e) {
      EXPECT_NE(std::string(e.what()).find(std::to_string(count) + " breaks given; at most 8 breaks (9 classes)"),
                std::string::npos)
          << e.what();
    }
  }
}

TEST(Choropleth, MoreClassesThanThePaletteHoldsAreRefused) {
  const test::ProjectTables p;
  ChoroplethOptions o = opts("budget_revenue_attainment", "2021-Q1");
  o.method = ClassMethod::manual;
  o.breaks = {5, 10, 15, 20, 25, 30, 35, 40};  // 9 classes; Set2 has 8 colours
  o.palette = "Set2";
  o.lang = Lang::vi;
  try {
    build_choropleth(p.registry, p.table, o);
    FAIL() << "9 classes in an 8-colour palette were accepted";
  } catch (const UsageError& e) {
    EXPECT_NE(std::string(e.what()).find("bảng màu Set2 chỉ có tối đa 8 màu, bản đồ này cần 9 lớp"), std::string::npos)
        << e.what();
  }
  o.breaks.pop_back();  // 8 classes fit
  EXPECT_EQ(build_choropleth(p.registry, p.table, o).colors.size(), 8u);
}

}  // namespace
}  // namespace hgm
