#include <gtest/gtest.h>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "core/errors.h"
#include "io/project_data.h"
#include "io/table_reader.h"

namespace hgm::io {
namespace {

namespace fs = std::filesystem;

// A planner's table as the tests write it: header + rows of text.
using Sheet = std::vector<std::vector<std::string>>;

const Sheet kSheet = {{"Huyện", "budget_revenue_attainment"},
                      {"Xín Mần", "47,4%"},
                      {"TP. Hà Giang", "dưới 15,8%"},
                      {"Meo Vac ", "48"},  // ASCII spelling: matched too
                      {"Quảng Bình", "12,5"}};

class TableReaderTest : public ::testing::Test {
 protected:
  fs::path dir = fs::temp_directory_path() / ("hgm_tables_" + std::to_string(::getpid()));
  ProjectData data = load_project_data(HGM_TEST_PROJECT_GEODATA_DIR, Lang::vi);
  void SetUp() override { fs::create_directories(dir); }
  void TearDown() override { fs::remove_all(dir); }

  // Writes the sheet with GDAL's own XLSX or ODS driver, every cell as text.
  fs::path write_spreadsheet(const char* driver_name, const char* ext) {
    GDALAllRegister();
    const fs::path path = dir / (std::string("bang.") + ext);
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driver_name);
    EXPECT_NE(driver, nullptr);
    GDALDatasetUniquePtr ds(driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    OGRLayer* layer = ds->CreateLayer("Sheet1", nullptr, wkbNone, nullptr);
    for (const std::string& h : kSheet[0]) {
      OGRFieldDefn field(h.c_str(), OFTString);
      layer->CreateField(&field);
    }
    for (std::size_t r = 1; r < kSheet.size(); ++r) {
      OGRFeatureUniquePtr f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
      for (std::size_t c = 0; c < kSheet[r].size(); ++c) f->SetField(static_cast<int>(c), kSheet[r][c].c_str());
      EXPECT_EQ(layer->CreateFeature(f.get()), OGRERR_NONE);
    }
    return path;
  }

  void check_import(const fs::path& file, const std::string& expected_where_prefix) {
    const RawTable t = read_table(file.string(), Lang::vi);
    ASSERT_EQ(t.headers.size(), 2u) << file;
    ASSERT_EQ(t.rows.size(), 4u) << file;
    IndicatorTable into = data.table;
    ImportOptions o;
    o.period = "2021-Q3";
    const ImportReport r = import_table(t, data.registry, into, o);
    EXPECT_EQ(r.values, 3) << file;
    ASSERT_EQ(r.count(ImportIssue::Kind::unmatched_district), 1) << file;
    EXPECT_EQ(r.issues.front().where, expected_where_prefix + ":5") << file;
    EXPECT_EQ(r.issues.front().candidates.front(), "Quang Bình");
    const StatedValue* city = into.find("budget_revenue_attainment", "2021-Q3", "024");
    ASSERT_NE(city, nullptr) << file;
    EXPECT_EQ(city->kind, ValueKind::at_most);
    EXPECT_DOUBLE_EQ(*city->upper, 15.8);
  }
};

TEST_F(TableReaderTest, CsvUtf8CommaSeparated) {
  const fs::path p = dir / "bang.csv";
  std::ofstream(p) << "Huyện,budget_revenue_attainment\nXín Mần,\"47,4%\"\nTP. Hà Giang,\"dưới 15,8%\"\n"
                      "Meo Vac ,48\nQuảng Bình,\"12,5\"\n";
  check_import(p, "bang.csv");
}

TEST_F(TableReaderTest, CsvWithBomAndSemicolons) {
  const fs::path p = dir / "bang.csv";
  std::ofstream(p) << "\xEF\xBB\xBFHuyện;budget_revenue_attainment\nXín Mần;47,4%\nTP. Hà Giang;dưới 15,8%\n"
                      "Meo Vac ;48\nQuảng Bình;12,5\n";
  check_import(p, "bang.csv");
}

// "Xín Mần,55,5": a decimal comma in a comma-separated file splits the number. GDAL reads
// 55 and drops the 5; the row is listed and not read instead. A quoted "12,3", a trailing
// empty cell and a blank line are fine; a multi-line quoted cell does not shift the rows.
TEST_F(TableReaderTest, ACsvRowSplitByADecimalCommaIsListedNotCutShort) {
  const fs::path p = dir / "phay.csv";
  std::ofstream(p) << "Huyện,budget_revenue_attainment\n"
                      "Xín Mần,55,5\n"
                      "Mèo Vạc,\"12,3\"\n"
                      "\"Bắc\nMê\",9\n"
                      "\n"
                      "Đồng Văn,30,\n"
                      "Yên Minh,7,5\n";
  const RawTable t = read_table(p.string(), Lang::vi);
  ASSERT_EQ(t.rows.size(), 5u);
  EXPECT_EQ(t.rows[0].cells, (std::vector<std::string>{"Xín Mần", "55", "5"}));
  EXPECT_EQ(t.rows[1].cells.size(), 2u);
  EXPECT_EQ(t.rows[3].cells.size(), 2u) << "an empty cell past the header is no loss";
  EXPECT_EQ(t.rows[4].cells, (std::vector<std::string>{"Yên Minh", "7", "5"}));
  // Lines as an editor shows them: past the two-line cell and the blank line.
  EXPECT_EQ(t.rows[2].line, 4);
  EXPECT_EQ(t.rows[3].line, 7);
  EXPECT_EQ(t.rows[4].line, 8);
  IndicatorTable into = data.table;
  ImportOptions o;
  o.period = "2021-Q3";
  const ImportReport r = import_table(t, data.registry, into, o);
  EXPECT_EQ(r.values, 2) << "Mèo Vạc and Đồng Văn";
  EXPECT_EQ(into.find("budget_revenue_attainment", "2021-Q3", "033"), nullptr) << "Xín Mần read as 55";
  EXPECT_EQ(into.find("budget_revenue_attainment", "2021-Q3", "028"), nullptr) << "Yên Minh read as 7";
  EXPECT_DOUBLE_EQ(into.find("budget_revenue_attainment", "2021-Q3", "027")->value, 12.3);
  ASSERT_EQ(r.count(ImportIssue::Kind::bad_value), 2);
  const ImportIssue& split = r.issues.front();
  EXPECT_EQ(split.where, "phay.csv:2");
  EXPECT_NE(split.reason.find("ô thừa '5'"), std::string::npos) << split.reason;
  const auto yen_minh = std::find_if(r.issues.begin(), r.issues.end(), [](const ImportIssue& i) {
    return i.kind == ImportIssue::Kind::bad_value && i.where != "phay.csv:2";
  });
  ASSERT_NE(yen_minh, r.issues.end());
  EXPECT_EQ((*yen_minh).where, "phay.csv:8") << "Yên Minh's line, not its record number + 1";
}

// The same split with a note column after the figures: "Xín Mần,55,5,…" gave 55 and a
// note of "5" without a word. Listed and not read; a real note and a semicolon file are read.
TEST_F(TableReaderTest, ADecimalCommaSplitIntoTheNoteColumnIsListedNotCutShort) {
  const fs::path p = dir / "ghichu.csv";
  std::ofstream(p) << "Huyện,budget_revenue_attainment,Ghi chú\n"
                      "Xín Mần,55,5\n"
                      "Mèo Vạc,12,ước tính\n"
                      "Đồng Văn,30,\n"
                      "Yên Minh,7,5%\n";
  IndicatorTable into = data.table;
  ImportOptions o;
  o.period = "2021-Q3";
  const ImportReport r = import_table(read_table(p.string(), Lang::vi), data.registry, into, o);
  EXPECT_EQ(into.find("budget_revenue_attainment", "2021-Q3", "033"), nullptr) << "Xín Mần read as 55";
  EXPECT_EQ(into.find("budget_revenue_attainment", "2021-Q3", "028"), nullptr) << "Yên Minh read as 7";
  EXPECT_DOUBLE_EQ(into.find("budget_revenue_attainment", "2021-Q3", "027")->value, 12);
  EXPECT_DOUBLE_EQ(into.find("budget_revenue_attainment", "2021-Q3", "026")->value, 30);
  ASSERT_EQ(r.count(ImportIssue::Kind::bad_value), 2);
  EXPECT_EQ(r.issues.front().where, "ghichu.csv:2");
  EXPECT_NE(r.issues.front().reason.find("'55' rồi '5' ở cột 'Ghi chú' — có thể là số 55,5"), std::string::npos)
      << r.issues.front().reason;

  const fs::path semicolons = dir / "champhay.csv";
  std::ofstream(semicolons) << "Huyện;budget_revenue_attainment;Ghi chú\nXín Mần;55;5\n";
  IndicatorTable into2 = data.table;
  const ImportReport r2 = import_table(read_table(semicolons.string(), Lang::vi), data.registry, into2, o);
  EXPECT_EQ(r2.count(ImportIssue::Kind::bad_value), 0) << "no decimal comma can split a cell here";
  EXPECT_DOUBLE_EQ(into2.find("budget_revenue_attainment", "2021-Q3", "033")->value, 55);
}

TEST_F(TableReaderTest, Xlsx) { check_import(write_spreadsheet("XLSX", "xlsx"), "bang.xlsx"); }

TEST_F(TableReaderTest, Ods) { check_import(write_spreadsheet("ODS", "ods"), "bang.ods"); }

TEST_F(TableReaderTest, WrongEncodingNamesTheLine) {
  const fs::path p = dir / "cp1258.csv";
  std::ofstream(p) << "Huyện,budget_revenue_attainment\nX\xEDn M\xE2n,47\n";  // not UTF-8
  try {
    read_table(p.string(), Lang::vi);
    FAIL() << "expected a DataError";
  } catch (const DataError& e) {
    EXPECT_NE(std::string(e.what()).find("cp1258.csv:2"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("UTF-8"), std::string::npos) << e.what();
  }
}

// One language at a time: the Vietnamese message says nothing in English and the other way round.
TEST_F(TableReaderTest, MissingTableIsReportedInTheChosenLanguageOnly) {
  const std::string path = (dir / "none.csv").string();
  auto message = [&](Lang lang) {
    try {
      read_table(path, lang);
    } catch (const DataError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  const std::string vi = message(Lang::vi), en = message(Lang::en);
  EXPECT_EQ(vi, path + ": không có bảng số liệu này; hãy kiểm tra đường dẫn.");
  EXPECT_EQ(en, path + ": the table does not exist; check the path.");
  EXPECT_EQ(vi.find(" / "), std::string::npos) << vi;
}

TEST_F(TableReaderTest, MissingOrUnreadableFile) {
  EXPECT_THROW(read_table((dir / "none.csv").string(), Lang::vi), DataError);
  const fs::path p = dir / "binary.xlsx";
  std::ofstream(p) << "PK\x03\x04garbage";
  EXPECT_THROW(read_table(p.string(), Lang::vi), DataError);
}

}  // namespace
}  // namespace hgm::io
