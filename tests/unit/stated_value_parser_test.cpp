#include <gtest/gtest.h>

#include "core/data/stated_value_parser.h"

namespace hgm {
namespace {

constexpr auto VI = NumberConvention::vietnamese;
constexpr auto PT = NumberConvention::decimal_point;

double num(const char* text, NumberConvention c) {
  const NumberParse p = parse_number(text, c);
  EXPECT_TRUE(p.value.has_value()) << text << ": " << p.error;
  return p.value.value_or(-1);
}

TEST(ParseNumber, VietnameseNumbers) {
  EXPECT_DOUBLE_EQ(num("19.559,8", VI), 19559.8);
  EXPECT_DOUBLE_EQ(num("47,4%", VI), 47.4);
  EXPECT_DOUBLE_EQ(num("4.094", VI), 4094);
  EXPECT_DOUBLE_EQ(num("1.234.567", VI), 1234567);
  EXPECT_DOUBLE_EQ(num(" 15,8 % ", VI), 15.8);
  EXPECT_DOUBLE_EQ(num("−2,5", VI), -2.5);
  EXPECT_DOUBLE_EQ(num("19\xC2\xA0" "559,8", VI), 19559.8);
  EXPECT_TRUE(parse_number("47,4%", VI).percent);
}

TEST(ParseNumber, SoftwareNumbers) {
  EXPECT_DOUBLE_EQ(num("19559.8", PT), 19559.8);
  EXPECT_DOUBLE_EQ(num("1.234", PT), 1.234);
  EXPECT_DOUBLE_EQ(num("1,234.5", PT), 1234.5);
  EXPECT_DOUBLE_EQ(num("-0.5", PT), -0.5);
}

TEST(ParseNumber, HostileAndOddInputsAreErrorsNotGuesses) {
  for (const char* bad : {"", "abc", "12abc", "1,2,3", "19.55,8.1", "1.23", "--5", "nan", "inf", "1e309",
                          "0x1F", "%", ".", ",", "12.34.5", "1.234,5,6"}) {
    const NumberParse p = parse_number(bad, VI);
    EXPECT_FALSE(p.value.has_value()) << "'" << bad << "' parsed as " << p.value.value_or(0);
    EXPECT_FALSE(p.error.empty()) << bad;
  }
  EXPECT_FALSE(parse_number(std::string(100, '9'), VI).value.has_value());
  EXPECT_FALSE(parse_number("19.559,8", PT).value.has_value());  // wrong convention: refused, not misread
}

TEST(DetectConvention, DecidedByTheColumnAndShown) {
  const ConventionDecision vi = detect_convention({"4.094", "47,4", "8,6%"});
  EXPECT_TRUE(vi.detected);
  EXPECT_EQ(vi.convention, VI);
  EXPECT_EQ(convention_reason(vi, "cột 'x'", Lang::vi),
            "cột 'x': '8,6' có dấu phẩy thập phân: số kiểu Việt Nam (1.234 = một nghìn hai trăm ba mươi tư)");
  EXPECT_NE(convention_reason(vi, "column 'x'", Lang::en).find("'8,6' has a decimal comma"), std::string::npos);
  const ConventionDecision pt = detect_convention({"1.234", "19559.8"});
  EXPECT_EQ(pt.convention, PT);
  const ConventionDecision unknown = detect_convention({"1.234", "4.094", "12"});
  EXPECT_FALSE(unknown.detected);
  EXPECT_EQ(unknown.convention, VI);
  EXPECT_NE(convention_reason(unknown, "c", Lang::en).find("no cell shows the decimal mark"), std::string::npos);
  EXPECT_NE(convention_reason(unknown, "c", Lang::vi).find("không ô nào cho thấy dấu thập phân"), std::string::npos);
  const ConventionDecision mixed = detect_convention({"47,4", "19559.8"});
  EXPECT_TRUE(mixed.conflicting);
  EXPECT_NE(convention_reason(mixed, "c", Lang::en).find("mixes '47,4' (decimal comma) and '19559.8'"), std::string::npos);
  EXPECT_TRUE(detect_convention({"trên 40,5%"}).detected);
}

TEST(ParseCell, ExactBoundsIntervalsFlagsAndNoData) {
  auto cell = [](const char* t) {
    const CellParse c = parse_stated_cell(t, VI);
    EXPECT_TRUE(c.ok) << t << ": " << c.error;
    return c.value;
  };
  StatedValue v = cell("47,4%");
  EXPECT_EQ(v.kind, ValueKind::exact);
  EXPECT_DOUBLE_EQ(v.value, 47.4);
  EXPECT_EQ(v.stated, "47,4%");
  v = cell("trên 40%");
  EXPECT_EQ(v.kind, ValueKind::at_least);
  EXPECT_DOUBLE_EQ(*v.lower, 40);
  EXPECT_FALSE(v.lower_inclusive);
  v = cell("Dưới 51%");
  EXPECT_EQ(v.kind, ValueKind::at_most);
  EXPECT_DOUBLE_EQ(*v.upper, 51);
  EXPECT_FALSE(v.upper_inclusive);
  v = cell(">40");
  EXPECT_EQ(v.kind, ValueKind::at_least);
  v = cell("<51");
  EXPECT_EQ(v.kind, ValueKind::at_most);
  v = cell("≤ 15,8%");
  EXPECT_TRUE(v.upper_inclusive);
  v = cell("từ 30% đến dưới 40%");
  EXPECT_EQ(v.kind, ValueKind::interval);
  EXPECT_DOUBLE_EQ(*v.lower, 30);
  EXPECT_TRUE(v.lower_inclusive);
  EXPECT_DOUBLE_EQ(*v.upper, 40);
  EXPECT_FALSE(v.upper_inclusive);
  v = cell("trên 30% đến dưới 40%");
  EXPECT_FALSE(v.lower_inclusive);
  v = cell("30 - 40");
  EXPECT_EQ(v.kind, ValueKind::interval);
  EXPECT_TRUE(v.lower_inclusive && v.upper_inclusive);
  v = cell("từ 40% trở lên");
  EXPECT_EQ(v.kind, ValueKind::at_least);
  EXPECT_TRUE(v.lower_inclusive);
  EXPECT_EQ(cell("").kind, ValueKind::no_data);
  EXPECT_EQ(cell(" - ").kind, ValueKind::no_data);
  EXPECT_EQ(cell("Không có số liệu").kind, ValueKind::no_data);
  EXPECT_EQ(cell("x").kind, ValueKind::flag);
  EXPECT_EQ(cell("đạt 47,4%").kind, ValueKind::exact);
}

TEST(ParseCell, RefusesWhatItCannotStateHonestly) {
  for (const char* bad : {"khoảng 40%", "~40", "dưới 40% đến trên 50%", "50 - 40", "trên", "cao", "40%%x",
                          "trên abc", "\xFF\xFE"}) {
    const CellParse c = parse_stated_cell(bad, VI);
    EXPECT_FALSE(c.ok) << bad;
    // Each refusal has one reason: an estimate, or an error saying what is wrong.
    EXPECT_NE(c.approximate, !c.error.empty()) << bad;
  }
  for (const char* estimate : {"khoảng 40%", "~40"}) EXPECT_TRUE(parse_stated_cell(estimate, VI).approximate) << estimate;
  for (const char* other : {"50 - 40", "trên", "cao"}) EXPECT_FALSE(parse_stated_cell(other, VI).approximate) << other;
}

}  // namespace
}  // namespace hgm
