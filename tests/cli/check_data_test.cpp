#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "run_process.h"

namespace hgm {
namespace {

namespace fs = std::filesystem;
using test::run_process;

class CheckData : public ::testing::Test {
 protected:
  fs::path dir = fs::temp_directory_path() / ("hgm_check_" + std::to_string(::getpid()));
  void SetUp() override { fs::create_directories(dir); }
  void TearDown() override { fs::remove_all(dir); }
  fs::path write(const std::string& name, const std::string& text) {
    std::ofstream(dir / name) << text;
    return dir / name;
  }
};

TEST_F(CheckData, CleanTableExitsZero) {
  const auto f = write("ok.csv", "Mã;Kỳ;investment_disbursement\n034;Quý II/2021;45,5%\n029;Quý II/2021;trên 40%\n");
  const auto r = run_process(HGM_CLI_BINARY, {"check-data", f.string(), "--lang", "en"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("2 rows read, 2 matched, 0 unmatched, 0 ambiguous"), std::string::npos) << r.out;
  const auto vi = run_process(HGM_CLI_BINARY, {"check-data", f.string()});
  EXPECT_NE(vi.out.find("đọc 2 dòng, khớp 2, không khớp 0, mơ hồ 0"), std::string::npos) << vi.out;
  EXPECT_NE(vi.out.find("dấu phẩy thập phân"), std::string::npos) << vi.out;
}

TEST_F(CheckData, ListsUnmatchedAndAmbiguousRowsWithCandidates) {
  const auto f = write("bad.csv", "Huyện,budget_revenue_attainment\nXín Mần,\"47,4\"\nQuảng Bình,12\nHà Giang,3\nXin Mam,4\n");
  const auto r = run_process(HGM_CLI_BINARY, {"check-data", f.string(), "--period", "2021-Q2", "--json"});
  EXPECT_EQ(r.exit_code, 3);
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["rows_read"], 4);
  EXPECT_EQ(j["matched"], 1);
  EXPECT_EQ(j["unmatched"], 2);
  EXPECT_EQ(j["ambiguous"], 1);
  EXPECT_EQ(j["issues"][0]["where"], "bad.csv:3");
  EXPECT_EQ(j["issues"][0]["candidates"][0], "Quang Bình");
  EXPECT_EQ(j["issues"][1]["kind"], "ambiguous");
  EXPECT_EQ(j["issues"][2]["candidates"][0], "Xín Mần");
}

TEST_F(CheckData, LoadedTableChangesTheMap) {
  const auto f = write("q2.csv", "Huyện,Kỳ,budget_revenue_attainment\nBắc Mê,2021-Q2,\"30,5%\"\nMèo Vạc,2021-Q2,\"10%\"\n");
  const auto r = run_process(HGM_CLI_BINARY, {"inspect", "--table", f.string(), "--period", "2021-Q2", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["period"], "2021-Q2");
  EXPECT_DOUBLE_EQ(j["districts"][6]["value"].get<double>(), 30.5);  // Bắc Mê, registry order
  EXPECT_EQ(j["districts"][6]["provenance"]["section"], "q2.csv:2");
}

TEST_F(CheckData, NeedsAFile) {
  EXPECT_EQ(run_process(HGM_CLI_BINARY, {"check-data"}).exit_code, 2);
  EXPECT_EQ(run_process(HGM_CLI_BINARY, {"check-data", (dir / "missing.csv").string()}).exit_code, 3);
}

}  // namespace
}  // namespace hgm
