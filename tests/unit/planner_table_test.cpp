// Tables as planners write them: headers in their own words with the period in them, a
// province row, a column for a new indicator, and a load that adds nothing.
#include <gtest/gtest.h>

#include "core/data/import_report_text.h"
#include "core/data/table_import.h"
#include "project_tables.h"
#include "raw_table.h"

namespace hgm {
namespace {

using test::wide;

IndicatorTable indicators_of(const test::ProjectTables& p) {
  IndicatorTable t;
  for (const Indicator& i : p.table.indicators()) t.add_indicator(i);
  return t;
}

TEST(PlannerTable, HeaderInPlannersWordsLoadsWithItsPeriod) {
  const test::ProjectTables p;
  IndicatorTable into = indicators_of(p);
  const RawTable t = wide({"STT", "Huyện", "Thu NSNN quý II/2021 (%)"},
                          {{"1", "Xín Mần", "31,2"}, {"2", "Đồng Văn", "25"}, {"3", "TP Hà Giang", "18,4"}});
  const ImportReport r = import_table(t, p.registry, into, {});  // no --period: the header gives it
  EXPECT_TRUE(r.ok()) << import_report_text(r, Lang::vi);
  EXPECT_EQ(r.values, 3);
  ASSERT_EQ(r.added.size(), 1u);
  EXPECT_EQ(r.added[0].indicator, "budget_revenue_attainment");
  EXPECT_EQ(r.added[0].period, "2021-Q2");
  EXPECT_EQ(r.added[0].districts, 3);
  ASSERT_NE(into.find("budget_revenue_attainment", "2021-Q2", "033"), nullptr);
  EXPECT_DOUBLE_EQ(into.find("budget_revenue_attainment", "2021-Q2", "033")->value, 31.2);
  const std::string text = import_report_text(r, Lang::vi);
  EXPECT_EQ(text.rfind("bang.csv: đã thêm 3 số liệu\n  + budget_revenue_attainment, kỳ Quý II/2021: 3 huyện/thành phố\n", 0), 0u)
      << text;
  EXPECT_NE(text.find("kỳ 2021-Q2 lấy từ tiêu đề cột"), std::string::npos) << text;
}

TEST(PlannerTable, ALoadThatAddsNothingIsNotASuccessAndSaysWhy) {
  const test::ProjectTables p;
  IndicatorTable into = indicators_of(p);
  const RawTable t = wide({"Huyện", "Tỷ lệ hộ nghèo quý II/2021 (%)", "NSNN"},
                          {{"Xín Mần", "31,2", "5"}, {"Đồng Văn", "25", "6"}});
  const ImportReport r = import_table(t, p.registry, into, {});
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(r.values, 0);
  EXPECT_TRUE(r.added.empty());
  EXPECT_EQ(r.count(ImportIssue::Kind::unknown_indicator), 2);
  const std::string vi = import_report_text(r, Lang::vi);
  EXPECT_EQ(vi.rfind("bang.csv: KHÔNG thêm được số liệu nào", 0), 0u) << vi;
  EXPECT_NE(vi.find("cột 'Tỷ lệ hộ nghèo quý II/2021 (%)' không khớp chỉ tiêu nào: dùng --map \"Tỷ lệ hộ nghèo quý "
                    "II/2021 (%)=MÃ_CHỈ_TIÊU\""),
            std::string::npos)
      << vi;
  // The uncertain one is proposed with its candidates, and not used.
  EXPECT_NE(vi.find("cột 'NSNN' chưa được đọc vì chưa chắc là chỉ tiêu nào"), std::string::npos) << vi;
  EXPECT_NE(vi.find("budget_revenue_attainment (Thu NSNN trên địa bàn"), std::string::npos) << vi;
  IndicatorTable english = indicators_of(p);
  ImportOptions in_english;
  in_english.lang = Lang::en;
  const std::string en = import_report_text(import_table(t, p.registry, english, in_english), Lang::en);
  EXPECT_EQ(en.rfind("bang.csv: NO values were added", 0), 0u) << en;
  EXPECT_NE(en.find("matches no indicator: use --map"), std::string::npos) << en;

  // Every row matched, every cell empty: still nothing added, and it says so.
  IndicatorTable again = indicators_of(p);
  ImportOptions o;
  o.period = "2021-Q2";
  const ImportReport empty =
      import_table(wide({"Huyện", "Thu NSNN trên địa bàn (% kế hoạch tỉnh giao)"}, {{"Xín Mần", ""}, {"Đồng Văn", "-"}}),
                   p.registry, again, o);
  EXPECT_EQ(empty.rows_matched, 2);
  EXPECT_EQ(empty.total_issues(), 0);
  EXPECT_FALSE(empty.ok());
  EXPECT_NE(import_report_text(empty, Lang::vi).find("các ô số liệu của những cột đã khớp đều trống"), std::string::npos);
}

TEST(PlannerTable, MappingsConfirmAColumnOrMakeANewIndicator) {
  const test::ProjectTables p;
  IndicatorTable into = indicators_of(p);
  ImportOptions o;
  o.mappings.push_back(parse_column_mapping("NSNN=budget_revenue_growth", Lang::vi));
  o.mappings.push_back(parse_column_mapping("Tỷ lệ hộ nghèo quý II/2021 (%)=new:poor_households:%:lower_is_better", Lang::vi));
  const RawTable t = wide({"Huyện", "Tỷ lệ hộ nghèo quý II/2021 (%)", "NSNN"},
                          {{"Xín Mần", "31,2", "5"}, {"Đồng Văn", "25", "6"}});
  o.period = "2021-Q2";
  const ImportReport r = import_table(t, p.registry, into, o);
  EXPECT_TRUE(r.ok()) << import_report_text(r, Lang::vi);
  const Indicator* poor = into.find_indicator("poor_households");
  ASSERT_NE(poor, nullptr);
  EXPECT_EQ(poor->name_vi, "Tỷ lệ hộ nghèo quý II/2021");
  EXPECT_EQ(poor->polarity, Polarity::lower_is_better);
  EXPECT_DOUBLE_EQ(into.find("poor_households", "2021-Q2", "026")->value, 25);
  EXPECT_DOUBLE_EQ(into.find("budget_revenue_growth", "2021-Q2", "033")->value, 5);

  // A mapping to an indicator that does not exist, or of a column the table lacks, is listed.
  IndicatorTable again = indicators_of(p);
  ImportOptions bad;
  bad.period = "2021-Q2";
  bad.mappings.push_back(parse_column_mapping("NSNN=budget_revenu", Lang::vi));
  bad.mappings.push_back(parse_column_mapping("Thu NSN=budget_revenue_growth", Lang::vi));
  const ImportReport b = import_table(t, p.registry, again, bad);
  const std::string text = import_report_text(b, Lang::vi);
  EXPECT_NE(text.find("không có chỉ tiêu mã 'budget_revenu'"), std::string::npos) << text;
  EXPECT_NE(text.find("bảng không có cột đó"), std::string::npos) << text;
}

// A column mapped to an existing indicator before one made a new indicator: the new one
// must not move the first column's indicator (it did: its values went to an empty id).
TEST(PlannerTable, ANewIndicatorAfterAMappedColumnKeepsBoth) {
  const test::ProjectTables p;
  const IndicatorTable base = indicators_of(p);
  IndicatorTable into = base;  // a copy, as the window imports into: no room to spare
  ImportOptions o;
  o.period = "2021-Q2";
  o.mappings.push_back(parse_column_mapping("NSNN=budget_revenue_growth", Lang::vi));
  o.mappings.push_back(parse_column_mapping("Hộ nuôi ong (hộ)=new:bee_households:hộ:higher_is_better:Hộ nuôi ong:Beekeeping households", Lang::vi));
  const RawTable t = wide({"Huyện", "NSNN", "Hộ nuôi ong (hộ)"}, {{"Xín Mần", "5", "12"}, {"Đồng Văn", "6", "40"}});
  const ImportReport r = import_table(t, p.registry, into, o);
  EXPECT_TRUE(r.ok()) << import_report_text(r, Lang::vi);
  ASSERT_EQ(r.added.size(), 2u);
  EXPECT_EQ(r.added[0].indicator, "budget_revenue_growth");
  EXPECT_EQ(r.added[1].indicator, "bee_households");
  EXPECT_DOUBLE_EQ(into.find("budget_revenue_growth", "2021-Q2", "033")->value, 5);
  EXPECT_EQ(into.find_indicator("bee_households")->name_en, "Beekeeping households");
}

// For the window: the columns it must ask about are listed with their candidates and a few
// values, the reasons name no command-line option, and an ignored column is not asked again.
TEST(PlannerTable, TheWindowIsAskedAboutColumnsWithoutOptions) {
  const test::ProjectTables p;
  const RawTable t = wide({"Huyện", "Tỷ lệ giải ngân quý II/2021 (%)", "Số hộ nuôi ong (hộ)"},
                          {{"Xín Mần", "31,2", "12"}, {"Đồng Văn", "25", ""}, {"Mèo Vạc", "27", "33"}});
  IndicatorTable into = indicators_of(p);
  ImportOptions o;
  o.asker = ImportOptions::Asker::window;
  const ImportReport r = import_table(t, p.registry, into, o);
  ASSERT_EQ(r.questions.size(), 2u);
  EXPECT_TRUE(r.questions[0].proposed);
  EXPECT_EQ(r.questions[0].candidates.at(0), "investment_disbursement");
  EXPECT_EQ(r.questions[0].period, "2021-Q2");
  EXPECT_EQ(r.questions[0].samples, (std::vector<std::string>{"31,2", "25", "27"}));
  EXPECT_FALSE(r.questions[1].proposed);
  EXPECT_EQ(r.questions[1].unit, "hộ");
  EXPECT_EQ(r.questions[1].samples, (std::vector<std::string>{"12", "33"}));
  for (const Lang lang : {Lang::vi, Lang::en}) {
    ImportOptions in_lang = o;
    in_lang.lang = lang;
    IndicatorTable scratch = indicators_of(p);
    const std::string text = import_report_text(import_table(t, p.registry, scratch, in_lang), lang);
    EXPECT_EQ(text.find("--map"), std::string::npos) << text;
  }
  IndicatorTable again = indicators_of(p);
  o.mappings.push_back(parse_column_mapping("Tỷ lệ giải ngân quý II/2021 (%)=investment_disbursement", Lang::vi));
  o.mappings.push_back(parse_column_mapping("Số hộ nuôi ong (hộ)=ignore", Lang::vi));
  const ImportReport mapped = import_table(t, p.registry, again, o);
  EXPECT_TRUE(mapped.questions.empty());
  EXPECT_TRUE(mapped.ok()) << import_report_text(mapped, Lang::vi);
  EXPECT_DOUBLE_EQ(again.find("investment_disbursement", "2021-Q2", "033")->value, 31.2);
}

TEST(PlannerTable, ProvinceRowsGiveTheReferenceNotAnUnmatchedDistrict) {
  const test::ProjectTables p;
  for (const char* name : {"Toàn tỉnh", "TỈNH HÀ GIANG", "Cộng", "tong", "Tổng:"}) {
    IndicatorTable into = indicators_of(p);
    const RawTable t = wide({"Mã", "Huyện", "Thu NSNN trên địa bàn (% KH) quý II/2021"},
                            {{"033", "Xín Mần", "31,2"}, {"", name, "20,5"}, {"026", "Đồng Văn", "25"}});
    const ImportReport r = import_table(t, p.registry, into, {});
    EXPECT_TRUE(r.ok()) << name << "\n" << import_report_text(r, Lang::vi);
    EXPECT_EQ(r.count(ImportIssue::Kind::unmatched_district), 0) << name;
    EXPECT_EQ(r.rows_matched, 3) << name;
    const ProvinceReference* ref = into.reference("budget_revenue_attainment", "2021-Q2");
    ASSERT_NE(ref, nullptr) << name;
    EXPECT_DOUBLE_EQ(ref->value, 20.5);
    EXPECT_EQ(ref->stated, "20,5");
    EXPECT_EQ(ref->provenance.section, "bang.csv:3");
    ASSERT_EQ(r.added.size(), 1u);
    EXPECT_EQ(r.added[0].districts, 2);
    EXPECT_EQ(*r.added[0].province, 20.5);
    EXPECT_NE(import_report_text(r, Lang::vi).find("số toàn tỉnh 20,5 (dùng làm mức so sánh)"), std::string::npos);
  }
  // The province's Q1 figure from the report is replaced, and that is said.
  IndicatorTable into = p.table;
  ImportOptions o;
  o.period = "2021-Q1";
  const ImportReport r = import_table(wide({"Huyện", "Thu NSNN trên địa bàn (% kế hoạch tỉnh giao)"}, {{"Toàn tỉnh", "16"}}),
                                      p.registry, into, o);
  EXPECT_EQ(r.count(ImportIssue::Kind::replaces), 1);
  EXPECT_DOUBLE_EQ(into.reference("budget_revenue_attainment", "2021-Q1")->value, 16);
  // A province figure must be one number.
  IndicatorTable other = indicators_of(p);
  const ImportReport bound = import_table(
      wide({"Huyện", "Thu NSNN trên địa bàn (% kế hoạch tỉnh giao)"}, {{"Toàn tỉnh", "trên 15%"}}), p.registry, other, o);
  EXPECT_EQ(bound.count(ImportIssue::Kind::bad_value), 1);
  EXPECT_EQ(other.reference("budget_revenue_attainment", "2021-Q1"), nullptr);
}

}  // namespace
}  // namespace hgm
