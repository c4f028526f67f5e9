// Hostile tables and boundary files through the real binary (issue 8): a clear message in the
// chosen language and exit 3 (bad data) where a partial or truncated read used to exit 0.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "run_process.h"

namespace hgm {
namespace {

namespace fs = std::filesystem;
using test::run_process;

class HostileInputs : public ::testing::Test {
 protected:
  fs::path dir = fs::temp_directory_path() / ("hgm_hostile_cli_" + std::to_string(::getpid()));
  void SetUp() override { fs::create_directories(dir); }
  void TearDown() override { fs::remove_all(dir); }
  fs::path write(const std::string& name, const std::string& bytes) {
    std::ofstream(dir / name, std::ios::binary) << bytes;
    return dir / name;
  }
};

TEST_F(HostileInputs, HeaderOnlyTableExitsThree) {
  const auto f = write("empty.csv", "Huyện,budget_revenue_attainment\n");
  const auto r = run_process(HGM_CLI_BINARY, {"check-data", f.string(), "--period", "2021-Q2", "--lang", "en"});
  EXPECT_EQ(r.exit_code, 3) << r.out << r.err;
  EXPECT_NE(r.err.find("empty.csv (sheet 'empty'): holds only the header line and no data rows"), std::string::npos)
      << r.err;
  const auto vi = run_process(HGM_CLI_BINARY, {"inspect", "--table", f.string(), "--period", "2021-Q2"});
  EXPECT_EQ(vi.exit_code, 3);
  EXPECT_NE(vi.err.find("chỉ có dòng tiêu đề"), std::string::npos) << vi.err;
}

TEST_F(HostileInputs, NulByteInACellExitsThreeNamingLineAndColumn) {
  const auto f = write("nul.csv", std::string("Huyện,budget_revenue_attainment\nBắc Mê,\"99") + '\0' + ",5\"\n");
  const auto r = run_process(HGM_CLI_BINARY, {"check-data", f.string(), "--period", "2021-Q2", "--lang", "en"});
  EXPECT_EQ(r.exit_code, 3) << r.out << r.err;
  EXPECT_NE(r.err.find("nul.csv:2: the cell in column 2 ('budget_revenue_attainment') holds a NUL character"),
            std::string::npos)
      << r.err;
}

TEST_F(HostileInputs, TruncatedShapefileExitsThreeNamingTheMissing) {
  for (const char* ext : {".shp", ".shx", ".dbf", ".prj", ".cpg"})
    fs::copy_file(std::string(HGM_TEST_BOUNDARY_DIR) + "/hagiang_districts" + ext, dir / (std::string("cut") + ext));
  const fs::path shp = dir / "cut.shp";
  fs::resize_file(shp, fs::file_size(shp) / 2);
  const fs::path out = dir / "map.svg";
  const auto r = run_process(HGM_CLI_BINARY, {"export", "--boundaries", shp.string(), "--out", out.string(),
                                               "--lang", "en"});
  EXPECT_EQ(r.exit_code, 3) << r.out << r.err;
  EXPECT_NE(r.err.find("cut.shp: the boundary file cannot be read in full"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("so the map would lack: "), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(out));
}

}  // namespace
}  // namespace hgm
