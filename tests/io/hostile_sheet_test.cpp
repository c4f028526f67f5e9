// Spreadsheet cells and shapes GDAL reads without a word (issue 8 item 7): formulas saved
// without their result, TRUE/FALSE where a figure is wanted, more columns than the reader
// takes, and workbooks of several sheets. Every file is written here by the test.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

#include "core/errors.h"
#include "io/project_data.h"
#include "io/table_reader.h"
#include "workbook_writer.h"

namespace hgm::io {
namespace {

namespace fs = std::filesystem;
using test::Sheet;
using test::SheetColumn;

class HostileSheet : public ::testing::Test {
 protected:
  fs::path dir = fs::temp_directory_path() / ("hgm_hostile_sheets_" + std::to_string(::getpid()));
  void SetUp() override { fs::create_directories(dir); }
  void TearDown() override { fs::remove_all(dir); }

  static Sheet figures(const std::string& name = "Sheet1") {
    return {name,
            {{"Huyện"}, {"budget_revenue_attainment", OFTReal}},
            {{"Bắc Mê", "30"}, {"Mèo Vạc", "12"}, {"Xín Mần", "40"}, {"Đồng Văn", "25"}}};
  }

  // A copy of `from` whose cell `ref` (e.g. "B3") is replaced by `cell` (its new inner XML and
  // attributes), the zip otherwise as GDAL wrote it.
  fs::path with_cell(const fs::path& from, const std::string& to, const std::string& ref, const std::string& attributes,
                     const std::string& inner) {
    const fs::path out = dir / to;
    test::rewrite_zip(from, out, "xl/worksheets/sheet1.xml", [&](const std::string& xml) {
      const std::regex cell("<c r=\"" + ref + "\"[^>]*>[\\s\\S]*?</c>");
      EXPECT_TRUE(std::regex_search(xml, cell)) << ref;
      return std::regex_replace(xml, cell, "<c r=\"" + ref + "\"" + attributes + ">" + inner + "</c>",
                                std::regex_constants::format_first_only);
    });
    return out;
  }

  static std::string load_error(const fs::path& p, Lang lang, const std::string& sheet = {}) {
    try {
      const RawTable t = read_table(p.string(), lang, sheet);
      return "no error: " + std::to_string(t.rows.size()) + " rows";
    } catch (const Error& e) {
      return e.what();
    }
  }

  static ImportReport import(const RawTable& t, Lang lang, IndicatorTable* out = nullptr) {
    ProjectData data = load_project_data(HGM_TEST_PROJECT_GEODATA_DIR, lang);
    ImportOptions o;
    o.period = "2021-Q2";
    o.lang = lang;
    ImportReport r = import_table(t, data.registry, data.table, o);
    if (out) *out = data.table;
    return r;
  }
};

// A formula saved without its result (as scripts write them) read as an empty cell: no data.
TEST_F(HostileSheet, FormulaWithoutSavedResultIsRefusedNamingTheCells) {
  const fs::path whole = dir / "whole.xlsx";
  test::write_workbook("XLSX", whole, {figures()});
  const fs::path once = with_cell(whole, "once.xlsx", "B3", "", "<f>B2*2</f>");
  const fs::path twice = with_cell(once, "twice.xlsx", "B5", "", "<f>B2-5</f><v></v>");
  EXPECT_EQ(load_error(twice, Lang::en),
            twice.string() + " (sheet 'Sheet1'): 2 cell(s) hold a formula saved without its result (B3 (row 3), B5 "
                             "(row 5)) and would read as \"no data\"; the file was written by a program that does not "
                             "compute formulas. Open it in Excel or LibreOffice Calc, save it again and load it again.");
  EXPECT_NE(load_error(twice, Lang::vi).find("2 ô là công thức được lưu mà không có kết quả (B3 (dòng 3), B5 (dòng 5))"),
            std::string::npos)
      << load_error(twice, Lang::vi);
  // A formula saved with its result is read as that result.
  const fs::path computed = with_cell(whole, "computed.xlsx", "B3", "", "<f>B2*2</f><v>60</v>");
  const RawTable t = read_table(computed.string(), Lang::vi);
  ASSERT_EQ(t.rows.size(), 4u);
  EXPECT_EQ(t.rows[1].cells[1], "60");
}

// GDAL gives TRUE as 1 in a column of numbers: 1 % on the map. It is refused, cell by cell.
TEST_F(HostileSheet, BooleanCellsInAFigureColumnAreRefusedNotReadAsOne) {
  const fs::path whole = dir / "whole.xlsx";
  test::write_workbook("XLSX", whole, {figures()});
  const fs::path mixed = with_cell(whole, "mixed.xlsx", "B3", " t=\"b\"", "<v>1</v>");
  IndicatorTable table;
  const ImportReport r = import(read_table(mixed.string(), Lang::en), Lang::en, &table);
  ASSERT_EQ(r.count(ImportIssue::Kind::bad_value), 1);
  EXPECT_EQ(r.issues.front().where, "mixed.xlsx:3");
  EXPECT_EQ(r.issues.front().text, "TRUE");
  EXPECT_EQ(r.issues.front().reason,
            "column 'budget_revenue_attainment': the cell is a TRUE/FALSE value, not a figure, so it is not read as 1 "
            "or 0; write the figure in the cell");
  EXPECT_EQ(table.find("budget_revenue_attainment", "2021-Q2", "027"), nullptr);  // Mèo Vạc
  EXPECT_DOUBLE_EQ(table.find("budget_revenue_attainment", "2021-Q2", "031")->value, 30);
  EXPECT_EQ(r.values, 3);

  // A whole column of TRUE/FALSE, in both spreadsheet formats.
  for (const char* driver : {"XLSX", "ODS"}) {
    const fs::path all = dir / (std::string("bools.") + (std::string(driver) == "XLSX" ? "xlsx" : "ods"));
    test::write_workbook(driver, all,
                         {{"Sheet1", {{"Huyện"}, {"budget_revenue_attainment", OFTInteger, OFSTBoolean}},
                           {{"Bắc Mê", "1"}, {"Mèo Vạc", "0"}}}});
    const ImportReport b = import(read_table(all.string(), Lang::vi), Lang::vi);
    EXPECT_EQ(b.count(ImportIssue::Kind::bad_value), 2) << driver;
    EXPECT_EQ(b.values, 0) << driver;
    ASSERT_FALSE(b.issues.empty());
    EXPECT_NE(b.issues.front().reason.find("giá trị đúng/sai (TRUE/FALSE) chứ không phải số liệu"), std::string::npos)
        << driver << ": " << b.issues.front().reason;
  }
}

// XLSX: GDAL reads at most 2000 columns, and with more it read no row at all.
TEST_F(HostileSheet, XlsxBeyondTheReadersColumnLimitIsRefused) {
  const fs::path small = dir / "small.xlsx";
  test::write_workbook("XLSX", small, {figures()});
  const fs::path wide = dir / "wide.xlsx";
  test::rewrite_zip(small, wide, "xl/worksheets/sheet1.xml", [](const std::string& xml) {
    const auto column = [](int n) {
      std::string s;
      for (++n; n > 0; n = (n - 1) / 26) s.insert(s.begin(), static_cast<char>('A' + (n - 1) % 26));
      return s;
    };
    std::string header = "<row r=\"1\">", row = "<row r=\"2\">";
    for (int c = 0; c < 2100; ++c) {
      const std::string name = c == 0 ? "Huyện" : "c" + std::to_string(c);
      header += "<c r=\"" + column(c) + "1\" t=\"inlineStr\"><is><t>" + name + "</t></is></c>";
      row += c == 0 ? "<c r=\"A2\" t=\"inlineStr\"><is><t>Bắc Mê</t></is></c>"
                    : "<c r=\"" + column(c) + "2\"><v>" + std::to_string(c) + "</v></c>";
    }
    const std::size_t from = xml.find("<sheetData>"), to = xml.find("</sheetData>");
    return xml.substr(0, from) + "<sheetData>" + header + "</row>" + row + "</row>" + xml.substr(to);
  });
  EXPECT_EQ(load_error(wide, Lang::en),
            wide.string() + " (sheet 'Sheet1'): has more than 2,000 columns and the spreadsheet reader takes only the "
                            "first 2,000, so figures would be lost; delete the columns not needed, split the table, or "
                            "save it as CSV UTF-8.");
  EXPECT_NE(load_error(wide, Lang::vi).find("có hơn 2.000 cột"), std::string::npos);
}

// CSV: GDAL's own limit (2000 columns) is raised, so a wide CSV is read whole.
TEST_F(HostileSheet, WideCsvIsReadWhole) {
  const fs::path csv = dir / "wide.csv";
  std::ofstream out(csv);
  out << "Huyện";
  for (int c = 1; c < 2500; ++c) out << ",c" << c;
  out << ",budget_revenue_attainment\nBắc Mê";
  for (int c = 1; c < 2500; ++c) out << "," << c;
  out << ",31\n";
  out.close();
  const RawTable t = read_table(csv.string(), Lang::vi);
  ASSERT_EQ(t.headers.size(), 2501u);
  EXPECT_EQ(t.headers.back(), "budget_revenue_attainment");
  EXPECT_EQ(t.rows.at(0).cells.back(), "31");
}

// A cover sheet first gave "no district column"; now the first sheet with one is read and named.
TEST_F(HostileSheet, TheSheetWithDistrictsIsReadAndNamedOrChosenByName) {
  const Sheet cover{"Bìa", {{"Báo cáo"}, {"Ghi chú"}}, {{"Quý II", "Sở KH-ĐT"}}};
  const fs::path book = dir / "book.xlsx";
  test::write_workbook("XLSX", book, {cover, figures("Số liệu"), figures("Số liệu cũ")});
  const RawTable t = read_table(book.string(), Lang::vi);
  EXPECT_EQ(t.sheet, "Số liệu");
  EXPECT_TRUE(t.sheet_chosen);
  EXPECT_EQ(t.sheets, (std::vector<std::string>{"Bìa", "Số liệu", "Số liệu cũ"}));
  const ImportReport r = import(t, Lang::en);
  EXPECT_EQ(r.values, 4);
  ASSERT_FALSE(r.decisions.empty());
  EXPECT_EQ(r.decisions.front(),
            "read sheet 'Số liệu', the first with a district column (the file's sheets: Bìa, Số liệu, Số liệu cũ); "
            "choose another with --sheet NAME");

  // By name, exactly or without case and marks.
  EXPECT_EQ(read_table(book.string(), Lang::vi, "Số liệu cũ").sheet, "Số liệu cũ");
  const RawTable folded = read_table(book.string(), Lang::vi, "so lieu cu");
  EXPECT_EQ(folded.sheet, "Số liệu cũ");
  EXPECT_FALSE(folded.sheet_chosen);
  EXPECT_EQ(import(folded, Lang::vi).decisions.front(), "đọc trang 'Số liệu cũ' (các trang của tệp: Bìa, Số liệu, Số liệu cũ)");

  // A name the file does not have: a usage error listing the sheets.
  try {
    read_table(book.string(), Lang::en, "Quý III");
    FAIL() << "no error";
  } catch (const UsageError& e) {
    EXPECT_EQ(std::string(e.what()), book.string() + ": has no sheet 'Quý III'; its sheets are: 'Bìa', 'Số liệu', 'Số liệu cũ'.");
  }
}

TEST_F(HostileSheet, AWorkbookWithoutADistrictColumnListsItsSheets) {
  const fs::path book = dir / "notes.ods";
  test::write_workbook("ODS", book,
                       {{"Bìa", {{"Báo cáo"}}, {{"Quý II"}}}, {"Ghi chú", {{"Nội dung"}}, {{"xem trang sau"}}}});
  EXPECT_EQ(load_error(book, Lang::en),
            book.string() + ": no sheet has a district column (sheets: 'Bìa', 'Ghi chú'); choose the sheet with --sheet "
                            "NAME or name the district column \"Huyện\" or \"Mã huyện\".");
  EXPECT_NE(load_error(book, Lang::vi).find("không trang nào có cột huyện (các trang: 'Bìa', 'Ghi chú')"),
            std::string::npos);
}

}  // namespace
}  // namespace hgm::io
