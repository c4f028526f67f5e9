#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "run_process.h"

namespace hgm {
namespace {

using test::run_process;

TEST(CommandLine, HelpAndVersion) {
  const auto help = run_process(HGM_CLI_BINARY, {"--help"});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("hagiang-map export"), std::string::npos);
  EXPECT_NE(help.out.find("--indicator"), std::string::npos);
  const auto version = run_process(HGM_CLI_BINARY, {"--version"});
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_EQ(version.out.rfind("hagiang-map ", 0), 0u);
}

TEST(CommandLine, UnknownCommandOptionIndicatorPeriodFailClearly) {
  struct Case {
    std::vector<std::string> args;
    std::string says;
  };
  const std::vector<Case> cases = {
      {{"draw"}, "unknown command 'draw'"},
      {{"inspect", "--colour", "red"}, "unknown option '--colour'"},
      {{"inspect", "--indicator", "gdp"}, "unknown indicator 'gdp'; known indicators: budget_revenue_attainment"},
      {{"inspect", "--period", "2021-Q5"}, "unknown period '2021-Q5'; known periods: 2021-Q1"},
      {{"export", "--size", "big", "--out", "x.png"}, "--size needs WIDTHxHEIGHT"},
      {{"export", "--indicator", "budget_revenue_attainment"}, "export needs --out"},
      {{"inspect", "--lang", "fr", "--period", "2021-Q1"}, "unknown language 'fr'"},
      {{"inspect", "--classes", "12"}, "between 2 and 9"},
      {{"inspect", "--period"}, "needs a value"},
  };
  for (Case c : cases) {
    c.args.insert(c.args.begin() + 1, {"--lang", "en"});
    const auto r = run_process(HGM_CLI_BINARY, c.args);
    EXPECT_EQ(r.exit_code, 2) << c.args.front() << " " << r.err;
    EXPECT_NE(r.err.find(c.says), std::string::npos) << r.err;
  }
}

TEST(CommandLine, MessagesAreVietnameseByDefault) {
  const auto help = run_process(HGM_CLI_BINARY, {"--help"});
  EXPECT_NE(help.out.find("Cách dùng"), std::string::npos);
  const auto en_help = run_process(HGM_CLI_BINARY, {"--help", "--lang", "en"});
  EXPECT_NE(en_help.out.find("Usage"), std::string::npos);
  struct Case {
    std::vector<std::string> args;
    std::string says;
  };
  for (const Case& c : std::vector<Case>{{{"draw"}, "không có lệnh 'draw'"},
                                         {{"inspect", "--indicator", "gdp"}, "không có chỉ tiêu 'gdp'"},
                                         {{"inspect", "--period", "2021-Q5"}, "không có kỳ '2021-Q5'; các kỳ có số liệu: 2021-Q1"},
                                         {{"inspect", "--palette", "Rainbow"}, "không có bảng màu 'Rainbow'"},
                                         {{"inspect", "--method", "manual"}, "phân lớp tự đặt cần các ngưỡng"},
                                         {{"inspect", "--breaks", "30,10"}, "các ngưỡng phải tăng dần"},
                                         {{"export"}, "export cần --out"}}) {
    const auto r = run_process(HGM_CLI_BINARY, c.args);
    EXPECT_EQ(r.exit_code, 2) << r.err;
    EXPECT_NE(r.err.find(c.says), std::string::npos) << r.err;
  }
}

TEST(CommandLine, MissingBoundaryFileIsADataError) {
  const auto r = run_process(HGM_CLI_BINARY, {"inspect", "--boundaries", "/nonexistent/b.shp"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("/nonexistent/b.shp"), std::string::npos);
}

TEST(CommandLine, InspectJsonReportsEveryDistrict) {
  const auto r = run_process(HGM_CLI_BINARY,
                             {"inspect", "--indicator", "budget_revenue_attainment", "--period", "2021-Q1", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["districts"].size(), 11u);
  int exact = 0, unknown_class = 0;
  for (const auto& d : j["districts"]) {
    EXPECT_EQ(d["code"].get<std::string>().size(), 3u);
    EXPECT_EQ(d["fill"].get<std::string>().size(), 7u);
    EXPECT_EQ(d["fill"].get<std::string>()[0], '#');
    if (d["value"].is_number()) {
      ++exact;
      EXPECT_TRUE(d["class"].is_number());
    } else {
      EXPECT_TRUE(d["class"].is_null());
      ++unknown_class;
    }
  }
  EXPECT_EQ(exact, 5);
  EXPECT_EQ(unknown_class, 6);
  const auto& xm = j["districts"][8];
  EXPECT_EQ(xm["code"], "033");
  EXPECT_EQ(xm["name_vi"], "Xín Mần");
  EXPECT_DOUBLE_EQ(xm["value"].get<double>(), 47.4);
  EXPECT_EQ(xm["provenance"]["section"], "I.5.a");
  EXPECT_DOUBLE_EQ(j["province_reference"]["value"].get<double>(), 15.8);
  EXPECT_GE(j["legend"].size(), 4u);
  EXPECT_EQ(j["classification"]["breaks"].size(), 3u);
}

TEST(CommandLine, EveryIssueIndicatorCanBeInspected) {
  for (const char* id : {"budget_revenue_attainment", "investment_disbursement", "overdue_admin_files",
                         "digital_signature_use", "budget_revenue_growth"}) {
    const auto r = run_process(HGM_CLI_BINARY, {"inspect", "--indicator", id, "--json"});
    ASSERT_EQ(r.exit_code, 0) << id << r.err;
    EXPECT_EQ(nlohmann::json::parse(r.out)["districts"].size(), 11u);
  }
}

TEST(CommandLine, InspectOfAViewThatIsNotOneMapSaysHowItIsDrawn) {
  // rank, overview, profile and change are drawn (by export) and have their own commands;
  // inspect, which lists one map's classes, must say so rather than call them undrawn.
  for (const std::string view : {"rank", "overview", "profile", "change"}) {
    const auto en = run_process(HGM_CLI_BINARY, {"inspect", "--view", view, "--lang", "en"});
    EXPECT_EQ(en.exit_code, 2) << view << " " << en.err;
    EXPECT_NE(en.err.find("the " + view + " view is not a map of one period"), std::string::npos) << en.err;
    EXPECT_NE(en.err.find("export --view " + view), std::string::npos) << en.err;
    EXPECT_NE(en.err.find("the " + view + " command prints its figures"), std::string::npos) << en.err;
    EXPECT_EQ(en.err.find("cannot be drawn"), std::string::npos) << en.err;
    const auto vi = run_process(HGM_CLI_BINARY, {"inspect", "--view", view});
    EXPECT_EQ(vi.exit_code, 2) << view << " " << vi.err;
    EXPECT_NE(vi.err.find("kiểu xem " + view + " không phải bản đồ của một kỳ"), std::string::npos) << vi.err;
    EXPECT_EQ(vi.err.find("chưa vẽ được"), std::string::npos) << vi.err;
  }
  const auto change = run_process(HGM_CLI_BINARY, {"inspect", "--view", "change", "--lang", "en"});
  EXPECT_NE(change.err.find("--compared-period"), std::string::npos) << change.err;
}

}  // namespace
}  // namespace hgm
