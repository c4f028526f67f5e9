// What the indicator table says about having figures: a district's figure of any kind
// counts for both questions; the province's alone only for has_values.
#include <gtest/gtest.h>

#include "core/data/indicator.h"

namespace hgm {
namespace {

Indicator named(const std::string& id) {
  Indicator ind;
  ind.id = id;
  return ind;
}

StatedValue flag(const std::string& words) {
  StatedValue v;
  v.kind = ValueKind::flag;
  v.stated = words;
  return v;
}

TEST(IndicatorTable, DistrictValuesAreTheDistrictsFiguresOnly) {
  IndicatorTable table;
  table.add_indicator(named("a"));
  table.add_indicator(named("b"));
  table.add_indicator(named("c"));
  // Neighbours in the table's order on both sides, so a search that strays would see them.
  table.set_value("a", "2021-Q1", "033", flag("đạt"));
  table.set_value("c", "2021-Q2", "027", flag("đạt"));
  ProvinceReference province;
  province.value = 15.8;
  province.stated = "15,8%";
  table.set_reference("b", "2021-Q1", province);
  table.set_value("b", "2021-Q2", "033", flag("chưa đạt"));

  EXPECT_TRUE(table.has_district_values("a", "2021-Q1"));
  EXPECT_TRUE(table.has_values("a", "2021-Q1"));
  EXPECT_FALSE(table.has_district_values("a", "2021-Q2")) << "another period";
  EXPECT_FALSE(table.has_values("a", "2021-Q2"));

  EXPECT_FALSE(table.has_district_values("b", "2021-Q1")) << "the province's figure is not a district's";
  EXPECT_TRUE(table.has_values("b", "2021-Q1"));
  EXPECT_TRUE(table.has_district_values("b", "2021-Q2"));

  EXPECT_FALSE(table.has_district_values("c", "2021-Q1"));
  EXPECT_TRUE(table.has_district_values("c", "2021-Q2"));
  EXPECT_FALSE(table.has_district_values("d", "2021-Q1")) << "an unknown indicator";
  EXPECT_FALSE(table.has_district_values("", ""));
}

}  // namespace
}  // namespace hgm
