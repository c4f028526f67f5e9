// Planners' column headers matched to the project's real indicators (geodata/indicators.csv).
#include <gtest/gtest.h>

#include "core/data/column_match.h"
#include "core/errors.h"
#include "project_tables.h"

namespace hgm {
namespace {

std::string id_of(const ColumnMatch& m) { return m.indicator ? m.indicator->id : std::string("(none)"); }

std::vector<std::string> candidate_ids(const ColumnMatch& m) {
  std::vector<std::string> ids;
  for (const Indicator* i : m.candidates) ids.push_back(i->id);
  return ids;
}

TEST(SplitHeader, PeriodAndUnitComeOutOfTheHeader) {
  const HeaderParts a = split_header("Thu NSNN quý II/2021 (%)");
  EXPECT_EQ(a.period, "2021-Q2");
  EXPECT_EQ(a.unit, "%");
  EXPECT_EQ(a.bare_words, (std::vector<std::string>{"thu", "ngan", "sach", "nha", "nuoc"}));
  EXPECT_EQ(split_header("Thu NSNN Q2 2021").period, "2021-Q2");
  EXPECT_EQ(split_header("Thu NSNN 2021-Q3").period, "2021-Q3");
  EXPECT_EQ(split_header("THU NSNN QUÝ 4 NĂM 2021").period, "2021-Q4");
  EXPECT_EQ(split_header("Thu NSNN (quý I/2022)").period, "2022-Q1");
  EXPECT_EQ(split_header("Thu NSNN (quý I/2022)").unit, "");
  // A number beside a year is not a quarter unless the header says so.
  EXPECT_EQ(split_header("Xã đạt chuẩn 3 2021").period, "");
  EXPECT_EQ(split_header("Hộ nghèo").period, "");
}

TEST(MatchColumn, RealLookingHeadersFindTheirIndicator) {
  const test::ProjectTables p;
  const auto& inds = p.table.indicators();
  const ColumnMatch a = match_column("Thu NSNN quý II/2021 (%)", inds);
  EXPECT_EQ(a.status, ColumnMatch::Status::confident);
  EXPECT_EQ(id_of(a), "budget_revenue_attainment");
  EXPECT_EQ(a.period, "2021-Q2");
  EXPECT_FALSE(a.whole_name);  // read from the planner's words: the report notes which indicator
  // Diacritics, case, the abbreviation spelt out, the unit given twice.
  const ColumnMatch b = match_column("THU NGAN SACH NHA NUOC TREN DIA BAN (% KH tỉnh giao) Q2 2021", inds);
  EXPECT_EQ(b.status, ColumnMatch::Status::confident);
  EXPECT_EQ(id_of(b), "budget_revenue_attainment");
  EXPECT_EQ(b.period, "2021-Q2");
  EXPECT_EQ(id_of(match_column("Hồ sơ TTHC giải quyết quá hạn", inds)), "overdue_admin_files");
  EXPECT_EQ(id_of(match_column("Tỷ lệ sử dụng chữ ký số cá nhân (%)", inds)), "digital_signature_use");
  EXPECT_EQ(id_of(match_column("Tăng thu NSNN so với cùng kỳ", inds)), "budget_revenue_growth");
  EXPECT_EQ(id_of(match_column("labour_export_placements", inds)), "labour_export_placements");
  // The unit as typed: "m2" is the indicator's "m²".
  const ColumnMatch area = match_column("Diện tích nương đá được đổ đất cải tạo (m2)", inds);
  EXPECT_EQ(area.status, ColumnMatch::Status::confident);
  EXPECT_EQ(id_of(area), "stone_field_soil_area");
  EXPECT_FALSE(area.unit_differs);
  // The template's own headers: the name, then the unit.
  for (const Indicator& ind : inds) {
    const std::string header = ind.name_vi + (ind.unit.empty() ? "" : " (" + ind.unit + ")");
    const ColumnMatch m = match_column(header, inds);
    EXPECT_EQ(m.status, ColumnMatch::Status::confident) << header;
    EXPECT_EQ(id_of(m), ind.id) << header;
    EXPECT_TRUE(m.whole_name) << header;
  }
}

TEST(MatchColumn, UncertainHeadersAreProposedNotUsed) {
  const test::ProjectTables p;
  const auto& inds = p.table.indicators();
  // "Thu NSNN" could be the attainment or the growth: both are proposed, neither chosen.
  const ColumnMatch a = match_column("NSNN", inds);
  EXPECT_EQ(a.status, ColumnMatch::Status::uncertain);
  EXPECT_EQ(a.indicator, nullptr);
  const auto ids = candidate_ids(a);
  EXPECT_NE(std::find(ids.begin(), ids.end(), "budget_revenue_attainment"), ids.end());
  EXPECT_NE(std::find(ids.begin(), ids.end(), "budget_revenue_growth"), ids.end());
  // The name of one indicator with another unit: revenue in billions is not the % attainment.
  const ColumnMatch b = match_column("Thu NSNN trên địa bàn (tỷ đồng)", inds);
  EXPECT_EQ(b.status, ColumnMatch::Status::uncertain);
  EXPECT_TRUE(b.unit_differs);
  EXPECT_EQ(candidate_ids(b).front(), "budget_revenue_attainment");
  // Nothing like any indicator.
  const ColumnMatch c = match_column("Tỷ lệ hộ nghèo quý II/2021", inds);
  EXPECT_EQ(c.status, ColumnMatch::Status::none);
  EXPECT_EQ(c.period, "2021-Q2");
}

TEST(ColumnMapping, ExistingAndNewIndicators) {
  const ColumnMapping a = parse_column_mapping("Thu NSNN quý II/2021 (%)=budget_revenue_attainment", Lang::vi);
  EXPECT_EQ(a.column, "Thu NSNN quý II/2021 (%)");
  EXPECT_EQ(a.indicator, "budget_revenue_attainment");
  EXPECT_FALSE(a.new_indicator);
  const ColumnMapping b = parse_column_mapping("Hộ nghèo (%)=new:poor_households:%:lower_is_better:Tỷ lệ hộ nghèo", Lang::vi);
  ASSERT_TRUE(b.new_indicator);
  EXPECT_EQ(b.indicator, "poor_households");
  EXPECT_EQ(b.new_indicator->unit, "%");
  EXPECT_EQ(b.new_indicator->polarity, Polarity::lower_is_better);
  EXPECT_EQ(b.new_indicator->name_vi, "Tỷ lệ hộ nghèo");
  const ColumnMapping c = parse_column_mapping("Đường GTNT (km)=new:rural_roads:km:higher_is_better", Lang::vi);
  EXPECT_EQ(c.new_indicator->name_vi, "Đường GTNT");  // the header without its unit
  EXPECT_THROW(parse_column_mapping("Thu NSNN", Lang::vi), UsageError);
  try {  // the usage names every form a mapping takes
    parse_column_mapping("Thu NSNN", Lang::en);
    FAIL();
  } catch (const UsageError& e) {
    EXPECT_NE(std::string(e.what()).find("\"COLUMN=ignore\""), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("POLARITY[:NAME_VI[:NAME_EN]]"), std::string::npos) << e.what();
  }
  EXPECT_THROW(parse_column_mapping("A=new:Bad Id:%:higher_is_better", Lang::en), UsageError);
  try {
    parse_column_mapping("A=new:x:%:up", Lang::vi);
    FAIL();
  } catch (const UsageError& e) {
    EXPECT_NE(std::string(e.what()).find("higher_is_better, lower_is_better hoặc neutral"), std::string::npos) << e.what();
  }
}

TEST(ColumnMapping, CsvFile) {
  const auto m = parse_mapping_csv(
      "column,indicator,unit,polarity,name\n"
      "Thu NSNN quý II/2021 (%),budget_revenue_attainment,,,\n"
      "\"Hộ nghèo, cuối quý\",poor_households,%,lower_is_better,Tỷ lệ hộ nghèo\n",
      "map.csv", Lang::vi);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_FALSE(m[0].new_indicator);
  EXPECT_EQ(m[1].column, "Hộ nghèo, cuối quý");
  ASSERT_TRUE(m[1].new_indicator);
  EXPECT_EQ(m[1].new_indicator->name_vi, "Tỷ lệ hộ nghèo");
  try {
    parse_mapping_csv("column,indicator,unit,polarity\nA,x,%,sideways\n", "map.csv", Lang::en);
    FAIL();
  } catch (const DataError& e) {
    EXPECT_NE(std::string(e.what()).find("map.csv:2"), std::string::npos) << e.what();
  }
  EXPECT_THROW(parse_mapping_csv("col,ind\nA,b\n", "map.csv", Lang::vi), DataError);
  EXPECT_TRUE(mapping_names(m[0], "THU NSNN QUÝ II/2021 (%)"));
}

TEST(ColumnMapping, NewIndicatorNamedInBothLanguages) {
  const ColumnMapping m =
      parse_column_mapping("Hộ nghèo (%)=new:poor_households:%:lower_is_better:Tỷ lệ hộ nghèo:Poor household rate", Lang::vi);
  ASSERT_TRUE(m.new_indicator);
  EXPECT_EQ(m.new_indicator->name_vi, "Tỷ lệ hộ nghèo");
  EXPECT_EQ(m.new_indicator->name_en, "Poor household rate");
  // One name only: both languages show it (the form before the English name existed).
  const ColumnMapping one = parse_column_mapping("Hộ nghèo (%)=new:poor_households:%:lower_is_better:Tỷ lệ hộ nghèo", Lang::vi);
  ASSERT_TRUE(one.new_indicator);
  EXPECT_EQ(one.new_indicator->name_en, "Tỷ lệ hộ nghèo");
  const ColumnMapping ignored = parse_column_mapping("Ghi chú=ignore", Lang::vi);
  EXPECT_TRUE(ignored.ignored);
  EXPECT_FALSE(ignored.new_indicator);
}

TEST(ColumnMapping, CsvFileWithTwoNamesReadsBackWhatWasWritten) {
  const auto read = parse_mapping_csv(
      "column,indicator,unit,polarity,name_vi,name_en\n"
      "Thu NSNN quý II/2021 (%),budget_revenue_attainment,,,,\n"
      "\"Hộ nghèo, cuối quý (%)\",poor_households,%,lower_is_better,Tỷ lệ hộ nghèo,\"Poor households, end of quarter\"\n"
      "Ghi chú,ignore,,,,\n",
      "map.csv", Lang::vi);
  ASSERT_EQ(read.size(), 3u);
  ASSERT_TRUE(read[1].new_indicator);
  EXPECT_EQ(read[1].new_indicator->name_vi, "Tỷ lệ hộ nghèo");
  EXPECT_EQ(read[1].new_indicator->name_en, "Poor households, end of quarter");
  EXPECT_TRUE(read[2].ignored);
  // Written (as the window's mapping step writes it) and read again: the same mappings.
  const auto again = parse_mapping_csv(mapping_csv(read), "again.csv", Lang::en);
  ASSERT_EQ(again.size(), read.size());
  for (std::size_t i = 0; i < read.size(); ++i) {
    EXPECT_EQ(again[i].column, read[i].column);
    EXPECT_EQ(again[i].indicator, read[i].indicator);
    EXPECT_EQ(again[i].ignored, read[i].ignored);
    ASSERT_EQ(again[i].new_indicator.has_value(), read[i].new_indicator.has_value());
    if (!read[i].new_indicator) continue;
    EXPECT_EQ(again[i].new_indicator->name_vi, read[i].new_indicator->name_vi);
    EXPECT_EQ(again[i].new_indicator->name_en, read[i].new_indicator->name_en);
    EXPECT_EQ(again[i].new_indicator->unit, read[i].new_indicator->unit);
    EXPECT_EQ(again[i].new_indicator->polarity, read[i].new_indicator->polarity);
  }
  // The older file with one "name" column still reads, the name in both languages.
  const auto old = parse_mapping_csv("column,indicator,unit,polarity,name\nA,a_new,km,neutral,Đường\n", "old.csv", Lang::vi);
  ASSERT_TRUE(old.at(0).new_indicator);
  EXPECT_EQ(old.at(0).new_indicator->name_en, "Đường");
}

TEST(ColumnMapping, IdsFromNames) {
  EXPECT_EQ(id_from_name("Tỷ lệ hộ nghèo (%)", {}), "ty_le_ho_ngheo");
  EXPECT_EQ(id_from_name("Đường giao thông", {"duong_giao_thong"}), "duong_giao_thong_2");
  EXPECT_EQ(id_from_name("—", {}), "new_indicator");
}

}  // namespace
}  // namespace hgm
