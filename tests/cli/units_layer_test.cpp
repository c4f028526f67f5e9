// Any polygon layer as the map's units (--units FILE --code-field F --name-field F): the 708
// districts of Viet Nam drawn, each in the colour inspect gives it, from a table joined by
// the layer's codes; names matched against the layer's names.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "core/thematic/color.h"
#include "render/png/png_io.h"
#include "run_process.h"
#include "temp_dir.h"

namespace hgm {
namespace {

namespace fs = std::filesystem;
using test::run_process;

const fs::path kAdm2 = fs::path(HGM_TEST_NATIONAL_DIR) / "vietnam_adm2.shp";

#define NEED_NATIONAL_LAYER()                                                                          \
  if (!fs::exists(kAdm2))                                                                              \
  GTEST_SKIP() << kAdm2 << " not obtained (national layer only; run scripts/obtain-boundaries.sh to test it)"

// The layer's codes (shapeID: every feature has one), in the order inspect lists the units.
std::vector<std::string> unit_codes(const nlohmann::json& inspect) {
  std::vector<std::string> codes;
  for (const auto& d : inspect["districts"]) codes.push_back(d["code"]);
  return codes;
}

const std::vector<std::string> kUnits = {"--units", kAdm2.string(), "--code-field", "shapeID", "--name-field", "shapeName"};

std::vector<std::string> with_units(std::vector<std::string> args) {
  args.insert(args.end(), kUnits.begin(), kUnits.end());
  return args;
}

TEST(UnitsLayer, EveryDistrictOfVietNamIsDrawnInInspectsColourFromATableJoinedByCode) {
  NEED_NATIONAL_LAYER();
  const test::TempDir dir("hgm_units_");
  // First the units as inspect sees them (no table): 708, each with an interior point.
  const auto plain = run_process(HGM_CLI_BINARY, with_units({"inspect", "--json"}));
  ASSERT_EQ(plain.exit_code, 0) << plain.err;
  const std::vector<std::string> codes = unit_codes(nlohmann::json::parse(plain.out));
  ASSERT_EQ(codes.size(), 708u);
  EXPECT_EQ(std::set<std::string>(codes.begin(), codes.end()).size(), 708u);

  // A planner's table for every unit, by the layer's codes, as a new indicator.
  const std::string table = dir / "units.csv";
  {
    std::ofstream csv(table);
    csv << "Mã huyện,Tỷ lệ thử (%)\n";
    for (std::size_t i = 0; i < codes.size(); ++i) csv << codes[i] << "," << (i * 37) % 100 << ".5\n";
  }
  const std::vector<std::string> common = with_units({"--table", table, "--map", "Tỷ lệ thử (%)=new:test_share:%:higher_is_better:Tỷ lệ thử",
                                                      "--indicator", "test_share", "--period", "2021-Q1", "--size", "3840x2160"});
  std::vector<std::string> in_args = {"inspect", "--json"};
  in_args.insert(in_args.end(), common.begin(), common.end());
  const auto in = run_process(HGM_CLI_BINARY, in_args);
  ASSERT_EQ(in.exit_code, 0) << in.err;
  const auto j = nlohmann::json::parse(in.out);
  ASSERT_EQ(j["districts"].size(), 708u);
  std::set<std::string> fills;
  for (const auto& d : j["districts"]) {
    ASSERT_FALSE(d["interior_point"].is_null()) << d["code"];
    ASSERT_TRUE(d["value"].is_number()) << d["code"] << " has no value from the table";
    fills.insert(d["fill"].get<std::string>());
  }
  EXPECT_GE(fills.size(), 4u) << "the classes of the table's values";
  // Labels do not overlap: those that do not fit were left out.
  const auto& boxes = j["label_boxes_px"];
  EXPECT_GT(boxes.size(), 20u);
  EXPECT_LT(boxes.size(), 708u);
  for (std::size_t a = 0; a < boxes.size(); ++a)
    for (std::size_t b = a + 1; b < boxes.size(); ++b) {
      const auto &p = boxes[a]["box"], &q = boxes[b]["box"];
      const bool apart = p[2].get<double>() <= q[0].get<double>() || q[2].get<double>() <= p[0].get<double>() ||
                         p[3].get<double>() <= q[1].get<double>() || q[3].get<double>() <= p[1].get<double>();
      EXPECT_TRUE(apart) << boxes[a]["text"] << " overlaps " << boxes[b]["text"];
    }

  std::vector<std::string> ex_args = {"export", "--out", dir / "vn.png"};
  ex_args.insert(ex_args.end(), common.begin(), common.end());
  const auto ex = run_process(HGM_CLI_BINARY, ex_args);
  ASSERT_EQ(ex.exit_code, 0) << ex.err;
  const render::Image img = render::read_png(dir / "vn.png");
  ASSERT_EQ(img.width, 3840);
  // Every unit whose interior point has room for a few pixels (clear of its outline), away
  // from any label: the pixel there and its four neighbours are the unit's fill.
  int checked = 0;
  for (const auto& d : j["districts"]) {
    const auto& p = d["interior_point"];
    const double x = p["pixel_x"], y = p["pixel_y"], r = p["radius_px"];
    if (r < 5) continue;
    bool under_label = false;
    for (const auto& label : boxes) {
      const auto& b = label["box"];
      under_label |= x + 3 >= b[0].get<double>() && x - 3 <= b[2].get<double>() && y + 3 >= b[1].get<double>() &&
                     y - 3 <= b[3].get<double>();
    }
    if (under_label) continue;
    const std::string fill = d["fill"];
    int same = 0;
    for (const auto& [dx, dy] : {std::pair{0, 0}, {1, 0}, {-1, 0}, {0, 1}, {0, -1}})
      same += to_hex(img.pixel(static_cast<int>(x) + dx, static_cast<int>(y) + dy)) == fill;
    EXPECT_GE(same, 4) << d["code"] << " " << d["name_vi"] << " expected " << fill;
    ++checked;
  }
  EXPECT_GT(checked, 150) << "a few hundred units are large enough at 4K to be checked";
}

TEST(UnitsLayer, TablesNameUnitsByTheLayersNamesAndASharedNameIsAmbiguous) {
  NEED_NATIONAL_LAYER();
  const test::TempDir dir("hgm_units_names_");
  const std::string table = dir / "names.csv";
  {
    std::ofstream csv(table);
    // Đồng Văn is one district; An Lão is one in Hải Phòng and one in Bình Định.
    csv << "Tên huyện,Thu NSNN quý I/2021 (%)\nĐồng Văn,20.5\nAn Lão,30\nMèo Vạc,25\n";
  }
  const auto r = run_process(HGM_CLI_BINARY, {"check-data", table, "--json", "--lang", "en", "--period", "2021-Q1", "--units", kAdm2.string(),
                                              "--code-field", "gso_code", "--name-field", "gso_name"});
  const auto j = nlohmann::json::parse(r.out);
  const auto& report = j.is_array() ? j[0] : j;
  EXPECT_EQ(report["matched"], 2) << r.out;
  EXPECT_EQ(report["ambiguous"], 1) << r.out;
  // The features without a GSO code are skipped in one line.
  EXPECT_NE(r.err.find("skipped 12 features with no code in the field 'gso_code'"), std::string::npos) << r.err;
}

TEST(UnitsLayer, TheNationalLayerAsBoundariesSaysItsSkipsInOneLine) {
  NEED_NATIONAL_LAYER();
  const auto r = run_process(HGM_CLI_BINARY, {"inspect", "--lang", "en", "--boundaries", kAdm2.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("skipped 697 features that match no district of Hà Giang"), std::string::npos) << r.err;
  std::size_t lines = 0;
  for (char c : r.err) lines += c == '\n';
  EXPECT_LE(lines, 2u) << r.err;
}

TEST(UnitsLayer, NeedsBothFields) {
  const auto r = run_process(HGM_CLI_BINARY, {"inspect", "--lang", "en", "--units", "x.shp", "--code-field", "code"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--units FILE goes with --code-field FIELD and --name-field FIELD"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace hgm
