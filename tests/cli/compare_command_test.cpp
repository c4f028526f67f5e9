// `rank`, `overview` and `profile` through the real binary, checked against what the
// Q1/2021 report's words allow, worked by hand.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "run_process.h"

namespace {

using hgm::test::run_process;

std::map<std::string, nlohmann::json> by_code(const nlohmann::json& list) {
  std::map<std::string, nlohmann::json> out;
  for (const auto& d : list) out[d.at("code").get<std::string>()] = d;
  return out;
}

std::pair<int, int> ranks(const nlohmann::json& d) { return {d.at("rank_min").get<int>(), d.at("rank_max").get<int>()}; }

// Budget revenue, 10 units with a figure: Xín Mần 1, Đồng Văn 2, Vị Xuyên 3; each huyện
// known only as "≤ 15,8%" ranks 4–10; Quản Bạ (11,5%) 4–9; Mèo Vạc (8,6%) 5–10; the city
// has no figure and no rank.
TEST(CompareCommands, RankJsonGivesHonestRankRanges) {
  const auto r = run_process(HGM_CLI_BINARY, {"rank", "--indicator", "budget_revenue_attainment", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j.at("province_reference").at("value").get<double>(), 15.8);
  const auto d = by_code(j.at("districts"));
  ASSERT_EQ(d.size(), 11u);
  EXPECT_EQ(ranks(d.at("033")), std::make_pair(1, 1));
  EXPECT_EQ(ranks(d.at("026")), std::make_pair(2, 2));
  EXPECT_EQ(ranks(d.at("030")), std::make_pair(3, 3));
  EXPECT_EQ(ranks(d.at("029")), std::make_pair(4, 9));
  EXPECT_EQ(ranks(d.at("027")), std::make_pair(5, 10));
  for (const char* code : {"028", "031", "032", "034", "035"}) {
    EXPECT_EQ(ranks(d.at(code)), std::make_pair(4, 10)) << code;
    EXPECT_EQ(d.at(code).at("kind"), "at_most");
    EXPECT_EQ(d.at(code).at("comparison"), "not_better");
  }
  EXPECT_TRUE(d.at("024").at("rank_min").is_null());
  EXPECT_EQ(d.at("024").at("comparison"), "no_data");
  EXPECT_EQ(d.at("033").at("name_vi"), "Xín Mần");
  EXPECT_EQ(d.at("033").at("stated"), "47,4%");
  EXPECT_EQ(d.at("033").at("comparison"), "better");
  EXPECT_EQ(j.at("districts").front().at("code"), "033") << "best first";
}

TEST(CompareCommands, RankTextSpeaksTheChosenLanguage) {
  const auto vi = run_process(HGM_CLI_BINARY, {"rank", "--indicator", "budget_revenue_attainment"});
  ASSERT_EQ(vi.exit_code, 0) << vi.err;
  EXPECT_NE(vi.out.find("4–10   Yên Minh          không trên 15,8%"), std::string::npos) << vi.out;
  EXPECT_NE(vi.out.find("Không có số liệu: TP. Hà Giang"), std::string::npos) << vi.out;
  const auto en = run_process(HGM_CLI_BINARY, {"rank", "--indicator", "budget_revenue_attainment", "--lang", "en"});
  ASSERT_EQ(en.exit_code, 0) << en.err;
  EXPECT_NE(en.out.find("Province: 15.8%"), std::string::npos) << en.out;
  EXPECT_NE(en.out.find("not better than the province"), std::string::npos) << en.out;
  EXPECT_EQ(en.out.find("không"), std::string::npos) << en.out;
}

TEST(CompareCommands, OverviewCellsCompareWithTheProvinceAsTheWordsAllow) {
  const auto r = run_process(HGM_CLI_BINARY, {"overview", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  std::map<std::string, std::string> budget;
  int cells = 0;
  for (const auto& c : j.at("cells")) {
    ++cells;
    if (c.at("indicator") == "budget_revenue_attainment") budget[c.at("code")] = c.at("comparison");
  }
  EXPECT_EQ(cells, static_cast<int>(j.at("indicators").size()) * 11);
  EXPECT_EQ(budget.at("033"), "better");
  EXPECT_EQ(budget.at("027"), "worse");
  EXPECT_EQ(budget.at("028"), "not_better");
  EXPECT_EQ(budget.at("024"), "no_data");
  const auto all = nlohmann::json::parse(run_process(HGM_CLI_BINARY, {"overview", "--json", "--all"}).out);
  EXPECT_GT(all.at("indicators").size(), 0u);
  EXPECT_GE(all.at("indicators").size(), j.at("indicators").size());
}

// --sort district: the districts' columns by name (diacritics folded); --sort pinned: the
// pinned district's worse figures first, then not better, cannot tell, same, not worse,
// better, no province figure, no data, each group in the report's order.
TEST(CompareCommands, OverviewSortsByDistrictNameOrByThePinnedDistrictsComparison) {
  const auto by_name = nlohmann::json::parse(run_process(HGM_CLI_BINARY, {"overview", "--json", "--sort", "district"}).out);
  EXPECT_EQ(by_name.at("order"), "district");
  std::vector<std::string> codes;
  for (const auto& d : by_name.at("districts")) codes.push_back(d.at("code"));
  EXPECT_EQ(codes, (std::vector<std::string>{"031", "034", "026", "032", "027", "029", "035", "024", "030", "033", "028"}));
  ASSERT_GE(by_name.at("cells").size(), 11u);
  EXPECT_EQ(by_name.at("cells")[0].at("code"), "031") << "each row's cells in the columns' order";

  const auto r = run_process(HGM_CLI_BINARY, {"overview", "--json", "--sort", "pinned", "--pin", "027"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  const std::vector<std::string> concern = {"worse", "not_better", "cannot_tell", "same", "not_worse", "better",
                                            "no_reference", "no_data"};
  std::vector<std::size_t> ranks;  // Mèo Vạc's comparison in each row, as its place in `concern`
  for (const auto& c : j.at("cells"))
    if (c.at("code") == "027")
      ranks.push_back(static_cast<std::size_t>(std::find(concern.begin(), concern.end(), c.at("comparison")) - concern.begin()));
  ASSERT_EQ(ranks.size(), j.at("indicators").size());
  EXPECT_TRUE(std::is_sorted(ranks.begin(), ranks.end()));
  EXPECT_EQ(ranks.front(), 0u) << "Mèo Vạc is worse than the province somewhere (budget revenue 8,6%)";
  EXPECT_GT(ranks.back(), 0u);
  // The same rows as the report's order, only moved.
  const auto group = nlohmann::json::parse(run_process(HGM_CLI_BINARY, {"overview", "--json"}).out);
  EXPECT_EQ(group.at("indicators").size(), j.at("indicators").size());
  EXPECT_NE(group.at("indicators"), j.at("indicators"));

  const auto no_pin = run_process(HGM_CLI_BINARY, {"overview", "--sort", "pinned", "--lang", "en"});
  EXPECT_EQ(no_pin.exit_code, 2);
  EXPECT_NE(no_pin.err.find("--pin"), std::string::npos) << no_pin.err;
  const auto bad = run_process(HGM_CLI_BINARY, {"overview", "--sort", "size", "--lang", "en"});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("group"), std::string::npos) << bad.err;
}

TEST(CompareCommands, ProfileFindsDistrictsByNameAsTablesDo) {
  const auto r = run_process(HGM_CLI_BINARY, {"profile", "--district", "xin man", "--district", "Huyện Mèo Vạc", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j.at("districts").size(), 2u);
  EXPECT_EQ(j.at("districts")[0].at("code"), "033");
  EXPECT_EQ(j.at("districts")[1].at("code"), "027");
  bool budget = false;
  for (const auto& row : j.at("districts")[1].at("rows"))
    if (row.at("indicator") == "budget_revenue_attainment") {
      budget = true;
      EXPECT_EQ(row.at("comparison"), "worse");
      EXPECT_EQ(row.at("rank_min"), 5);
      EXPECT_EQ(row.at("rank_max"), 10);
      EXPECT_EQ(row.at("districts_min").get<double>(), 8.6);
      EXPECT_EQ(row.at("districts_max").get<double>(), 47.4);
    }
  EXPECT_TRUE(budget);
}

// A figure only one district has is not ranked in the text ("Hạng 1/1" told nothing):
// Xín Mần's buffalo losses; its budget revenue still ranks 1 of 10.
TEST(CompareCommands, ProfileTextRanksOnlyAmongSeveral) {
  const auto r = run_process(HGM_CLI_BINARY, {"profile", "--district", "033"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::size_t buffalo = r.out.find("Trâu chết do rét đậm");
  ASSERT_NE(buffalo, std::string::npos) << r.out;
  const std::string line = r.out.substr(buffalo, r.out.find('\n', buffalo) - buffalo);
  EXPECT_EQ(line.find("Hạng"), std::string::npos) << line;
  EXPECT_NE(r.out.find("Hạng 1/10"), std::string::npos) << r.out;
}

TEST(CompareCommands, UnknownDistrictOrMissingOneIsAUsageError) {
  const auto unknown = run_process(HGM_CLI_BINARY, {"profile", "--district", "Quảng Bình"});
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("Hà Giang không có huyện/thành phố 'Quảng Bình'; gần nhất: Quang Bình"), std::string::npos)
      << unknown.err;
  const auto none = run_process(HGM_CLI_BINARY, {"profile", "--lang", "en"});
  EXPECT_EQ(none.exit_code, 2);
  EXPECT_NE(none.err.find("profile needs 1 to 4 --district CODE|NAME"), std::string::npos) << none.err;
  const auto bad = run_process(HGM_CLI_BINARY, {"rank", "--indicator", "nope"});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("không có chỉ tiêu 'nope'"), std::string::npos) << bad.err;
}

}  // namespace
