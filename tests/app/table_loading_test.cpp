// Planners' tables loaded into the window: what they add and how they are reported.
#include "app/table_loading.h"
#include "app/panels/template_dialog.h"
#include "../cli/temp_dir.h"  // slurp
#include "app_test_support.h"

namespace hgm::app {
namespace {

using namespace test_support;

using hgm::test::slurp;

TEST(MapState, LoadingATableAddsItsPeriodAndReportsWhatDidNotMatch) {
  const fs::path file = write_table("quy-2.csv", kNextQuarter);
  MapState state(inputs(), default_selection());
  const auto periods_before = state.table().periods();
  ASSERT_EQ(std::count(periods_before.begin(), periods_before.end(), "2021-Q2"), 0);

  const TableLoad& load = state.load_table(file.string());
  ASSERT_TRUE(load.read()) << load.error;
  const ImportReport& report = *load.report;
  EXPECT_EQ(report.rows_read, 3);
  EXPECT_EQ(report.rows_matched, 2);
  EXPECT_EQ(report.values, 2);
  EXPECT_EQ(report.count(ImportIssue::Kind::unmatched_district), 1);
  ASSERT_EQ(report.issues.size(), 1u);
  const ImportIssue& issue = report.issues.front();
  EXPECT_EQ(issue.where, "quy-2.csv:3");
  EXPECT_EQ(issue.text, "Quảng Bình");
  EXPECT_FALSE(issue.reason.empty());
  EXPECT_NE(std::find(issue.candidates.begin(), issue.candidates.end(), "Quang Bình"), issue.candidates.end());
  EXPECT_FALSE(report.decisions.empty()) << "the column's number convention is stated";
  EXPECT_FALSE(load.clean());
  ASSERT_EQ(state.table_loads().size(), 1u);

  // The period picker lists the new period, and the map shows the new figures.
  const auto& periods = state.table().periods();
  EXPECT_EQ(std::count(periods.begin(), periods.end(), "2021-Q2"), 1);
  EXPECT_EQ(state.selection().period, kDefaultPeriod) << "loading does not change the period shown";
  state.step_period(1);
  EXPECT_EQ(state.selection().period, "2021-Q2");
  const DistrictShading& xin_man = shading_of(state, "033");
  ASSERT_NE(xin_man.value, nullptr);
  EXPECT_EQ(xin_man.value->value, 52.3);
  EXPECT_EQ(shading_of(state, "035").value, nullptr) << "Quang Bình was not in the table";

  // The hover tooltip names the table row the figure came from.
  const auto d = district_details(state, static_cast<int>(xin_man.district));
  ASSERT_TRUE(d);
  EXPECT_EQ(d->value_text.rfind("52,3", 0), 0u) << d->value_text;
  EXPECT_EQ(d->source, "quy-2.csv, dòng 2");
  EXPECT_EQ(d->period, "Quý II/2021");

  // The project's data is left alone: another state does not see the table.
  const MapState other(inputs(), default_selection());
  EXPECT_FALSE(other.table().has_period("2021-Q2"));
}

TEST(MapState, TableWithoutPeriodTakesTheCurrentOne) {
  const fs::path file = write_table("bo-sung.csv", "Mã;budget_revenue_attainment\n031;35,5\n");
  MapState state(inputs(), default_selection());
  EXPECT_FALSE(shading_of(state, "031").value->is_exact()) << "Bắc Mê is only known as a bound";
  const auto revision = state.revision();
  const TableLoad& load = state.load_table(file.string());
  // The table's figure replaces the report's bound, and the report says so (never silently).
  ASSERT_TRUE(load.read()) << load.error;
  ASSERT_EQ(load.report->issues.size(), 1u) << load_summary(load, Lang::en);
  EXPECT_EQ(load.report->count(ImportIssue::Kind::replaces), 1);
  EXPECT_GT(state.revision(), revision);
  const DistrictShading& bac_me = shading_of(state, "031");
  ASSERT_TRUE(bac_me.value && bac_me.value->is_exact());
  EXPECT_EQ(bac_me.value->value, 35.5);
  EXPECT_EQ(bac_me.value->provenance.replaced_stated, "không trên 15,8%");
  EXPECT_GE(bac_me.class_index, 0);
  const auto details = district_details(state, static_cast<int>(bac_me.district));
  ASSERT_TRUE(details);
  EXPECT_EQ(details->source, "bo-sung.csv, dòng 2 (thay không trên 15,8% của báo cáo)");
}

TEST(MapState, UnreadableTableChangesNothing) {
  MapState state(inputs(), default_selection());
  const auto revision = state.revision();
  const auto periods = state.table().periods();
  const std::string missing = (fs::temp_directory_path() / "no-such-table-hgm.csv").string();
  const TableLoad& load = state.load_table(missing);
  EXPECT_FALSE(load.read());
  EXPECT_NE(load.error.find(missing), std::string::npos) << load.error;
  EXPECT_EQ(state.revision(), revision);
  EXPECT_EQ(state.table().periods(), periods);
  ASSERT_EQ(state.table_loads().size(), 1u) << "the failure is kept for the report window";
  EXPECT_NE(load_summary(load, Lang::vi).find("không đọc được"), std::string::npos);
  // At start-up an unreadable table is a data error (exit code 3).
  EXPECT_THROW(MapState(inputs(), default_selection(), {missing}), DataError);
}

TEST(MapState, StartupTablesMayBringThePeriodToShow) {
  const fs::path file = write_table("quy-2-startup.csv", kNextQuarter);
  MapSelection selection = default_selection();
  selection.period = "2021-Q2";
  EXPECT_THROW(MapState(inputs(), selection), UsageError);
  const MapState state(inputs(), selection, {file.string()});
  EXPECT_EQ(state.selection().period, "2021-Q2");
  ASSERT_EQ(state.table_loads().size(), 1u);
  EXPECT_EQ(state.table_loads().front().report->count(ImportIssue::Kind::unmatched_district), 1);
}

// A table of many unmatched rows (issue 8 item 11): the window keeps the first issues of each
// kind and counts them all; the whole list is written beside the table only when asked.
TEST(MapState, ManyIssuesAreCountedAndTheFullListIsWrittenOnRequest) {
  std::string text = "Huyện,Kỳ,budget_revenue_attainment\n";
  for (int i = 0; i < 1500; ++i) text += "Nơi " + std::to_string(i) + ",2021-Q2,10\n";
  text += "Bắc Mê,2021-Q2,abc\n";
  const fs::path file = write_table("many.csv", text);
  const fs::path full = fs::path(file).replace_extension(".issues.txt");
  fs::remove(full);
  MapState state(inputs(), default_selection());
  const TableLoad& load = state.load_table(file.string());
  ASSERT_TRUE(load.read()) << load.error;
  const ImportReport& r = *load.report;
  EXPECT_EQ(r.count(ImportIssue::Kind::unmatched_district), 1500);
  EXPECT_EQ(r.count(ImportIssue::Kind::bad_value), 1);
  EXPECT_EQ(r.total_issues(), 1501);
  EXPECT_EQ(r.issues.size(), kIssuesKeptInWindow + 1);  // the first 200 unmatched, the one bad value
  EXPECT_FALSE(r.all_kept());
  EXPECT_EQ(r.issues.back().where, "many.csv:1502");
  EXPECT_NE(load_summary(load, Lang::vi).find("1.501"), std::string::npos);
  EXPECT_FALSE(fs::exists(full)) << "nothing is written unasked";

  const std::string before = slurp(file);
  EXPECT_EQ(write_full_issue_list(load, inputs().data.registry, Lang::en), full);
  const std::string list = slurp(full);
  // nothing added (the lead), the summary, the issues, two notes
  EXPECT_EQ(std::count(list.begin(), list.end(), '\n'), 2 + 1501 + 2);
  EXPECT_NE(list.find("many.csv:1501: unmatched: 'Nơi 1499'"), std::string::npos);
  EXPECT_NE(list.find("many.csv:1502: bad_value: 'abc'"), std::string::npos);
  EXPECT_EQ(list.find("issues kept"), std::string::npos) << "the full list is not cut";
  EXPECT_EQ(slurp(file), before);
  fs::remove(full);
}

// The mapping step's choices: the table read again with them (and a table loaded after it
// again on top), the mapping saved beside the table and used by the next load.
TEST(MapState, RemappingATableLoadsItsColumnsAndIsRememberedBesideIt) {
  const fs::path file = write_table("remap.csv",
                                    "Huyện;Tỷ lệ giải ngân quý II/2021 (%);Số hộ nuôi ong (hộ)\n"
                                    "Xín Mần;31,2;12\n"
                                    "Đồng Văn;25;40\n");
  fs::remove(mapping_file_for(file.string()));
  const fs::path later = write_table("later.csv", kNextQuarter);
  MapState state(inputs(), default_selection());
  const TableLoad& asked = state.load_table(file.string());
  ASSERT_TRUE(asked.asks());
  ASSERT_EQ(asked.report->questions.size(), 2u);
  EXPECT_EQ(asked.report->values, 0);
  state.load_table(later.string());

  std::vector<ColumnMapping> mappings{
      parse_column_mapping("Tỷ lệ giải ngân quý II/2021 (%)=investment_disbursement", Lang::vi),
      parse_column_mapping("Số hộ nuôi ong (hộ)=new:bees:hộ:higher_is_better:Số hộ nuôi ong:Beekeeping households",
                           Lang::vi)};
  const TableLoad& mapped = state.remap_table(0, mappings);
  EXPECT_FALSE(mapped.asks());
  EXPECT_EQ(mapped.report->values, 4);
  ASSERT_EQ(state.table_loads().size(), 2u);
  EXPECT_EQ(state.table_loads()[1].path, later.string());
  EXPECT_EQ(state.table_loads()[1].report->values, 2) << "the later table is on top again";
  ASSERT_NE(state.table().find_indicator("bees"), nullptr);
  EXPECT_EQ(state.table().find_indicator("bees")->name_en, "Beekeeping households");
  EXPECT_EQ(state.table().find("investment_disbursement", "2021-Q2", "033")->value, 31.2);
  EXPECT_NE(state.table().find("budget_revenue_attainment", "2021-Q2", "033"), nullptr);

  const fs::path saved = save_mappings(file.string(), mappings);
  EXPECT_EQ(saved, fs::path(file).replace_extension(".mapping.csv"));
  MapState next(inputs(), default_selection());
  const TableLoad& again = next.load_table(file.string());
  EXPECT_FALSE(again.asks());
  EXPECT_EQ(again.report->values, 4);
  EXPECT_EQ(again.mappings.size(), 2u);
  fs::remove(saved);
}

TEST(TemplateDialog, SuggestsTheNextQuarter) {
  EXPECT_EQ(next_quarter("2021-Q1"), "2021-Q2");
  EXPECT_EQ(next_quarter("2021-Q4"), "2022-Q1");
  EXPECT_EQ(next_quarter("Quý III/2021"), "2021-Q4");
  EXPECT_EQ(next_quarter("not a period"), "not a period");
}

}  // namespace
}  // namespace hgm::app
