// `hagiang-map change` and `export --view change` through the real binary, with a second
// period from a planner's table the test writes: the JSON worked by hand against the
// report's Q1 figures, the change map as SVG (fills, legend words) and PNG (the same
// colours drawn), and the command lines refused with exit code 2.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>

#include "render/png/png_io.h"
#include "run_process.h"
#include "temp_dir.h"

namespace hgm {
namespace {

namespace fs = std::filesystem;
using test::run_process;
using test::slurp;
using test::TempDir;

// Q1 (the report): Xín Mần 47,4%; Đồng Văn 24,9%; Vị Xuyên 21,7%; Yên Minh, Hoàng Su Phì
// "không trên 15,8%"; Mèo Vạc 8,6%. Province 15,8%.
std::string write_second_period(const TempDir& dir) {
  const std::string table = dir / "q2.csv";
  std::ofstream(table) << "Huyện,Kỳ,budget_revenue_attainment\n"
                          "Xín Mần,2021-Q2,\"50,2%\"\n"
                          "Vị Xuyên,2021-Q2,\"19%\"\n"
                          "Yên Minh,2021-Q2,\"20,1%\"\n"
                          "Đồng Văn,2021-Q2,\"trên 30%\"\n"
                          "Hoàng Su Phì,2021-Q2,\"dưới 20%\"\n"
                          "Toàn tỉnh,2021-Q2,\"30%\"\n";
  return table;
}

nlohmann::json district(const nlohmann::json& j, const std::string& code) {
  for (const auto& d : j.at("districts"))
    if (d.at("code") == code) return d;
  ADD_FAILURE() << "no district " << code;
  return {};
}

TEST(ChangeCommand, JsonAsWorkedByHand) {
  const TempDir dir("hgm_change_json_");
  const std::string table = write_second_period(dir);
  const auto r = run_process(HGM_CLI_BINARY, {"change", "--indicator", "budget_revenue_attainment", "--period", "2021-Q1",
                                              "--compared-period", "2021-Q2", "--table", table, "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const nlohmann::json j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j.at("from_period"), "2021-Q1");
  EXPECT_EQ(j.at("to_period"), "2021-Q2");
  EXPECT_EQ(j.at("unit"), "điểm %");
  EXPECT_DOUBLE_EQ(j.at("province_change").get<double>(), 14.2);  // 30 − 15,8
  // 50,2 − 47,4
  const auto xin_man = district(j, "033");
  EXPECT_EQ(xin_man.at("kind"), "exact");
  EXPECT_DOUBLE_EQ(xin_man.at("min").get<double>(), 2.8);
  EXPECT_EQ(xin_man.at("shown"), "+2,8 điểm %");
  EXPECT_EQ(xin_man.at("from").at("stated"), "47,4%");
  // 19 − 21,7
  EXPECT_DOUBLE_EQ(district(j, "030").at("max").get<double>(), -2.7);
  // 20,1 − "≤ 15,8": at least +4,3, reached.
  const auto yen_minh = district(j, "028");
  EXPECT_EQ(yen_minh.at("kind"), "at_least");
  EXPECT_DOUBLE_EQ(yen_minh.at("min").get<double>(), 4.3);
  EXPECT_TRUE(yen_minh.at("min_included").get<bool>());
  EXPECT_TRUE(yen_minh.at("max").is_null());
  EXPECT_EQ(yen_minh.at("shown"), "≥ +4,3 điểm %");
  // "trên 30%" − 24,9: more than +5,1.
  const auto dong_van = district(j, "026");
  EXPECT_EQ(dong_van.at("kind"), "at_least");
  EXPECT_DOUBLE_EQ(dong_van.at("min").get<double>(), 5.1);
  EXPECT_FALSE(dong_van.at("min_included").get<bool>());
  // "dưới 20%" − "≤ 15,8%": nothing can be said.
  EXPECT_EQ(district(j, "032").at("kind"), "unbounded");
  // Mèo Vạc has no Q2 figure, the city none in either.
  EXPECT_EQ(district(j, "027").at("kind"), "no_data");
  EXPECT_TRUE(district(j, "027").at("to").is_null());
  EXPECT_EQ(district(j, "024").at("kind"), "no_data");

  // The text form, in English.
  const auto en = run_process(HGM_CLI_BINARY, {"change", "--indicator", "budget_revenue_attainment", "--compared-period",
                                               "2021-Q2", "--table", table, "--lang", "en"});
  ASSERT_EQ(en.exit_code, 0) << en.err;
  EXPECT_NE(en.out.find("≥ +4.3 percentage points"), std::string::npos) << en.out;
  EXPECT_NE(en.out.find("Q2 2021 − Q1 2021"), std::string::npos) << en.out;
  EXPECT_NE(en.out.find("\nProvince: +14.2 percentage points\n"), std::string::npos) << en.out;
  const auto vi = run_process(HGM_CLI_BINARY, {"change", "--indicator", "budget_revenue_attainment", "--compared-period",
                                               "2021-Q2", "--table", table});
  EXPECT_NE(vi.out.find("\nToàn tỉnh: +14,2 điểm %\n"), std::string::npos) << vi.out;
}

// The fill of district `code` in a single map's SVG ("" when patterned).
std::string svg_fill(const std::string& svg, const std::string& code) {
  const std::regex path("<path id=\"district-" + code + "\" fill=\"(#[0-9a-f]{6})\"");
  std::smatch m;
  return std::regex_search(svg, m, path) ? m[1].str() : "";
}

int hex(const std::string& colour, int at) { return std::stoi(colour.substr(static_cast<std::size_t>(at), 2), nullptr, 16); }

// Pixels of exactly this colour in the image.
int pixels_of(const render::Image& img, const std::string& colour) {
  const int r = hex(colour, 1), g = hex(colour, 3), b = hex(colour, 5);
  int n = 0;
  for (int y = 0; y < img.height; ++y)
    for (int x = 0; x < img.width; ++x) {
      const auto* p = &img.rgba[static_cast<std::size_t>((y * img.width + x) * 4)];
      n += p[0] == r && p[1] == g && p[2] == b;
    }
  return n;
}

TEST(ExportChange, SvgAndPngDrawTheChangeAroundZero) {
  const TempDir dir("hgm_change_map_");
  const std::string table = write_second_period(dir);
  for (const char* ext : {"svg", "png"}) {
    const auto r = run_process(HGM_CLI_BINARY, {"export", "--view", "change", "--indicator", "budget_revenue_attainment",
                                                "--period", "2021-Q1", "--compared-period", "2021-Q2", "--table", table,
                                                "--pin", "033", "--out", dir / (std::string("c.") + ext)});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  const std::string svg = slurp(dir / "c.svg");
  for (const char* words : {"Thay đổi từ Quý I/2021 đến Quý II/2021", "Quý II/2021 − Quý I/2021 (điểm %)",
                            "≥ +4,3", "Toàn tỉnh: +14,2 điểm %", "xanh là tăng", "Không xác định được",
                            "Không có số liệu", "q2.csv", "geoBoundaries"})
    EXPECT_NE(svg.find(words), std::string::npos) << words;
  // A rise is blue, a fall red (higher is better); a change known only as a bound is hatched.
  const std::string rise = svg_fill(svg, "033"), fall = svg_fill(svg, "030");
  ASSERT_FALSE(rise.empty());
  ASSERT_FALSE(fall.empty());
  EXPECT_GT(hex(rise, 5), hex(rise, 1) + 40) << rise;
  EXPECT_GT(hex(fall, 1), hex(fall, 5) + 40) << fall;
  // (svg_fill is "" for a district missing from the SVG too: the pattern itself is looked for.)
  EXPECT_NE(svg.find("<path id=\"district-028\" fill=\"url(#"), std::string::npos) << "≥ +4,3 is hatched";
  // The PNG draws the same colours over a district's area.
  const render::Image img = render::read_png(dir / "c.png");
  EXPECT_EQ(img.width, 1920);
  EXPECT_GT(pixels_of(img, rise), 2000) << rise;
  EXPECT_GT(pixels_of(img, fall), 2000) << fall;
}

TEST(ExportChange, RefusesWithoutASecondPeriodWithExitCode2) {
  const TempDir dir("hgm_change_bad_");
  const std::string out = dir / "c.png";
  const auto none = run_process(HGM_CLI_BINARY, {"export", "--view", "change", "--lang", "en", "--out", out});
  EXPECT_EQ(none.exit_code, 2) << none.err;
  EXPECT_NE(none.err.find("--compared-period"), std::string::npos) << none.err;
  const auto same = run_process(HGM_CLI_BINARY, {"export", "--view", "change", "--compared-period", "2021-Q1", "--lang",
                                                 "en", "--out", out});
  EXPECT_EQ(same.exit_code, 2) << same.err;
  EXPECT_FALSE(fs::exists(out));
  const auto command = run_process(HGM_CLI_BINARY, {"change", "--indicator", "budget_revenue_attainment"});
  EXPECT_EQ(command.exit_code, 2) << command.err;
  EXPECT_NE(command.err.find("--compared-period"), std::string::npos) << command.err;
}

// The drawn overview takes the same order: district columns by name, or the rows by the
// pinned district's comparison (said under the title).
TEST(ExportOverview, SortedAsTheCommandSorts) {
  const TempDir dir("hgm_overview_sorted_");
  const auto plain = run_process(HGM_CLI_BINARY, {"export", "--view", "overview", "--out", dir / "o.svg"});
  const auto named = run_process(HGM_CLI_BINARY, {"export", "--view", "overview", "--sort", "district", "--out", dir / "d.svg"});
  const auto pinned = run_process(HGM_CLI_BINARY, {"export", "--view", "overview", "--sort", "pinned", "--pin", "027",
                                                   "--out", dir / "p.svg"});
  ASSERT_EQ(plain.exit_code, 0) << plain.err;
  ASSERT_EQ(named.exit_code, 0) << named.err;
  ASSERT_EQ(pinned.exit_code, 0) << pinned.err;
  const std::string o = slurp(dir / "o.svg"), d = slurp(dir / "d.svg"), p = slurp(dir / "p.svg");
  // GSO order puts Đồng Văn (026) before Bắc Mê (031); by name Bắc Mê comes first.
  for (const std::string* svg : {&o, &d})
    for (const char* name : {">Đồng Văn<", ">Bắc Mê<"}) ASSERT_NE(svg->find(name), std::string::npos) << name;
  EXPECT_LT(o.find(">Đồng Văn<"), o.find(">Bắc Mê<"));
  EXPECT_LT(d.find(">Bắc Mê<"), d.find(">Đồng Văn<"));
  EXPECT_NE(p.find("xếp theo Mèo Vạc"), std::string::npos);
  EXPECT_EQ(o.find("xếp theo"), std::string::npos);
}

}  // namespace
}  // namespace hgm
