// A figure in a grid cell's few characters: the bound, the estimate and the shared figure
// stay visible, the numbers in the chosen language's format.
#include <gtest/gtest.h>

#include "core/views/cell_text.h"

namespace hgm::views {
namespace {

Indicator percent() {
  Indicator i;
  i.id = "budget_revenue_attainment";
  i.unit = i.unit_en = "%";
  return i;
}

Indicator tonnes() {
  Indicator i;
  i.id = "orange_fruit_drop";
  i.unit = "tấn";
  i.unit_en = "tonnes";
  return i;
}

StatedValue at_most(double upper, bool inclusive) {
  StatedValue v;
  v.kind = ValueKind::at_most;
  v.upper = upper;
  v.upper_inclusive = inclusive;
  return v;
}

TEST(CellText, ExactFiguresInEachLanguagesFormat) {
  StatedValue v;
  v.kind = ValueKind::exact;
  v.value = 47.4;
  EXPECT_EQ(cell_text(v, percent(), Lang::vi), "47,4%");
  EXPECT_EQ(cell_text(v, percent(), Lang::en), "47.4%");
  v.value = 20000;
  EXPECT_EQ(cell_text(v, tonnes(), Lang::vi), "20.000");  // the unit is in the row's label
  EXPECT_EQ(cell_text(v, tonnes(), Lang::en), "20,000");
  EXPECT_EQ(unit_suffix(tonnes(), Lang::vi), " (tấn)");
  EXPECT_EQ(unit_suffix(percent(), Lang::vi), "");
}

// "không trên 15,8%" (the province average) is at most 15,8; "dưới 51%" is below 51.
TEST(CellText, BoundsKeepTheirMark) {
  EXPECT_EQ(cell_text(at_most(15.8, true), percent(), Lang::vi), "≤ 15,8%");
  EXPECT_EQ(cell_text(at_most(51, false), percent(), Lang::vi), "< 51%");
  StatedValue above;
  above.kind = ValueKind::at_least;
  above.lower = 40;
  EXPECT_EQ(cell_text(above, percent(), Lang::en), "> 40%");
  above.lower_inclusive = true;
  EXPECT_EQ(cell_text(above, percent(), Lang::en), "≥ 40%");
  StatedValue between;
  between.kind = ValueKind::interval;
  between.lower = 30;
  between.upper = 40;
  EXPECT_EQ(cell_text(between, percent(), Lang::vi), ">30–<40%");
  between.lower_inclusive = between.upper_inclusive = true;
  EXPECT_EQ(cell_text(between, percent(), Lang::vi), "30–40%");
}

// "khoảng 4.076 tấn" for Bắc Quang and Quang Bình together: an estimate, shared.
TEST(CellText, EstimatesAndSharedFiguresAreMarked) {
  StatedValue v;
  v.kind = ValueKind::approximate;
  v.value = 4076;
  v.label = "chung 2 huyện: Bắc Quang, Quang Bình";
  EXPECT_EQ(cell_text(v, tonnes(), Lang::vi), "≈ 4.076*");
  v.label.clear();
  EXPECT_EQ(cell_text(v, tonnes(), Lang::en), "≈ 4,076");
  StatedValue group;
  group.kind = ValueKind::group_fact;
  group.value = 60;
  EXPECT_EQ(cell_text(group, tonnes(), Lang::vi), "60*");
}

TEST(CellText, FlagsAndCategoriesInWords) {
  StatedValue flag;
  flag.kind = ValueKind::flag;
  flag.label = "Tỷ lệ hồ sơ quá hạn cao";
  EXPECT_EQ(cell_text(flag, percent(), Lang::vi), "nêu tên");
  EXPECT_EQ(cell_text(flag, percent(), Lang::en), "named");
  StatedValue category;
  category.kind = ValueKind::category;
  category.label = "Từ 22/02/2021";
  category.label_en = "From 22/02/2021";
  EXPECT_EQ(cell_text(category, percent(), Lang::en), "From 22/02/2021");
  EXPECT_EQ(cell_text(StatedValue{}, percent(), Lang::vi), "");
  EXPECT_EQ(cell_number(15.8, percent(), Lang::vi), "15,8%");
}

}  // namespace
}  // namespace hgm::views
