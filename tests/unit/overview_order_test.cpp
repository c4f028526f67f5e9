// The overview's orders: the report's (unchanged), district columns by folded name, and
// rows by one district's comparison with the province, worse first, stable within a kind.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/compare/overview_order.h"
#include "project_tables.h"

namespace hgm {
namespace {

TEST(OverviewOrder, ColumnsByNameAndRowsByThePinnedDistrict) {
  const test::ProjectTables t;
  const std::vector<std::size_t> codes = overview_columns(t.registry, OverviewOrder::district);
  std::vector<std::string> names;
  for (const std::size_t d : codes) names.push_back(t.registry.at(d).short_vi);
  EXPECT_EQ(names.front(), "Bắc Mê");
  EXPECT_EQ(names.back(), "Yên Minh");
  EXPECT_EQ(overview_columns(t.registry, OverviewOrder::group).front(), 0u);

  const Overview report = build_overview(t.registry, t.table, "2021-Q1");
  Overview o = report;
  order_overview(o, t.registry, OverviewOrder::group, "027");
  ASSERT_EQ(o.rows.size(), report.rows.size());
  for (std::size_t i = 0; i < o.rows.size(); ++i) EXPECT_EQ(o.rows[i].indicator, report.rows[i].indicator);

  // Quản Bạ: budget revenue 11,5% (worse), public investment above 40% (better).
  order_overview(o, t.registry, OverviewOrder::pinned, "029");
  const std::size_t quan_ba = *t.registry.find_code("029");
  const auto comparison = [&](const OverviewRow& row) { return row.cells.at(quan_ba).comparison; };
  EXPECT_EQ(comparison(o.rows.front()), Comparison::worse);
  const auto first_better = std::find_if(o.rows.begin(), o.rows.end(),
                                         [&](const OverviewRow& r) { return comparison(r) == Comparison::better; });
  const auto last_worse = std::find_if(o.rows.rbegin(), o.rows.rend(),
                                       [&](const OverviewRow& r) { return comparison(r) == Comparison::worse; });
  ASSERT_NE(first_better, o.rows.end());
  EXPECT_LT(last_worse.base() - o.rows.begin(), first_better - o.rows.begin() + 1);
  // Within the worse rows the report's order holds.
  std::vector<std::size_t> places;
  for (const OverviewRow& row : o.rows)
    if (comparison(row) == Comparison::worse)
      for (std::size_t i = 0; i < report.rows.size(); ++i)
        if (report.rows[i].indicator == row.indicator) places.push_back(i);
  EXPECT_TRUE(std::is_sorted(places.begin(), places.end()));
  EXPECT_EQ(parse_overview_order("pinned"), OverviewOrder::pinned);
  EXPECT_FALSE(parse_overview_order("size"));
}

}  // namespace
}  // namespace hgm
