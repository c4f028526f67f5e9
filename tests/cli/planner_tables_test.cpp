// Planners' tables through the real binary: headers in their own words (CSV, XLSX and ODS
// written here), --map and --mapping, a new indicator drawn and inspected, province rows, a
// load that adds nothing, and the template written, filled and loaded back.
#include <gtest/gtest.h>

#include <cpl_conv.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <nlohmann/json.hpp>

#include "run_process.h"
#include "temp_dir.h"
#include "workbook_writer.h"

namespace hgm {
namespace {

using test::run_process;
using test::SheetColumn;

const std::string kHeader = "Thu NSNN quý II/2021 (%)";

// The 11 districts in registry order with a figure each: 10, 11.5, 13 …
std::vector<std::pair<std::string, double>> figures() {
  const std::vector<std::string> names{"Thành phố Hà Giang", "Đồng Văn", "Mèo Vạc",   "Yên Minh",  "Quản Bạ",   "Vị Xuyên",
                                       "Bắc Mê",            "Hoàng Su Phì", "Xín Mần", "Bắc Quang", "Quang Bình"};
  std::vector<std::pair<std::string, double>> out;
  for (std::size_t i = 0; i < names.size(); ++i) out.emplace_back(names[i], 10 + 1.5 * static_cast<double>(i));
  return out;
}

nlohmann::json inspect_json(const std::vector<std::string>& extra) {
  std::vector<std::string> args{"inspect", "--json"};
  args.insert(args.end(), extra.begin(), extra.end());
  const auto r = run_process(HGM_CLI_BINARY, args);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return r.exit_code == 0 ? nlohmann::json::parse(r.out) : nlohmann::json::object();
}

void expect_figures(const nlohmann::json& j, const std::string& where) {
  ASSERT_EQ(j["districts"].size(), 11u) << where;
  const auto f = figures();
  for (std::size_t i = 0; i < f.size(); ++i)
    EXPECT_DOUBLE_EQ(j["districts"][i]["value"].get<double>(), f[i].second) << where << " " << f[i].first;
}

class PlannerTables : public ::testing::Test {
 protected:
  test::TempDir dir{"hgm_planner_"};
};

TEST_F(PlannerTables, RealLookingHeadersLoadFromCsvXlsxAndOds) {
  // CSV: Vietnamese numbers, a row-number column, a province row.
  std::string csv = "STT,Đơn vị," + std::string("\"") + kHeader + "\"\n";
  int n = 1;
  for (const auto& [name, v] : figures()) {
    std::string text = std::to_string(v);
    text = text.substr(0, text.find('.') + 2);
    text[text.find('.')] = ',';
    csv += std::to_string(n++) + "," + name + ",\"" + text + "\"\n";
  }
  csv += ",Toàn tỉnh,\"18,2\"\n";
  std::ofstream(dir / "q2.csv") << csv;
  // XLSX and ODS: numbers as numbers, a header with the period spelt "Q2 2021", a "Cộng" row.
  for (const char* driver : {"XLSX", "ODS"}) {
    test::Sheet sheet{"Quý 2", {{"Huyện", OFTString}, {"THU NGÂN SÁCH NHÀ NƯỚC trên địa bàn Q2 2021", OFTReal}}, {}};
    for (const auto& [name, v] : figures()) sheet.rows.push_back({name, std::to_string(v)});
    sheet.rows.push_back({"Cộng", "18.2"});
    test::write_workbook(driver, dir / (std::string("q2.") + (driver[0] == 'X' ? "xlsx" : "ods")), {sheet});
  }
  for (const std::string file : {"q2.csv", "q2.xlsx", "q2.ods"}) {
    const auto check = run_process(HGM_CLI_BINARY, {"check-data", dir / file});
    EXPECT_EQ(check.exit_code, 0) << file << "\n" << check.out << check.err;
    EXPECT_EQ(check.out.rfind(file + ": đã thêm 12 số liệu (11 của huyện, 1 của toàn tỉnh)\n  + budget_revenue_attainment, kỳ Quý II/2021: 11 "
                                     "huyện/thành phố\n  + budget_revenue_attainment, kỳ Quý II/2021: số toàn tỉnh",
                              0),
              0u)
        << check.out;
    EXPECT_EQ(check.out.find("unmatched"), std::string::npos) << check.out;  // the province row is no district
    const auto j = inspect_json({"--table", dir / file, "--period", "2021-Q2"});
    expect_figures(j, file);
    EXPECT_DOUBLE_EQ(j["province_reference"]["value"].get<double>(), 18.2) << file;
  }
}

TEST_F(PlannerTables, ALoadThatAddsNothingSaysWhyAndExitsThree) {
  std::ofstream(dir / "poor.csv") << "Huyện,Tỷ lệ hộ nghèo quý II/2021 (%)\nXín Mần,\"31,2\"\nĐồng Văn,25\n";
  const auto vi = run_process(HGM_CLI_BINARY, {"check-data", dir / "poor.csv"});
  EXPECT_EQ(vi.exit_code, 3);
  EXPECT_EQ(vi.out.rfind("poor.csv: KHÔNG thêm được số liệu nào", 0), 0u) << vi.out;
  EXPECT_NE(vi.out.find("poor.csv:1: unknown_indicator: 'Tỷ lệ hộ nghèo quý II/2021 (%)': cột 'Tỷ lệ hộ nghèo quý "
                        "II/2021 (%)' không khớp chỉ tiêu nào: dùng --map \"Tỷ lệ hộ nghèo quý II/2021 (%)=MÃ_CHỈ_TIÊU\""),
            std::string::npos)
      << vi.out;
  const auto en = run_process(HGM_CLI_BINARY, {"check-data", dir / "poor.csv", "--lang", "en", "--json"});
  EXPECT_EQ(en.exit_code, 3);
  const auto j = nlohmann::json::parse(en.out);
  EXPECT_EQ(j["added_anything"], false);
  EXPECT_TRUE(j["added"].empty());
  EXPECT_NE(j["issues"][0]["reason"].get<std::string>().find("matches no indicator: use --map"), std::string::npos);
  // An uncertain header is proposed with its candidates, and nothing is loaded from it.
  std::ofstream(dir / "nsnn.csv") << "Huyện,NSNN\nXín Mần,5\n";
  const auto p = run_process(HGM_CLI_BINARY, {"check-data", dir / "nsnn.csv", "--period", "2021-Q2", "--json"});
  EXPECT_EQ(p.exit_code, 3);
  const auto pj = nlohmann::json::parse(p.out);
  EXPECT_EQ(pj["values"], 0);
  EXPECT_EQ(pj["issues"][0]["candidates"].size(), 2u);
}

TEST_F(PlannerTables, MapAndMappingFileMakeANewIndicatorThatIsDrawn) {
  std::ofstream(dir / "poor.csv") << "Huyện,Tỷ lệ hộ nghèo quý II/2021 (%),NSNN\nXín Mần,\"31,2\",5\nĐồng Văn,25,6\n"
                                     "Tỉnh Hà Giang,\"20,1\",7\n";
  const std::string map_new = "Tỷ lệ hộ nghèo quý II/2021 (%)=new:poor_households:%:lower_is_better:Tỷ lệ hộ nghèo";
  const auto check = run_process(HGM_CLI_BINARY, {"check-data", dir / "poor.csv", "--map", map_new, "--map",
                                                  "NSNN=budget_revenue_growth", "--period", "2021-Q2"});
  EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
  EXPECT_NE(check.out.find("+ poor_households, kỳ Quý II/2021: 2 huyện/thành phố"), std::string::npos) << check.out;
  const auto j = inspect_json({"--table", dir / "poor.csv", "--map", map_new, "--indicator", "poor_households",
                               "--period", "2021-Q2"});
  EXPECT_EQ(j["indicator"]["name_vi"], "Tỷ lệ hộ nghèo");
  EXPECT_EQ(j["indicator"]["polarity"], "lower_is_better");
  EXPECT_DOUBLE_EQ(j["districts"][8]["value"].get<double>(), 31.2);  // Xín Mần
  EXPECT_DOUBLE_EQ(j["province_reference"]["value"].get<double>(), 20.1);
  const auto svg = run_process(HGM_CLI_BINARY, {"export", "--table", dir / "poor.csv", "--map", map_new, "--indicator",
                                                "poor_households", "--period", "2021-Q2", "--out", dir / "poor.svg"});
  ASSERT_EQ(svg.exit_code, 0) << svg.err;
  EXPECT_NE(test::slurp(dir / "poor.svg").find("Tỷ lệ hộ nghèo"), std::string::npos);
  // The same through a mapping file.
  std::ofstream(dir / "map.csv") << "column,indicator,unit,polarity,name\n"
                                    "\"Tỷ lệ hộ nghèo quý II/2021 (%)\",poor_households,%,lower_is_better,Tỷ lệ hộ nghèo\n"
                                    "NSNN,budget_revenue_growth,,,\n";
  const auto file = run_process(HGM_CLI_BINARY, {"check-data", dir / "poor.csv", "--mapping", dir / "map.csv",
                                                 "--period", "2021-Q2", "--json"});
  EXPECT_EQ(file.exit_code, 0) << file.out << file.err;
  EXPECT_EQ(nlohmann::json::parse(file.out)["added"].size(), 2u);
  // A bad --map is a usage error (exit 2) naming what is expected.
  const auto bad = run_process(HGM_CLI_BINARY, {"check-data", dir / "poor.csv", "--map", "NSNN"});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("--map cần \"CỘT=mã_chỉ_tiêu\""), std::string::npos) << bad.err;
}

// Reads a written template back through GDAL: its headers and its rows' cells as text.
test::Sheet read_sheet(const std::string& path) {
  CPLSetConfigOption("OGR_XLSX_HEADERS", "FORCE");
  CPLSetConfigOption("OGR_ODS_HEADERS", "FORCE");
  GDALAllRegister();
  test::Sheet sheet;
  GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
  EXPECT_NE(ds, nullptr) << path;
  if (!ds) return sheet;
  OGRLayer* layer = ds->GetLayer(0);
  sheet.name = layer->GetName();
  const OGRFeatureDefn* defn = layer->GetLayerDefn();
  for (int i = 0; i < defn->GetFieldCount(); ++i) sheet.columns.push_back({defn->GetFieldDefn(i)->GetNameRef(), OFTString});
  for (auto& f : *layer) {
    std::vector<std::string> cells;
    for (int i = 0; i < defn->GetFieldCount(); ++i) cells.push_back(f->IsFieldSetAndNotNull(i) ? f->GetFieldAsString(i) : "");
    sheet.rows.push_back(cells);
  }
  return sheet;
}

TEST_F(PlannerTables, TemplateRoundTrip) {
  for (const std::string ext : {"xlsx", "ods", "csv"}) {
    const std::string out = dir / ("quy2." + ext);
    const auto w = run_process(HGM_CLI_BINARY, {"template", "--period", "2021-Q2", "--out", out});
    ASSERT_EQ(w.exit_code, 0) << w.err;
    // Empty, it loads, matches every row and column, and adds nothing: exit 3, saying so.
    const auto empty = run_process(HGM_CLI_BINARY, {"check-data", out, "--json"});
    EXPECT_EQ(empty.exit_code, 3) << empty.out;
    const auto ej = nlohmann::json::parse(empty.out);
    EXPECT_EQ(ej["rows_read"], 12);
    EXPECT_EQ(ej["matched"], 12);
    EXPECT_TRUE(ej["issues"].empty()) << empty.out;
    EXPECT_EQ(ej["added_anything"], false);

    // Fill it: the attainment and the households columns, and the province row.
    const std::string filled = dir / ("quy2-filled." + ext);
    test::Sheet sheet = read_sheet(out);
    ASSERT_EQ(sheet.rows.size(), 12u) << ext;
    ASSERT_GT(sheet.columns.size(), 5u);
    EXPECT_EQ(sheet.columns[0].header, "Mã huyện");
    EXPECT_EQ(sheet.rows[0][0], "024");
    EXPECT_EQ(sheet.rows[11][1], "Toàn tỉnh");
    EXPECT_EQ(sheet.rows[11][2], "2021-Q2");
    std::size_t attainment = 0, households = 0;
    for (std::size_t c = 0; c < sheet.columns.size(); ++c) {
      if (sheet.columns[c].header == "Thu NSNN trên địa bàn (% kế hoạch tỉnh giao)") attainment = c;
      if (sheet.columns[c].header == "Hộ đổ đất cải tạo nương đá (hộ)") households = c;
    }
    ASSERT_GT(attainment, 0u);
    ASSERT_GT(households, 0u);
    const auto f = figures();
    for (std::size_t r = 0; r < 11; ++r) {
      sheet.rows[r][attainment] = std::to_string(f[r].second);
      sheet.rows[r][households] = std::to_string(100 + r);
    }
    sheet.rows[11][attainment] = "18.5";
    if (ext == "csv") {
      std::string text;
      const auto line = [&](const std::vector<std::string>& cells) {
        for (std::size_t c = 0; c < cells.size(); ++c) text += (c ? ",\"" : "\"") + cells[c] + "\"";
        text += "\n";
      };
      std::vector<std::string> headers;
      for (const SheetColumn& c : sheet.columns) headers.push_back(c.header);
      line(headers);
      for (auto& row : sheet.rows) {
        for (std::size_t c : {attainment}) {  // as a planner types it: a decimal comma
          const std::size_t dot = row[c].find('.');
          if (dot != std::string::npos) row[c] = row[c].substr(0, dot) + "," + row[c].substr(dot + 1, 1);
        }
        line(row);
      }
      std::ofstream(filled) << text;
    } else {
      for (std::size_t c = 3; c < sheet.columns.size(); ++c) sheet.columns[c].type = OFTReal;
      test::write_workbook(ext == "xlsx" ? "XLSX" : "ODS", filled, {sheet});
    }
    const auto check = run_process(HGM_CLI_BINARY, {"check-data", filled, "--json"});
    EXPECT_EQ(check.exit_code, 0) << ext << "\n" << check.out;
    const auto cj = nlohmann::json::parse(check.out);
    EXPECT_EQ(cj["values"], 22) << check.out;
    const auto j = inspect_json({"--table", filled, "--period", "2021-Q2"});
    expect_figures(j, ext);
    EXPECT_DOUBLE_EQ(j["province_reference"]["value"].get<double>(), 18.5) << ext;
    const auto h = inspect_json({"--table", filled, "--period", "2021-Q2", "--indicator", "stone_field_soil_households"});
    for (std::size_t r = 0; r < 11; ++r)
      EXPECT_DOUBLE_EQ(h["districts"][r]["value"].get<double>(), 100.0 + static_cast<double>(r)) << ext;
  }
  // No period, or another file type: a usage error.
  EXPECT_EQ(run_process(HGM_CLI_BINARY, {"template", "--out", dir / "x.xlsx"}).exit_code, 2);
  const auto png = run_process(HGM_CLI_BINARY, {"template", "--period", "2021-Q2", "--out", dir / "x.png", "--lang", "en"});
  EXPECT_EQ(png.exit_code, 2);
  EXPECT_NE(png.err.find("template needs --out FILE.xlsx (or .ods, .csv)"), std::string::npos) << png.err;
}

}  // namespace
}  // namespace hgm
