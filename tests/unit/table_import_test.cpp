#include <algorithm>
#include <string>
#include <vector>
#include <gtest/gtest.h>

#include "core/data/table_import.h"
#include "core/text/i18n.h"
#include "project_tables.h"
#include "raw_table.h"

namespace hgm {
namespace {

using test::wide;

TEST(TableImport, WideTableWithVietnameseNumbersAndNameVariants) {
  test::ProjectTables p;
  IndicatorTable into;
  for (const Indicator& i : p.table.indicators()) into.add_indicator(i);
  const RawTable t = wide({"Huyện", "Thu NSNN trên địa bàn (% kế hoạch tỉnh giao)", "Ghi chú khác"},
                          {{"Huyện Xín Mần", "47,4%", "a"},
                           {"TP. Hà Giang", "dưới 15,8%", "b"},
                           {"H. Đồng Văn", "24,9", ""},
                           {"Quảng Bình", "12", ""},  // the province, not the district Quang Bình
                           {"Hà Giang", "3", ""},     // city or province?
                           {"Meo Vac", "-", ""},
                           {"Quản Bạ", "khoảng 11%", ""}});
  ImportOptions o;
  o.period = "2021-Q2";
  const ImportReport r = import_table(t, p.registry, into, o);
  EXPECT_EQ(r.rows_read, 7);
  EXPECT_EQ(r.rows_matched, 4);  // Xín Mần, TP. Hà Giang, Đồng Văn, Mèo Vạc (no data)
  EXPECT_EQ(r.values, 3);
  EXPECT_EQ(r.count(ImportIssue::Kind::unmatched_district), 1);
  EXPECT_EQ(r.count(ImportIssue::Kind::ambiguous_district), 1);
  EXPECT_EQ(r.count(ImportIssue::Kind::bad_value), 1);
  const StatedValue* xm = into.find("budget_revenue_attainment", "2021-Q2", "033");
  ASSERT_NE(xm, nullptr);
  EXPECT_DOUBLE_EQ(xm->value, 47.4);
  EXPECT_EQ(xm->provenance.section, "bang.csv:2");
  const StatedValue* city = into.find("budget_revenue_attainment", "2021-Q2", "024");
  ASSERT_NE(city, nullptr);
  EXPECT_EQ(city->kind, ValueKind::at_most);
  for (const ImportIssue& i : r.issues) {
    if (i.kind == ImportIssue::Kind::unmatched_district) {
      EXPECT_EQ(i.where, "bang.csv:5");
      ASSERT_FALSE(i.candidates.empty());
      EXPECT_EQ(i.candidates.front(), "Quang Bình");
    }
    if (i.kind == ImportIssue::Kind::ambiguous_district) {
      EXPECT_EQ(i.where, "bang.csv:6");
    }
  }
  bool told_convention = false, told_ignored = false;
  for (const std::string& d : r.decisions) {
    told_convention |= d.find("dấu phẩy thập phân") != std::string::npos;
    told_ignored |= d.find("Ghi chú khác") != std::string::npos;
  }
  EXPECT_TRUE(told_convention);
  EXPECT_TRUE(told_ignored);
}

// A table of many rows naming places that are no district: their names are matched on
// every core, a chunk of rows at a time, and the report is as one thread makes it: every
// row listed in its line's order with its own text and closest names, the one district
// row among them loaded, and a repeated district found again past a chunk's end.
TEST(TableImport, ManyUnknownNamesAreListedInOrderWhateverTheChunk) {
  test::ProjectTables p;
  IndicatorTable into;
  for (const Indicator& i : p.table.indicators()) into.add_indicator(i);
  std::vector<std::vector<std::string>> rows;
  const int n = 40'000;  // past two chunks of rows
  for (int i = 0; i < n; ++i) rows.push_back({i == 20'000 ? "Xín Mần" : "Xã số " + std::to_string(i), "12,5"});
  const RawTable t = wide({"Huyện", "Thu NSNN trên địa bàn (% kế hoạch tỉnh giao)"}, std::move(rows));
  ImportOptions o;
  o.period = "2021-Q2";
  const ImportReport r = import_table(t, p.registry, into, o);
  EXPECT_EQ(r.rows_read, n);
  EXPECT_EQ(r.rows_matched, 1);
  ASSERT_EQ(r.count(ImportIssue::Kind::unmatched_district), n - 1);
  ASSERT_EQ(r.issues.size(), static_cast<std::size_t>(n - 1));
  for (const int i : {0, 1, 16'383, 16'384, 19'999, 20'001, 32'768, n - 1}) {
    const ImportIssue issue = r.issues[static_cast<std::size_t>(i < 20'000 ? i : i - 1)];
    EXPECT_EQ(issue.text, "Xã số " + std::to_string(i));
    EXPECT_EQ(issue.where, "bang.csv:" + std::to_string(i + 2));
    EXPECT_EQ(issue.candidates.size(), 3u) << i;
  }
  const StatedValue* xm = into.find("budget_revenue_attainment", "2021-Q2", "033");
  ASSERT_NE(xm, nullptr);
  EXPECT_DOUBLE_EQ(xm->value, 12.5);
  EXPECT_EQ(xm->provenance.section, "bang.csv:20002");
}

TEST(TableImport, AmbiguousThousandsFollowTheColumnNotTheCell) {
  test::ProjectTables p;
  IndicatorTable into;
  into.add_indicator({"files", "Hồ sơ", "Files", "hồ sơ", Polarity::neutral, "", "", "files"});
  ImportOptions o;
  o.period = "2021-Q1";
  // "1.234" alone is ambiguous; the column's "19559.8" says decimal point.
  const ImportReport a = import_table(wide({"code", "files"}, {{"033", "1.234"}, {"026", "19559.8"}}), p.registry, into, o);
  EXPECT_TRUE(a.ok());
  EXPECT_DOUBLE_EQ(into.find("files", "2021-Q1", "033")->value, 1.234);
  // Here "47,4" says decimal comma, so "1.234" is 1234 (and a figure differing from the one
  // loaded above replaces it, listed).
  const ImportReport b = import_table(wide({"code", "files"}, {{"033", "1.234"}, {"026", "47,4"}}), p.registry, into, o);
  EXPECT_EQ(b.issues.size(), 2u);
  EXPECT_EQ(b.count(ImportIssue::Kind::replaces), 2);
  EXPECT_DOUBLE_EQ(into.find("files", "2021-Q1", "033")->value, 1234);
  // Mixed evidence: refused, with the reason.
  const ImportReport c = import_table(wide({"code", "files"}, {{"033", "1.234"}, {"026", "47,4"}, {"027", "19559.8"}}),
                                      p.registry, into, o);
  EXPECT_GE(c.count(ImportIssue::Kind::bad_value), 1);
}

TEST(TableImport, LongLayoutWithPeriodsAndUnknownIndicators) {
  test::ProjectTables p;
  IndicatorTable into;
  for (const Indicator& i : p.table.indicators()) into.add_indicator(i);
  const RawTable t = wide({"Chỉ tiêu", "Huyện", "Kỳ", "Giá trị", "Mục"},
                          {{"investment_disbursement", "Bắc Quang", "Quý I/2021", "trên 40%", "I.5.c"},
                           {"investment_disbursement", "Bắc Quang", "Q2/2021", "45,5%", "I.5.c"},
                           {"gdp", "Bắc Quang", "2021-Q1", "1", ""},
                           {"investment_disbursement", "Bắc Quang", "Tháng 13", "1", ""}});
  const ImportReport r = import_table(t, p.registry, into, {});
  EXPECT_EQ(r.values, 2);
  EXPECT_EQ(r.count(ImportIssue::Kind::unknown_indicator), 1);
  EXPECT_EQ(r.count(ImportIssue::Kind::bad_period), 1);
  EXPECT_EQ(into.find("investment_disbursement", "2021-Q1", "034")->kind, ValueKind::at_least);
  EXPECT_DOUBLE_EQ(into.find("investment_disbursement", "2021-Q2", "034")->value, 45.5);
  EXPECT_EQ(into.find("investment_disbursement", "2021-Q2", "034")->provenance.section, "I.5.c");
  EXPECT_EQ(into.periods(), (std::vector<std::string>{"2021-Q1", "2021-Q2"}));
}

TEST(TableImport, MissingDistrictColumnOrPeriodIsReported) {
  test::ProjectTables p;
  IndicatorTable into;
  const ImportReport no_district = import_table(wide({"a", "b"}, {{"1", "2"}}), p.registry, into, {});
  EXPECT_EQ(no_district.count(ImportIssue::Kind::bad_column), 1);
  EXPECT_EQ(no_district.issues.size(), 1u);
  const ImportReport no_period = import_table(wide({"Huyện", "b"}, {{"Xín Mần", "2"}}), p.registry, into, {});
  EXPECT_EQ(no_period.count(ImportIssue::Kind::bad_period), 1);
  EXPECT_EQ(no_period.issues.size(), 1u);
  EXPECT_EQ(no_period.values, 0);
}

// A table stating no period takes the one given, and says so; the report names it so the
// window can offer another. A table with its own periods says nothing of the kind.
TEST(TableImport, APeriodTheTableDoesNotStateIsSaid) {
  test::ProjectTables p;
  IndicatorTable into;
  for (const Indicator& i : p.table.indicators()) into.add_indicator(i);
  ImportOptions o;
  o.period = "2021-Q2";
  const ImportReport undated = import_table(wide({"Huyện", "budget_revenue_attainment"}, {{"Xín Mần", "55,5"}}),
                                            p.registry, into, o);
  EXPECT_EQ(undated.given_period, "2021-Q2");
  EXPECT_NE(std::find(undated.decisions.begin(), undated.decisions.end(),
                      "bảng không ghi kỳ: số liệu được gán cho kỳ Quý II/2021 (--period)"),
            undated.decisions.end());
  o.asker = ImportOptions::Asker::window;
  const ImportReport in_window = import_table(wide({"Huyện", "investment_disbursement"}, {{"Xín Mần", "40"}}),
                                              p.registry, into, o);
  ASSERT_FALSE(in_window.decisions.empty());
  EXPECT_EQ(in_window.decisions.back().rfind("Bảng không ghi kỳ: số liệu được gán cho kỳ đang xem, Quý II/2021.", 0), 0u);

  const ImportReport dated = import_table(wide({"Huyện", "Kỳ", "budget_revenue_attainment"}, {{"Mèo Vạc", "2021-Q1", "9"}}),
                                          p.registry, into, o);
  EXPECT_EQ(dated.values, 1);
  EXPECT_EQ(dated.given_period, "");
  const ImportReport header_dated =
      import_table(wide({"Huyện", "budget_revenue_attainment Quý I/2021"}, {{"Quản Bạ", "9"}}), p.registry, into, o);
  EXPECT_EQ(header_dated.values, 1);
  EXPECT_EQ(header_dated.given_period, "") << "the header states the period";
  const ImportReport nothing_added = import_table(wide({"Huyện", "budget_revenue_attainment"}, {{"Xã lạ", "9"}}),
                                                  p.registry, into, o);
  EXPECT_EQ(nothing_added.given_period, "") << "no value went to the period given";
  // The window's period field shows the period's title and reads it back.
  for (const Lang lang : {Lang::vi, Lang::en}) EXPECT_EQ(parse_period(period_title("2021-Q2", lang)), "2021-Q2");
}

TEST(ParsePeriod, CommonSpellings) {
  EXPECT_EQ(parse_period("2021-Q1"), "2021-Q1");
  EXPECT_EQ(parse_period("Quý I/2021"), "2021-Q1");
  EXPECT_EQ(parse_period("quy 3 2022"), "2022-Q3");
  EXPECT_EQ(parse_period("Q4/2020"), "2020-Q4");
  EXPECT_FALSE(parse_period("Tháng 13"));
  EXPECT_FALSE(parse_period("2021"));
  EXPECT_FALSE(parse_period("Quý V/2021"));
}

}  // namespace
}  // namespace hgm

#include "core/thematic/choropleth.h"
#include "core/layout/scene_builder.h"

namespace hgm {
namespace {

TEST(TableImport, ImportedFiguresKeepTheirUnitAndNameTheirTableAsSource) {
  test::ProjectTables p;
  IndicatorTable& into = p.table;
  ImportOptions o;
  o.period = "2021-Q2";
  const ImportReport r = import_table(wide({"Huyện", "budget_revenue_attainment"}, {{"Bắc Mê", "52,3"}}), p.registry, into, o);
  ASSERT_TRUE(r.ok());
  ChoroplethOptions co;
  co.indicator = "budget_revenue_attainment";
  co.period = "2021-Q2";
  const Choropleth c = build_choropleth(p.registry, into, co);
  EXPECT_EQ(c.districts.at(*p.registry.find_code("031")).value_text, "52,3%");
  const Scene s = build_scene(c, BoundarySet{}, p.registry, Lang::vi, kBoundaryAttribution);
  EXPECT_EQ(s.source_line, "Nguồn số liệu: bảng bang.csv");
  const Choropleth q1 = build_choropleth(p.registry, into, [] {
    ChoroplethOptions x;
    x.indicator = "budget_revenue_attainment";
    x.period = "2021-Q1";
    return x;
  }());
  EXPECT_EQ(build_scene(q1, BoundarySet{}, p.registry, Lang::vi, kBoundaryAttribution).source_line,
            "Nguồn số liệu: Báo cáo tình hình kinh tế - xã hội quý I/2021, tỉnh Hà Giang (mục I.5.a)");
}

}  // namespace
}  // namespace hgm
