// Tables that GDAL reads only in part or reads wrongly (issue 8): each is written here by the
// test itself (GDAL's own XLSX/ODS drivers, then damaged on purpose) and must fail the load
// with a message naming the file, rather than give fewer or wrong values without a word.
#include <gtest/gtest.h>

#include <cpl_conv.h>
#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include "core/errors.h"
#include "io/project_data.h"
#include "io/table_reader.h"
#include "workbook_writer.h"

namespace hgm::io {
namespace {

namespace fs = std::filesystem;
using test::rewrite_zip;

class HostileTable : public ::testing::Test {
 protected:
  fs::path dir = fs::temp_directory_path() / ("hgm_hostile_tables_" + std::to_string(::getpid()));
  void SetUp() override {
    fs::create_directories(dir);
    GDALAllRegister();
  }
  void TearDown() override { fs::remove_all(dir); }

  // A spreadsheet with a district column and one value column of `type`, written by GDAL.
  fs::path write_sheet(const char* driver_name, const std::string& file, const std::string& value_header,
                       OGRFieldType type, const std::vector<std::pair<std::string, double>>& rows) {
    const fs::path path = dir / file;
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driver_name);
    EXPECT_NE(driver, nullptr);
    GDALDatasetUniquePtr ds(driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    OGRLayer* layer = ds->CreateLayer("Sheet1", nullptr, wkbNone, nullptr);
    OGRFieldDefn name("Huyện", OFTString), value(value_header.c_str(), type);
    layer->CreateField(&name);
    layer->CreateField(&value);
    for (const auto& [district, number] : rows) {
      OGRFeatureUniquePtr f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
      f->SetField(0, district.c_str());
      f->SetField(1, number);
      EXPECT_EQ(layer->CreateFeature(f.get()), OGRERR_NONE);
    }
    return path;
  }

  static std::string load_error(const fs::path& p, Lang lang) {
    try {
      const RawTable t = read_table(p.string(), lang);
      return "no error: " + std::to_string(t.rows.size()) + " rows";
    } catch (const DataError& e) {
      return e.what();
    }
  }
};

std::vector<std::pair<std::string, double>> eleven_rows() {
  std::vector<std::pair<std::string, double>> rows;
  for (int i = 1; i <= 11; ++i) rows.emplace_back("Huyện " + std::to_string(i), 10.0 + i);
  return rows;
}

// Item 5: the sheet's XML cut in the middle (zip intact) gave the first rows and dropped the rest.
TEST_F(HostileTable, XlsxSheetCutOffFailsTheLoad) {
  const fs::path whole = write_sheet("XLSX", "whole.xlsx", "budget_revenue_attainment", OFTReal, eleven_rows());
  ASSERT_EQ(read_table(whole.string(), Lang::vi).rows.size(), 11u);  // the undamaged copy reads fully
  const fs::path cut = dir / "cut.xlsx";
  rewrite_zip(whole, cut, "xl/worksheets/sheet1.xml", [](std::string xml) { return xml.substr(0, xml.size() / 2); });
  const std::string vi = load_error(cut, Lang::vi), en = load_error(cut, Lang::en);
  EXPECT_NE(vi.find(cut.string() + " (trang 'Sheet1'): đọc dở thì GDAL báo lỗi"), std::string::npos) << vi;
  EXPECT_NE(vi.find("lưu lại rồi thử lại"), std::string::npos) << vi;
  EXPECT_NE(en.find(cut.string() + " (sheet 'Sheet1'): GDAL reported an error part way through"), std::string::npos)
      << en;
}

TEST_F(HostileTable, OdsContentGarbledFailsTheLoad) {
  const fs::path whole = write_sheet("ODS", "whole.ods", "budget_revenue_attainment", OFTReal, eleven_rows());
  ASSERT_EQ(read_table(whole.string(), Lang::vi).rows.size(), 11u);
  const fs::path bad = dir / "garbled.ods";
  rewrite_zip(whole, bad, "content.xml", [](std::string xml) {
    const std::size_t at = xml.find("Huyện 5");
    return xml.substr(0, at) + "<<garbled>" + xml.substr(at);
  });
  const std::string en = load_error(bad, Lang::en);
  EXPECT_NE(en.find(bad.string() + " (sheet "), std::string::npos) << en;
  EXPECT_NE(en.find("GDAL reported an error part way through"), std::string::npos) << en;
}

// Item 4: GDAL hands over a percent-formatted cell as its stored fraction (47,4% -> 0.474) and does
// not say it was so formatted; the test writes those stored numbers. Reading the format is not
// possible through GDAL, so the column is refused, never shown 100 times too small.
TEST_F(HostileTable, PercentColumnOfFractionsIsRefusedNotShrunk) {
  ProjectData data = load_project_data(HGM_TEST_PROJECT_GEODATA_DIR, Lang::vi);
  for (const auto& [driver, file] : {std::pair{"XLSX", "pct.xlsx"}, std::pair{"ODS", "pct.ods"}}) {
    const fs::path p = write_sheet(driver, file, "budget_revenue_attainment", OFTReal,
                                   {{"Xín Mần", 0.474}, {"Bắc Mê", 0.305}, {"Mèo Vạc", 0.1}});
    for (Lang lang : {Lang::vi, Lang::en}) {
      IndicatorTable into = data.table;
      ImportOptions o;
      o.period = "2021-Q3";
      o.lang = lang;
      const ImportReport r = import_table(read_table(p.string(), lang), data.registry, into, o);
      EXPECT_EQ(r.values, 0) << file;
      ASSERT_EQ(r.count(ImportIssue::Kind::bad_column), 1) << file;
      const ImportIssue& issue = r.issues.front();
      EXPECT_EQ(issue.where, std::string(file) + ":2");
      EXPECT_EQ(issue.text, "0.474");
      EXPECT_NE(issue.reason.find(lang == Lang::vi ? "định dạng này không đọc được từ trang tính"
                                                   : "the sheet's percent format cannot be read"),
                std::string::npos)
          << issue.reason;
      EXPECT_NE(issue.reason.find(lang == Lang::vi ? "(vd. 0,474)" : "(e.g. 0.474)"), std::string::npos)
          << issue.reason;
      EXPECT_EQ(into.find("budget_revenue_attainment", "2021-Q3", "033"), nullptr) << file;
    }
  }
  // Percent numbers typed as numbers (47,4) are taken as they are.
  const fs::path plain = write_sheet("XLSX", "plain.xlsx", "budget_revenue_attainment", OFTReal,
                                     {{"Xín Mần", 47.4}, {"Bắc Mê", 0.5}});
  IndicatorTable into = data.table;
  ImportOptions o;
  o.period = "2021-Q3";
  const ImportReport r = import_table(read_table(plain.string(), Lang::vi), data.registry, into, o);
  EXPECT_TRUE(r.ok());
  EXPECT_EQ(r.values, 2);
}

// Item 7: a table with a header and no rows said nothing and loaded nothing.
TEST_F(HostileTable, HeaderOnlyTableIsRefused) {
  const fs::path csv = dir / "header.csv";
  std::ofstream(csv) << "Huyện,budget_revenue_attainment\n";
  EXPECT_EQ(load_error(csv, Lang::en),
            csv.string() + " (sheet 'header'): holds only the header line and no data rows; add one row per district "
                           "under the header (or choose the right file).");
  const fs::path xlsx = write_sheet("XLSX", "header.xlsx", "budget_revenue_attainment", OFTReal, {});
  EXPECT_NE(load_error(xlsx, Lang::vi).find("chỉ có dòng tiêu đề"), std::string::npos) << load_error(xlsx, Lang::vi);
}

// Item 7: GDAL's CSV reader cut "99\0,5" to 99. The line is the editor's, past a two-line cell.
TEST_F(HostileTable, NulByteInACsvCellNamesLineAndColumn) {
  const fs::path csv = dir / "nul.csv";
  std::ofstream(csv, std::ios::binary) << "Huyện;budget_revenue_attainment\nXín Mần;47,4\n\"Mèo\nVạc\";3\n\"Bắc;Mê\";99"
                                       << std::string(1, '\0') << ",5\n";
  EXPECT_EQ(load_error(csv, Lang::en),
            csv.string() + ":5: the cell in column 2 ('budget_revenue_attainment') holds a NUL character (byte 0) and "
                           "would be cut short; remove it or save the file again as CSV UTF-8.");
  EXPECT_NE(load_error(csv, Lang::vi).find(":5: ô ở cột 2 ('budget_revenue_attainment') chứa ký tự NUL"),
            std::string::npos);
}

}  // namespace
}  // namespace hgm::io
