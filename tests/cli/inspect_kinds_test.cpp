// inspect --json says how each figure is stated: an estimate is its own kind, kept out of
// `value` and of the classes; `stated` is the report's words and `shown` the map's.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "run_process.h"

namespace hgm {
namespace {

using test::run_process;

nlohmann::json inspect(const std::vector<std::string>& extra) {
  std::vector<std::string> args = {"inspect", "--json"};
  args.insert(args.end(), extra.begin(), extra.end());
  const auto r = run_process(HGM_CLI_BINARY, args);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return nlohmann::json::parse(r.out);
}

const nlohmann::json& district(const nlohmann::json& j, const std::string& code) {
  for (const auto& d : j["districts"])
    if (d["code"] == code) return d;
  throw std::runtime_error("no district " + code);
}

TEST(InspectKinds, AnEstimateIsApproximateNotAValue) {
  for (const char* lang : {"vi", "en"}) {
    SCOPED_TRACE(lang);
    const auto j = inspect({"--indicator", "orange_fruit_drop", "--lang", lang});
    const auto& bac_quang = district(j, "034");
    EXPECT_EQ(bac_quang["kind"], "approximate");
    EXPECT_TRUE(bac_quang["value"].is_null());
    EXPECT_EQ(bac_quang["approximate_value"].get<double>(), 4076);
    EXPECT_TRUE(bac_quang["class"].is_null());
    EXPECT_EQ(bac_quang["stated"], "khoảng 4.076 tấn");
    EXPECT_EQ(bac_quang["pattern"], "hatch");
    const std::string shown = bac_quang["shown"];
    EXPECT_EQ(shown.rfind(std::string(lang) == "vi" ? "≈ 4.076 tấn" : "about 4,076 ", 0), 0u) << shown;
    EXPECT_EQ(j["classification"]["classes"].get<int>(), 0);
    EXPECT_TRUE(j["classification"]["breaks"].empty());
    bool listed = false;
    for (const auto& e : j["legend"]) listed = listed || e["label"] == shown;
    EXPECT_TRUE(listed) << j["legend"].dump();
  }
}

TEST(InspectKinds, StatedIsTheReportsWordsShownIsTheMapsPhrase) {
  const auto j = inspect({"--indicator", "budget_revenue_attainment"});
  const auto& bac_me = district(j, "031");
  EXPECT_EQ(bac_me["stated"], "mức bình quân chung của tỉnh");
  EXPECT_EQ(bac_me["shown"], "không trên 15,8%");
  const auto& city = district(j, "024");
  EXPECT_EQ(city["kind"], "no_data");
  EXPECT_TRUE(city["stated"].is_null());
}

}  // namespace
}  // namespace hgm
