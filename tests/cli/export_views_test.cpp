// `export --view overview|profile` through the real CLI: the SVG's cells (text and the
// colour of the rectangle under it) for figures worked out by hand from the Q1/2021
// report, the PNG's pixels at those cells through real OpenGL, the PDF's words.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "core/thematic/color.h"
#include "render/png/png_io.h"
#include "run_process.h"
#include "temp_dir.h"

namespace hgm {
namespace {

namespace fs = std::filesystem;
using test::run_process;

struct SvgRect {
  double x, y, w, h;
  std::string fill;
};
struct SvgText {
  double x, y;
  std::string text, fill;
};
struct Svg {
  std::string source;
  std::vector<SvgRect> rects;
  std::vector<SvgText> texts;
};

std::string unescaped(std::string text) {
  for (const auto& [entity, ch] : {std::pair{"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}})
    for (std::size_t at = text.find(entity); at != std::string::npos; at = text.find(entity, at + 1))
      text.replace(at, std::string(entity).size(), ch);
  return text;
}

// The rectangles and texts the SVG writer writes (one element a line, attributes in its order).
Svg read_svg(const fs::path& path) {
  Svg svg;
  svg.source = test::slurp(path);
  static const std::regex rect(R"re(<rect x="([-\d.]+)" y="([-\d.]+)" width="([\d.]+)" height="([\d.]+)" fill="([^"]+)")re");
  // Halos are written as a stroked copy first; only the text itself is read.
  static const std::regex text(R"re(<text x="([-\d.]+)" y="([-\d.]+)" font-size="[\d.]+" fill="([^"]+)">([^<]*)</text>)re");
  for (auto it = std::sregex_iterator(svg.source.begin(), svg.source.end(), rect); it != std::sregex_iterator(); ++it)
    svg.rects.push_back({std::stod((*it)[1]), std::stod((*it)[2]), std::stod((*it)[3]), std::stod((*it)[4]), (*it)[5]});
  for (auto it = std::sregex_iterator(svg.source.begin(), svg.source.end(), text); it != std::sregex_iterator(); ++it)
    svg.texts.push_back({std::stod((*it)[1]), std::stod((*it)[2]), unescaped((*it)[4]), (*it)[3]});
  return svg;
}

std::vector<const SvgText*> texts_saying(const Svg& svg, const std::string& words) {
  std::vector<const SvgText*> out;
  for (const SvgText& t : svg.texts)
    if (t.text == words) out.push_back(&t);
  return out;
}

// The smallest rectangle under a text's start (the cell it is drawn in).
const SvgRect* cell_under(const Svg& svg, const SvgText& t) {
  const SvgRect* best = nullptr;
  for (const SvgRect& r : svg.rects)
    if (t.x >= r.x && t.x <= r.x + r.w && t.y - 3 >= r.y && t.y - 3 <= r.y + r.h && (!best || r.w * r.h < best->w * best->h))
      best = &r;
  return best;
}

// The background colour of the pattern a fill="url(#pattern-N)" names.
std::string pattern_background(const Svg& svg, const std::string& fill) {
  const std::smatch m = [&] {
    std::smatch found;
    std::regex_search(fill, found, std::regex(R"(url\(#([\w-]+)\))"));
    return found;
  }();
  if (m.empty()) return "";
  std::smatch bg;
  const std::regex background("<pattern id=\"" + m[1].str() + "\"[^\\n]*\\n\\s*<rect [^>]*fill=\"(#[0-9a-f]{6})\"");
  return std::regex_search(svg.source, bg, background) ? bg[1].str() : "";
}

class ExportViews : public ::testing::Test {
 protected:
  fs::path write(std::vector<std::string> args, const std::string& name) {
    const fs::path out = dir_ / name;
    args.insert(args.begin(), "export");
    args.insert(args.end(), {"--out", out.string()});
    const auto r = run_process(HGM_CLI_BINARY, args);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return out;
  }
  const test::TempDir scratch_{"hgm_export_views_"};
  const fs::path dir_ = scratch_.path;
};

constexpr const char* kBetter = "#2166ac";
constexpr const char* kWorse = "#e66101";
constexpr const char* kNotBetterTint = "#fde0b6";

// Budget revenue attainment, Q1/2021 (report I.5.a): the province 15,8%, higher is better.
// Xín Mần 47,4% is better, Mèo Vạc 8,6% worse, and the five huyện said to be "not above
// the province average" are "≤ 15,8%": not better, never worse.
TEST_F(ExportViews, OverviewCellsSayTheFigureAndItsComparisonInVietnamese) {
  const Svg svg = read_svg(write({"--view", "overview"}, "overview.svg"));
  ASSERT_EQ(texts_saying(svg, "Các huyện so với toàn tỉnh").size(), 1u);
  ASSERT_EQ(texts_saying(svg, "Quý I/2021 · 37 chỉ tiêu có số liệu").size(), 1u);

  const auto xin_man = texts_saying(svg, "47,4%");
  ASSERT_EQ(xin_man.size(), 1u);
  const SvgRect* cell = cell_under(svg, *xin_man[0]);
  ASSERT_NE(cell, nullptr);
  EXPECT_EQ(cell->fill, kBetter);
  EXPECT_EQ(xin_man[0]->fill, "#ffffff");  // white on the dark blue

  const auto meo_vac = texts_saying(svg, "8,6%");
  ASSERT_EQ(meo_vac.size(), 1u);
  EXPECT_EQ(cell_under(svg, *meo_vac[0])->fill, kWorse);

  const auto bounded = texts_saying(svg, "≤ 15,8%");
  ASSERT_EQ(bounded.size(), 5u);
  for (const SvgText* t : bounded) {
    const SvgRect* under = cell_under(svg, *t);
    ASSERT_NE(under, nullptr);
    EXPECT_EQ(pattern_background(svg, under->fill), kNotBetterTint) << under->fill;
    EXPECT_NEAR(t->y, xin_man[0]->y, 0.01);  // the same row
  }
  // The province column holds the figure the row is compared with.
  EXPECT_EQ(texts_saying(svg, "15,8%").size(), 1u);
  EXPECT_EQ(texts_saying(svg, "Toàn tỉnh").size(), 1u);

  // Xín Mần's figure sits in Xín Mần's column: its head is centred over the cell.
  const auto head = texts_saying(svg, "Xín Mần");
  ASSERT_EQ(head.size(), 1u);
  EXPECT_LT(head[0]->x, cell->x + cell->w);
  EXPECT_GT(head[0]->x, cell->x - 1);

  // Investment disbursement: "trên 30% đến dưới 40%" as the cell's few characters; the
  // estimate shared by Bắc Quang and Quang Bình with ≈ and *.
  EXPECT_EQ(texts_saying(svg, ">30–<40%").size(), 3u);
  EXPECT_EQ(texts_saying(svg, "≈ 4.076*").size(), 2u);
  for (const char* words : {"tốt hơn toàn tỉnh", "không tốt hơn toàn tỉnh", "kém hơn toàn tỉnh", "không có số liệu",
                            "không có số toàn tỉnh", "chưa rõ so với toàn tỉnh"})
    EXPECT_EQ(texts_saying(svg, words).size(), 1u) << words;
  EXPECT_NE(svg.source.find("Nguồn số liệu: "), std::string::npos);
  EXPECT_NE(svg.source.find("Administrative boundaries: ©"), std::string::npos);
}

TEST_F(ExportViews, OverviewInEnglishWritesEnglishNumbersAndWords) {
  const Svg svg = read_svg(write({"--view", "overview", "--lang", "en"}, "overview-en.svg"));
  EXPECT_EQ(texts_saying(svg, "Districts compared with the province").size(), 1u);
  const auto xin_man = texts_saying(svg, "47.4%");
  ASSERT_EQ(xin_man.size(), 1u);
  EXPECT_EQ(cell_under(svg, *xin_man[0])->fill, kBetter);
  EXPECT_EQ(texts_saying(svg, "≤ 15.8%").size(), 5u);
  EXPECT_EQ(texts_saying(svg, "better than the province").size(), 1u);
  EXPECT_EQ(texts_saying(svg, "not better than the province").size(), 1u);
  EXPECT_EQ(svg.source.find("Các huyện"), std::string::npos);  // only the chosen language
  EXPECT_EQ(svg.source.find("47,4"), std::string::npos);
}

// The PNG drawn through OpenGL has the SVG's colours at the same cells.
TEST_F(ExportViews, OverviewPngHasTheComparisonColoursAtTheCells) {
  for (const char* size : {"1920x1080", "3840x2160"}) {
    const Svg svg = read_svg(write({"--view", "overview", "--size", size}, std::string("ov-") + size + ".svg"));
    const render::Image png = render::read_png(write({"--view", "overview", "--size", size}, std::string("ov-") + size + ".png"));
    auto colour_at_cell_of = [&](const std::string& words) {
      const auto found = texts_saying(svg, words);
      EXPECT_FALSE(found.empty()) << words;
      const SvgRect* cell = found.empty() ? nullptr : cell_under(svg, *found[0]);
      if (!cell) return std::string();
      // Left of the centred figure, half way down: only the cell's fill there.
      return to_hex(png.pixel(static_cast<int>(cell->x + 3), static_cast<int>(cell->y + cell->h / 2)));
    };
    EXPECT_EQ(colour_at_cell_of("47,4%"), kBetter) << size;
    EXPECT_EQ(colour_at_cell_of("8,6%"), kWorse) << size;
    EXPECT_EQ(colour_at_cell_of("11,5%"), kWorse) << size;  // Quản Bạ
  }
}

TEST_F(ExportViews, OverviewPdfKeepsTheWordsAsText) {
  if (test::shell_output("command -v pdftotext").empty()) GTEST_SKIP() << "poppler-utils is not installed";
  const fs::path pdf = write({"--view", "overview", "--paper", "A4"}, "overview.pdf");
  const std::string text = test::shell_output("pdftotext -enc UTF-8 " + test::shell_quote(pdf.string()) + " -");
  for (const char* words : {"Các huyện so với toàn tỉnh", "Quý I/2021", "47,4%", "≤ 15,8%", "không tốt hơn toàn tỉnh",
                            "Thu NSNN trên địa bàn"})
    EXPECT_NE(text.find(words), std::string::npos) << words << "\n" << text;
}

TEST_F(ExportViews, ProfilePdfKeepsTheWordsAsText) {
  if (test::shell_output("command -v pdftotext").empty()) GTEST_SKIP() << "poppler-utils is not installed";
  const fs::path pdf = write({"--view", "profile", "--district", "Mèo Vạc", "--lang", "en"}, "profile.pdf");
  const std::string text = test::shell_output("pdftotext -enc UTF-8 " + test::shell_quote(pdf.string()) + " -");
  for (const char* words : {"District profile: Mèo Vạc", "8.6%", "15.8%", "worse than the province", "Districts: lowest"})
    EXPECT_NE(text.find(words), std::string::npos) << words << "\n" << text;
}

// A spec written with --district names the districts by code, and exports the same view.
TEST_F(ExportViews, SpecKeepsTheNamedDistricts) {
  const fs::path spec = dir_ / "profile.json";
  const auto r = run_process(HGM_CLI_BINARY, {"spec", "--view", "profile", "--district", "xin man", "--out", spec.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(test::slurp(spec).find("\"033\""), std::string::npos) << test::slurp(spec);
  const Svg svg = read_svg(write({"--spec", spec.string()}, "from-spec.svg"));
  EXPECT_EQ(texts_saying(svg, "Hồ sơ huyện: Xín Mần").size(), 1u);
}

// Two districts named as a planner writes them (no diacritics, any case, a code).
TEST_F(ExportViews, ProfileOfTwoDistrictsSideBySide) {
  const Svg svg = read_svg(write({"--view", "profile", "--district", "xin man", "--district", "027"}, "profile.svg"));
  EXPECT_EQ(texts_saying(svg, "Hồ sơ huyện: Xín Mần, Mèo Vạc").size(), 1u);
  const auto xin_man = texts_saying(svg, "47,4%");
  const auto meo_vac = texts_saying(svg, "8,6%");
  ASSERT_GE(xin_man.size(), 1u);
  ASSERT_GE(meo_vac.size(), 1u);
  // The figures' cells (the spine's axis labels say the same numbers, outside any cell).
  auto cell_fill = [&](const std::vector<const SvgText*>& found) {
    for (const SvgText* t : found)
      if (const SvgRect* r = cell_under(svg, *t)) return r->fill;
    return std::string();
  };
  EXPECT_EQ(cell_fill(xin_man), kBetter);
  EXPECT_EQ(cell_fill(meo_vac), kWorse);
  EXPECT_EQ(texts_saying(svg, "15,8%").size(), 1u);  // the province column
  EXPECT_EQ(texts_saying(svg, "Các huyện: thấp nhất – cao nhất").size(), 1u);
  // Each district's marks in its own colour, with the key under its name.
  EXPECT_NE(svg.source.find("#7570b3"), std::string::npos);
  EXPECT_NE(svg.source.find("#1b9e77"), std::string::npos);
  // Mèo Vạc's digital signature use is "dưới 51%": a bar, not a dot at a made-up value.
  EXPECT_GE(texts_saying(svg, "< 51%").size(), 1u);
}

TEST_F(ExportViews, ProfileInEnglish) {
  const Svg svg = read_svg(write({"--view", "profile", "--district", "Xín Mần", "--lang", "en"}, "profile-en.svg"));
  EXPECT_EQ(texts_saying(svg, "District profile: Xín Mần").size(), 1u);
  EXPECT_GE(texts_saying(svg, "47.4%").size(), 1u);
  EXPECT_EQ(texts_saying(svg, "Districts: lowest – highest").size(), 1u);
  EXPECT_EQ(svg.source.find("Hồ sơ"), std::string::npos);
}

TEST_F(ExportViews, ProfilePngShowsTheDistrictsDotOnTheSpine) {
  const fs::path svg_path = write({"--view", "profile", "--district", "Xín Mần"}, "profile.svg");
  const render::Image png = render::read_png(write({"--view", "profile", "--district", "Xín Mần"}, "profile.png"));
  // Xín Mần's 47,4% is the highest budget figure: its dot is at the right end of the band,
  // on the row of the first indicator, left of the axis label "47,4%".
  const Svg svg = read_svg(svg_path);
  const auto labels = texts_saying(svg, "47,4%");
  ASSERT_EQ(labels.size(), 2u);  // the cell and the axis end
  const SvgText* axis = labels[0]->x > labels[1]->x ? labels[0] : labels[1];
  int purple = 0;
  for (int x = static_cast<int>(axis->x) - 80; x < static_cast<int>(axis->x); ++x)
    for (int y = static_cast<int>(axis->y) - 14; y < static_cast<int>(axis->y) + 4; ++y)
      purple += to_hex(png.pixel(x, y)) == "#7570b3";
  EXPECT_GT(purple, 20);
}

TEST_F(ExportViews, ProfileWithoutADistrictSaysHowToNameOne) {
  for (const char* lang : {"vi", "en"}) {
    const auto r = run_process(HGM_CLI_BINARY, {"export", "--view", "profile", "--lang", lang, "--out",
                                                (dir_ / "p.svg").string()});
    EXPECT_EQ(r.exit_code, 2) << r.err;
    EXPECT_NE(r.err.find("--district"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find(std::string(lang) == "vi" ? "cần từ 1 đến 4 huyện" : "needs 1 to 4 districts"), std::string::npos)
        << r.err;
    EXPECT_FALSE(fs::exists(dir_ / "p.svg"));
  }
  const auto unknown = run_process(HGM_CLI_BINARY, {"export", "--view", "profile", "--district", "Xin Manh Tu",
                                                    "--out", (dir_ / "p.svg").string()});
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("Xin Manh Tu"), std::string::npos) << unknown.err;
  const auto five = run_process(HGM_CLI_BINARY, {"export", "--view", "profile", "--district", "024", "--district", "026",
                                                 "--district", "027", "--district", "028", "--district", "029", "--out",
                                                 (dir_ / "p.svg").string()});
  EXPECT_EQ(five.exit_code, 2);
  EXPECT_NE(five.err.find("tối đa 4 huyện"), std::string::npos) << five.err;
}

TEST(ExportViewsHelp, HelpNamesTheDrawnViewsInBothLanguages) {
  const auto vi = run_process(HGM_CLI_BINARY, {"--help"});
  EXPECT_NE(vi.out.find("overview (bảng huyện × chỉ tiêu"), std::string::npos) << vi.out;
  EXPECT_NE(vi.out.find("--district TÊN|MÃ"), std::string::npos) << vi.out;
  const auto en = run_process(HGM_CLI_BINARY, {"--help", "--lang", "en"});
  EXPECT_NE(en.out.find("overview (districts × indicators"), std::string::npos) << en.out;
  EXPECT_NE(en.out.find("--district NAME|CODE"), std::string::npos) << en.out;
}

}  // namespace
}  // namespace hgm
