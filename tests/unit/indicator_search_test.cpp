// The indicator search over the project's real indicator list.
#include <gtest/gtest.h>

#include "core/data/indicator_search.h"
#include "project_tables.h"

namespace hgm {
namespace {

std::vector<std::string> found(const IndicatorTable& t, Lang lang, const std::string& query) {
  std::vector<std::string> ids;
  for (const std::size_t i : search_indicators(t.indicators(), lang, query)) ids.push_back(t.indicators()[i].id);
  return ids;
}

TEST(IndicatorSearch, AbbreviationsAndExpansionsFindEachOther) {
  const test::ProjectTables p;
  const std::vector<std::string> budget{"budget_revenue_attainment", "budget_revenue_growth"};
  EXPECT_EQ(found(p.table, Lang::vi, "thu ngân sách"), budget);     // the names say "Thu NSNN"
  EXPECT_EQ(found(p.table, Lang::vi, "ngan sach nha nuoc"), budget);
  EXPECT_EQ(found(p.table, Lang::vi, "NSNN"), budget);
  EXPECT_EQ(found(p.table, Lang::vi, "thủ tục hành chính"), std::vector<std::string>{"overdue_admin_files"});
  EXPECT_EQ(found(p.table, Lang::vi, "tthc"), std::vector<std::string>{"overdue_admin_files"});
  const std::vector<std::string> ntm{"ntm_commune_plans_issued", "ntm_communes_with_plan", "ntm_district_scheme"};
  EXPECT_EQ(found(p.table, Lang::vi, "NTM"), ntm);
}

TEST(IndicatorSearch, CountFollowsTheFilter) {
  const test::ProjectTables p;
  const auto& inds = p.table.indicators();
  EXPECT_EQ(search_indicators(inds, Lang::vi, "").size(), inds.size());
  EXPECT_EQ(search_indicators(inds, Lang::vi, "cam sanh").size(), 4u);
  EXPECT_EQ(search_indicators(inds, Lang::en, "budget").size(), 2u);
  EXPECT_TRUE(search_indicators(inds, Lang::vi, "không có chỉ tiêu này").empty());
  // Part of a word, as typed, still finds it.
  EXPECT_EQ(found(p.table, Lang::vi, "ngân s").size(), 2u);
}

}  // namespace
}  // namespace hgm
