// Hostile tables and boundary files through the real binary (issue 8): a clear message in the
// chosen language and exit 3 (bad data) where a partial or truncated read used to exit 0.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "run_process.h"
#include "workbook_writer.h"

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
  // Every file in the test's folder with its bytes: what a command must leave as it was.
  std::map<std::string, std::string> folder() const {
    std::map<std::string, std::string> files;
    for (const auto& e : fs::recursive_directory_iterator(dir)) {
      if (!e.is_regular_file()) continue;
      std::ifstream in(e.path(), std::ios::binary);
      files[fs::relative(e.path(), dir).string()] = std::string(std::istreambuf_iterator<char>(in), {});
    }
    return files;
  }
};

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

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

// Item 6: conflicts are listed with file:line and both values; within the table neither value
// is loaded, and a figure that differs from the report's replaces it and the map says so.
TEST_F(HostileInputs, ConflictsAreListedWithBothValuesAndNothingIsWritten) {
  const auto f = write("conflicts.csv",
                       "Mã huyện,Tên huyện,Kỳ,budget_revenue_attainment\n"
                       "031,Bắc Mê,2021-Q2,30\n"
                       "031,Bắc Mê,2021-Q2,31\n"
                       "027,Yên Minh,2021-Q2,5\n"
                       "033,Xín Mần,2021-Q1,\"3,3\"\n");
  const auto before = folder();
  const auto r = run_process(HGM_CLI_BINARY, {"check-data", f.string(), "--lang", "en"});
  EXPECT_EQ(r.exit_code, 3) << r.out << r.err;
  EXPECT_TRUE(has(r.out, "4 rows read, 3 matched, 0 unmatched, 0 ambiguous, 0 bad values, 2 conflicts, 1 replaced "
                         "figures, 1 district values read"))
      << r.out;
  EXPECT_TRUE(has(r.out, "conflicts.csv:2: conflict: '30': Bắc Mê, budget_revenue_attainment, period Q2 2021: the "
                         "table gives different values: '30' at conflicts.csv:2 (column 'budget_revenue_attainment'); "
                         "'31' at conflicts.csv:3 (column 'budget_revenue_attainment'). None is loaded"))
      << r.out;
  EXPECT_TRUE(has(r.out, "conflicts.csv:4: conflict: '027 / Yên Minh': column 'Mã huyện' names Mèo Vạc but column "
                         "'Tên huyện' names Yên Minh: the row is not loaded"))
      << r.out;
  EXPECT_TRUE(has(r.out, "conflicts.csv:5: replaces: '3,3': differs from the figure already loaded, 47,4% (the "
                         "report, section I.5.a), for Xín Mần"))
      << r.out;
  const auto vi = run_process(HGM_CLI_BINARY, {"check-data", f.string(), "--json"});
  EXPECT_EQ(vi.exit_code, 3);
  EXPECT_TRUE(has(vi.out, "\"conflicts\": 2")) << vi.out;
  EXPECT_TRUE(has(vi.out, "bảng ghi các giá trị khác nhau: '30' ở conflicts.csv:2")) << vi.out;
  EXPECT_EQ(folder(), before);  // the table as it was, nothing beside it

  // The map shows the table's 3,3 for Xín Mần and its source line says whose figure it replaced.
  const fs::path out = dir / "q1.svg";
  const auto e = run_process(HGM_CLI_BINARY, {"export", "--table", f.string(), "--period", "2021-Q1", "--out",
                                              out.string(), "--lang", "en"});
  ASSERT_EQ(e.exit_code, 0) << e.err;
  EXPECT_TRUE(has(e.err, "conflicts.csv:5: replaces: '3,3'")) << e.err;
  std::ifstream in(out);
  const std::string svg(std::istreambuf_iterator<char>(in), {});
  EXPECT_TRUE(has(svg, "table conflicts.csv, replacing figures of the report for 1 unit")) << svg.substr(0, 400);
}

// Item 7: a cover sheet first gave "no district column"; now the sheet read is named, and --sheet
// chooses another (check-data, and every command that takes --table).
TEST_F(HostileInputs, WorkbookSheetIsNamedAndChosenWithSheet) {
  const fs::path book = dir / "book.xlsx";
  test::write_workbook("XLSX", book,
                       {{"Bìa", {{"Báo cáo"}}, {{"Quý II/2021"}}},
                        {"Số liệu", {{"Huyện"}, {"budget_revenue_attainment", OFTReal}}, {{"Bắc Mê", "31.5"}}}});
  const auto before = folder();
  const auto r = run_process(HGM_CLI_BINARY, {"check-data", book.string(), "--period", "2021-Q2", "--lang", "en"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_TRUE(has(r.out, "note: read sheet 'Số liệu', the first with a district column (the file's sheets: Bìa, Số "
                         "liệu); choose another with --sheet NAME"))
      << r.out;
  const auto cover = run_process(HGM_CLI_BINARY, {"check-data", book.string(), "--sheet", "bìa", "--period", "2021-Q2"});
  EXPECT_EQ(cover.exit_code, 3) << cover.out << cover.err;
  EXPECT_TRUE(has(cover.out, "book.xlsx:1: bad_column")) << cover.out;
  EXPECT_TRUE(has(cover.out, "ghi chú: đọc trang 'Bìa' (các trang của tệp: Bìa, Số liệu)")) << cover.out;
  const auto none = run_process(HGM_CLI_BINARY, {"check-data", book.string(), "--sheet", "Quý III", "--lang", "en"});
  EXPECT_EQ(none.exit_code, 2) << none.out << none.err;
  EXPECT_TRUE(has(none.err, "book.xlsx: has no sheet 'Quý III'; its sheets are: 'Bìa', 'Số liệu'.")) << none.err;
  EXPECT_EQ(folder(), before);

  const auto rank = run_process(HGM_CLI_BINARY, {"rank", "--table", book.string(), "--sheet", "Số liệu", "--period",
                                                 "2021-Q2", "--json"});
  ASSERT_EQ(rank.exit_code, 0) << rank.err;
  EXPECT_TRUE(has(rank.out, "31.5")) << rank.out;
}

// --sheet with a CSV was ignored: the table loaded as if the sheet asked for had been found.
// Now it is a usage error (exit 2) saying a CSV has no sheets, and nothing is loaded.
TEST_F(HostileInputs, SheetGivenForACsvIsAUsageError) {
  const auto f = write("bang.csv", "Huyện,budget_revenue_attainment\nBắc Mê,31\n");
  const auto vi = run_process(HGM_CLI_BINARY, {"check-data", f.string(), "--sheet", "Số liệu", "--period", "2021-Q2"});
  EXPECT_EQ(vi.exit_code, 2) << vi.out << vi.err;
  EXPECT_TRUE(has(vi.err, "bang.csv: tệp CSV không có trang nên không chọn được trang 'Số liệu'; hãy bỏ --sheet")) << vi.err;
  EXPECT_FALSE(has(vi.out, "Bắc Mê")) << vi.out;
  const auto en = run_process(HGM_CLI_BINARY, {"export", "--table", f.string(), "--sheet", "Sheet1", "--period",
                                               "2021-Q2", "--lang", "en", "--out", (dir / "map.png").string()});
  EXPECT_EQ(en.exit_code, 2) << en.out << en.err;
  EXPECT_TRUE(has(en.err, "bang.csv: a CSV file has no sheets, so sheet 'Sheet1' cannot be chosen; leave out --sheet"))
      << en.err;
  EXPECT_FALSE(fs::exists(dir / "map.png"));
  // Without --sheet the same file loads.
  EXPECT_EQ(run_process(HGM_CLI_BINARY, {"check-data", f.string(), "--period", "2021-Q2"}).exit_code, 0);
}

// Item 9: inspect --json wrote a file name in a legacy encoding as it was: invalid UTF-8, which
// JSON readers refuse. The bytes become U+FFFD; a project table in such an encoding is refused.
TEST_F(HostileInputs, InspectJsonIsValidUtf8AndLegacyEncodedProjectTablesAreRefused) {
  const auto f = write("b\xE1ng.csv", "Huyện,budget_revenue_attainment\nBắc Mê,31\n");
  const auto r = run_process(HGM_CLI_BINARY, {"inspect", "--json", "--table", f.string(), "--period", "2021-Q2"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  nlohmann::json j;
  ASSERT_NO_THROW(j = nlohmann::json::parse(r.out));  // throws on invalid UTF-8
  EXPECT_EQ(j["districts"][6]["provenance"]["document"], "b\uFFFDng.csv");

  const fs::path data = dir / "data";
  fs::create_directories(data);
  for (const char* name : {"districts.csv", "indicators.csv", "province_reference.csv"})
    fs::copy_file(fs::path(HGM_TEST_PROJECT_GEODATA_DIR) / name, data / name);
  std::ifstream in(fs::path(HGM_TEST_PROJECT_GEODATA_DIR) / "values-2021-Q1.csv", std::ios::binary);
  std::string values(std::istreambuf_iterator<char>(in), {});
  values.replace(values.find("Xín Mần"), std::string("Xín Mần").size(), "X\xEDn M\xE2n");
  std::ofstream(data / "values-2021-Q1.csv", std::ios::binary) << values;
  const auto before = folder();
  const auto bad = run_process(HGM_CLI_BINARY, {"inspect", "--json", "--data", data.string(), "--lang", "en"});
  EXPECT_EQ(bad.exit_code, 3) << bad.out << bad.err;
  EXPECT_TRUE(bad.out.empty()) << bad.out;
  EXPECT_TRUE(has(bad.err, "values-2021-Q1.csv:4: the text is not UTF-8")) << bad.err;
  EXPECT_EQ(folder(), before);
}

}  // namespace
}  // namespace hgm
