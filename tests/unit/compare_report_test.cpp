// Ranks and comparisons on the real Q1/2021 figures, worked by hand from the report.
#include <gtest/gtest.h>

#include <map>

#include "core/compare/overview.h"
#include "core/compare/profile.h"
#include "core/compare/ranking.h"
#include "project_tables.h"

namespace hgm {
namespace {

const test::ProjectTables& project() {
  static const test::ProjectTables tables;
  return tables;
}

std::map<std::string, std::pair<int, int>> ranks_by_code(const std::string& indicator) {
  const Ranking rk = rank_districts(project().registry, project().table, indicator, "2021-Q1");
  std::map<std::string, std::pair<int, int>> out;
  for (const RankedDistrict& d : rk.ranked) out[project().registry.at(d.district).code] = {d.rank_min, d.rank_max};
  return out;
}

// Budget revenue: Xín Mần 47,4%, Đồng Văn 24,9%, Vị Xuyên 21,7% are the three huyện
// above the province's 15,8%; Quản Bạ 11,5% and Mèo Vạc 8,6%; the five other huyện are
// known only as not above 15,8%; the city has no figure.
TEST(CompareReport, BudgetRevenueRanksAsTheWordsAllow) {
  const auto ranks = ranks_by_code("budget_revenue_attainment");
  EXPECT_EQ(ranks.size(), 10u);
  EXPECT_EQ(ranks.count("024"), 0u) << "the city has no figure and is not ranked";
  EXPECT_EQ(ranks.at("033"), std::make_pair(1, 1));   // Xín Mần
  EXPECT_EQ(ranks.at("026"), std::make_pair(2, 2));   // Đồng Văn
  EXPECT_EQ(ranks.at("030"), std::make_pair(3, 3));   // Vị Xuyên
  EXPECT_EQ(ranks.at("029"), std::make_pair(4, 9));   // Quản Bạ 11,5%
  EXPECT_EQ(ranks.at("027"), std::make_pair(5, 10));  // Mèo Vạc 8,6%
  for (const char* code : {"028", "031", "032", "034", "035"}) EXPECT_EQ(ranks.at(code), std::make_pair(4, 10)) << code;
}

TEST(CompareReport, OverviewComparesBudgetRevenueWithTheProvince) {
  const Overview o = build_overview(project().registry, project().table, "2021-Q1");
  const OverviewRow* budget = nullptr;
  for (const OverviewRow& row : o.rows)
    if (row.indicator->id == "budget_revenue_attainment") budget = &row;
  ASSERT_NE(budget, nullptr);
  std::map<std::string, Comparison> by_code;
  for (const OverviewCell& c : budget->cells) by_code[project().registry.at(c.district).code] = c.comparison;
  EXPECT_EQ(by_code.at("033"), Comparison::better);
  EXPECT_EQ(by_code.at("027"), Comparison::worse);
  EXPECT_EQ(by_code.at("028"), Comparison::not_better);
  EXPECT_EQ(by_code.at("024"), Comparison::no_data);
  for (const OverviewRow& row : o.rows) {
    bool any = false;
    for (const OverviewCell& c : row.cells) any |= c.value != nullptr;
    EXPECT_TRUE(any) << row.indicator->id << " has no data and should be filtered out";
  }
  const Overview all = build_overview(project().registry, project().table, "2021-Q1", false);
  EXPECT_EQ(all.rows.size(), project().table.indicators().size());
}

TEST(CompareReport, XinManProfileListsItsFiguresWithRanksAndSpread) {
  const std::size_t xin_man = *project().registry.find_code("033");
  const DistrictProfile p = build_profile(project().registry, project().table, xin_man, "2021-Q1");
  ASSERT_FALSE(p.rows.empty());
  const ProfileRow* budget = nullptr;
  for (const ProfileRow& row : p.rows) {
    EXPECT_NE(row.value, nullptr);
    if (row.indicator->id == "budget_revenue_attainment") budget = &row;
  }
  ASSERT_NE(budget, nullptr);
  EXPECT_EQ(budget->comparison, Comparison::better);
  EXPECT_EQ(budget->rank_min, 1);
  EXPECT_EQ(budget->rank_max, 1);
  EXPECT_EQ(budget->ranked_count, 10);
  ASSERT_TRUE(budget->districts_min && budget->districts_max);
  EXPECT_DOUBLE_EQ(*budget->districts_min, 8.6);
  EXPECT_DOUBLE_EQ(*budget->districts_max, 47.4);
}

}  // namespace
}  // namespace hgm
