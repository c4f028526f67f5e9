// Conflicts in a planner's table are never settled silently (issue 8 item 6): two values for
// one cell of the map are both listed and neither is loaded; a figure differing from the
// report's replaces it, listed with both values, and the map's source line says so.
#include <gtest/gtest.h>

#include <optional>

#include "core/data/table_import.h"
#include "core/layout/scene_builder.h"
#include "core/thematic/choropleth.h"
#include "project_tables.h"
#include "raw_table.h"

namespace hgm {
namespace {

using test::wide;
using Kind = ImportIssue::Kind;

// A copy: the report puts each issue together when it is read.
std::optional<ImportIssue> first_of(const ImportReport& r, Kind kind) {
  for (const ImportIssue& i : r.issues)
    if (i.kind == kind) return i;
  return std::nullopt;
}

bool has_decision(const ImportReport& r, const std::string& words) {
  for (const std::string& d : r.decisions)
    if (d.find(words) != std::string::npos) return true;
  return false;
}

ImportOptions q2(Lang lang = Lang::vi) {
  ImportOptions o;
  o.period = "2021-Q2";
  o.lang = lang;
  return o;
}

TEST(TableConflicts, SameDistrictTwiceWithDifferentValuesLoadsNeither) {
  test::ProjectTables p;
  const RawTable t = wide({"Huyện", "budget_revenue_attainment"},
                          {{"Bắc Mê", "30,5"}, {"Mèo Vạc", "12"}, {"Huyện Bắc Mê", "31,5"}, {"Mèo Vạc", "12,0"}});
  const ImportReport r = import_table(t, p.registry, p.table, q2(Lang::en));
  EXPECT_EQ(r.count(Kind::conflict), 1);
  EXPECT_EQ(r.issues.size(), 1u);
  const std::optional<ImportIssue> c = first_of(r, Kind::conflict);
  ASSERT_TRUE(c.has_value());
  EXPECT_EQ(c->where, "bang.csv:2");
  EXPECT_EQ(c->reason,
            "Bắc Mê, budget_revenue_attainment, period Q2 2021: the table gives different values: '30,5' at "
            "bang.csv:2 (column 'budget_revenue_attainment'); '31,5' at bang.csv:4 (column "
            "'budget_revenue_attainment'). None is loaded (the map shows no data); correct the table so that one "
            "value remains");
  EXPECT_EQ(p.table.find("budget_revenue_attainment", "2021-Q2", "031"), nullptr);
  // The same figure twice ("12" and "12,0") is no conflict: loaded once.
  ASSERT_NE(p.table.find("budget_revenue_attainment", "2021-Q2", "027"), nullptr);
  EXPECT_DOUBLE_EQ(p.table.find("budget_revenue_attainment", "2021-Q2", "027")->value, 12);
  EXPECT_EQ(r.values, 1);
}

TEST(TableConflicts, TwoColumnsForOneIndicatorDisagreeingLoadNeither) {
  test::ProjectTables p;
  const RawTable t = wide({"Huyện", "budget_revenue_attainment", "Thu NSNN trên địa bàn (% kế hoạch tỉnh giao)"},
                          {{"Bắc Mê", "30,5", "30,5"}, {"Mèo Vạc", "12", "21"}});
  const ImportReport r = import_table(t, p.registry, p.table, q2());
  EXPECT_TRUE(has_decision(r, "cột 'budget_revenue_attainment', cột 'Thu NSNN trên địa bàn (% kế hoạch tỉnh giao)' "
                              "cùng là chỉ tiêu budget_revenue_attainment"))
      << r.decisions.front();
  ASSERT_EQ(r.count(Kind::conflict), 1);
  const std::optional<ImportIssue> c = first_of(r, Kind::conflict);
  EXPECT_EQ(c->where, "bang.csv:3");
  EXPECT_NE(c->reason.find("'12' ở bang.csv:3 (cột 'budget_revenue_attainment'); '21' ở bang.csv:3 (cột 'Thu NSNN"),
            std::string::npos)
      << c->reason;
  EXPECT_NE(c->reason.find("Không nạp giá trị nào"), std::string::npos);
  EXPECT_EQ(p.table.find("budget_revenue_attainment", "2021-Q2", "027"), nullptr);
  EXPECT_DOUBLE_EQ(p.table.find("budget_revenue_attainment", "2021-Q2", "031")->value, 30.5);
}

TEST(TableConflicts, CodeAndNameColumnsNamingDifferentDistrictsLoadNothingFromTheRow) {
  test::ProjectTables p;
  const RawTable t = wide({"Mã huyện", "Tên huyện", "budget_revenue_attainment"},
                          {{"031", "Bắc Mê", "30"}, {"031", "Mèo Vạc", "40"}, {"", "Xín Mần", "50"}, {"026", "", "60"}});
  const ImportReport r = import_table(t, p.registry, p.table, q2(Lang::en));
  ASSERT_EQ(r.count(Kind::conflict), 1) << (r.issues.empty() ? "" : r.issues.front().reason);
  const std::optional<ImportIssue> c = first_of(r, Kind::conflict);
  EXPECT_EQ(c->where, "bang.csv:3");
  EXPECT_EQ(c->text, "031 / Mèo Vạc");
  EXPECT_EQ(c->reason,
            "column 'Mã huyện' names Bắc Mê but column 'Tên huyện' names Mèo Vạc: the row is not loaded; correct one "
            "of the two cells");
  EXPECT_EQ(r.issues.size(), 1u);
  EXPECT_EQ(r.rows_matched, 3);  // an empty cell defers to the other column
  EXPECT_DOUBLE_EQ(p.table.find("budget_revenue_attainment", "2021-Q2", "031")->value, 30);
  EXPECT_EQ(p.table.find("budget_revenue_attainment", "2021-Q2", "027"), nullptr);
  EXPECT_DOUBLE_EQ(p.table.find("budget_revenue_attainment", "2021-Q2", "033")->value, 50);
  EXPECT_DOUBLE_EQ(p.table.find("budget_revenue_attainment", "2021-Q2", "026")->value, 60);
}

TEST(TableConflicts, AUnitColumnWithADistrictLikeHeaderIsNotUsedToMatch) {
  test::ProjectTables p;
  // "Đơn vị" is a district header ("đơn vị hành chính") but here holds the unit of measure.
  const RawTable t = wide({"Chỉ tiêu", "Đơn vị", "Huyện", "Giá trị"},
                          {{"budget_revenue_attainment", "%", "Bắc Mê", "30"}});
  const ImportReport r = import_table(t, p.registry, p.table, q2());
  EXPECT_TRUE(r.ok()) << r.issues.front().reason;
  EXPECT_TRUE(has_decision(r, "cột 'Đơn vị' không ghi tên hay mã huyện nào"));
  EXPECT_DOUBLE_EQ(p.table.find("budget_revenue_attainment", "2021-Q2", "031")->value, 30);
}

TEST(TableConflicts, ATableDifferingFromTheReportReplacesItAndTheMapSaysSo) {
  test::ProjectTables p;
  ImportOptions o;
  o.period = "2021-Q1";
  const RawTable t = wide({"Huyện", "budget_revenue_attainment"}, {{"Xín Mần", "3,3"}, {"Đồng Văn", "24,9"}});
  const ImportReport r = import_table(t, p.registry, p.table, o);
  ASSERT_EQ(r.count(Kind::replaces), 1);  // Đồng Văn's 24,9 is the report's own figure
  EXPECT_EQ(r.issues.size(), 1u);
  const std::optional<ImportIssue> c = first_of(r, Kind::replaces);
  EXPECT_EQ(c->where, "bang.csv:2");
  EXPECT_EQ(c->text, "3,3");
  EXPECT_EQ(c->reason,
            "khác số liệu đã có 47,4% (báo cáo, mục I.5.a) của Xín Mần, budget_revenue_attainment, kỳ Quý I/2021: bản "
            "đồ dùng số của bảng này và ghi rõ ở dòng nguồn");
  const StatedValue* xm = p.table.find("budget_revenue_attainment", "2021-Q1", "033");
  EXPECT_DOUBLE_EQ(xm->value, 3.3);
  EXPECT_EQ(xm->provenance.replaced_document, kReportDocument);
  EXPECT_EQ(xm->provenance.replaced_stated, "47,4%");

  ChoroplethOptions co;
  co.indicator = "budget_revenue_attainment";
  co.period = "2021-Q1";
  const Choropleth map = build_choropleth(p.registry, p.table, co);
  EXPECT_EQ(build_scene(map, BoundarySet{}, p.registry, Lang::vi, kBoundaryAttribution).source_line,
            "Nguồn số liệu: Báo cáo tình hình kinh tế - xã hội quý I/2021, tỉnh Hà Giang (mục I.5.a); bảng bang.csv, "
            "thay số liệu của báo cáo ở 1 huyện/TP");
  EXPECT_EQ(build_scene(map, BoundarySet{}, p.registry, Lang::en, kBoundaryAttribution).source_line,
            "Data: Hà Giang socio-economic report, Q1/2021 (section I.5.a); table bang.csv, replacing figures of the "
            "report for 1 unit");
}

TEST(TableConflicts, ASecondTableDifferingFromTheFirstNamesTheFirstRow) {
  test::ProjectTables p;
  import_table(wide({"Huyện", "budget_revenue_attainment"}, {{"Bắc Mê", "30"}}), p.registry, p.table, q2());
  RawTable second = wide({"Huyện", "budget_revenue_attainment"}, {{"Bắc Mê", "35"}});
  second.source = "bang-2.csv";
  const ImportReport r = import_table(second, p.registry, p.table, q2(Lang::en));
  ASSERT_EQ(r.count(Kind::replaces), 1);
  EXPECT_NE(first_of(r, Kind::replaces)->reason.find("differs from the figure already loaded, 30 (table bang.csv:2)"),
            std::string::npos)
      << first_of(r, Kind::replaces)->reason;
  EXPECT_EQ(p.table.find("budget_revenue_attainment", "2021-Q2", "031")->provenance.replaced_document, "bang.csv");
}

}  // namespace
}  // namespace hgm
