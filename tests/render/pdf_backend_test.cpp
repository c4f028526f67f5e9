// The PDF backend, checked with poppler-utils (Debian package poppler-utils) reading the
// real file: one page of the right size in points, text extractable as written (Vietnamese
// included), the renderer's font embedded as a subset, and the page rasterised by pdftoppm
// showing the fills, hatches, holes and no-data crosshatch where the frame puts them.
#include "render/pdf/pdf_writer.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <map>
#include <regex>
#include <string>

#include "core/thematic/color.h"
#include "render/errors.h"
#include "render/png/png_io.h"
#include "render/text/font.h"
#include "svg_test_frames.h"

namespace hgm::render {
namespace {

namespace fs = std::filesystem;
using test::tiny_frame;
using test::tiny_scene;

// stdout of a shell command; "" when it fails.
std::string run(const std::string& command) {
  std::string out;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) return out;
  std::array<char, 4096> buf{};
  std::size_t n;
  while ((n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0) out.append(buf.data(), n);
  return ::pclose(pipe) == 0 ? out : std::string();
}

bool have_poppler() { return !run("command -v pdfinfo && command -v pdftotext && command -v pdffonts && command -v pdftoppm").empty(); }

class PdfWriter : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!have_poppler()) GTEST_SKIP() << "poppler-utils (pdfinfo, pdftotext, pdffonts, pdftoppm) is not installed";
    dir_ = fs::temp_directory_path() / ("hgm_pdf_test_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string pdf_of(const hgm::Frame& frame, double points_per_pixel = 0.75) {
    const fs::path path = dir_ / "frame.pdf";
    write_pdf(path, frame, font_, {points_per_pixel});
    return path.string();
  }

  fs::path dir_;
  Font font_;
};

// "Page size:      150 x 75 pts" -> {150, 75}.
std::pair<double, double> page_size(const std::string& pdfinfo) {
  std::smatch m;
  static const std::regex size(R"(Page size:\s+([0-9.]+) x ([0-9.]+) pts)");
  if (!std::regex_search(pdfinfo, m, size)) return {0, 0};
  return {std::stod(m[1].str()), std::stod(m[2].str())};
}

TEST_F(PdfWriter, OnePageOfTheFramesSizeInPoints) {
  const hgm::Scene scene = tiny_scene();
  const std::string info = run("pdfinfo " + pdf_of(tiny_frame(scene)));
  EXPECT_TRUE(std::regex_search(info, std::regex("\nPages: +1\n"))) << info;
  const auto [w, h] = page_size(info);
  EXPECT_NEAR(w, 150, 0.01) << info;  // 200 x 100 px at 96 DPI
  EXPECT_NEAR(h, 75, 0.01) << info;
  // An A4 portrait frame at 300 DPI (2480 x 3508 px) is an A4 page.
  hgm::Frame a4 = tiny_frame(scene);
  a4.width = 2480;
  a4.height = 3508;
  const auto [a4w, a4h] = page_size(run("pdfinfo " + pdf_of(a4, points_per_pixel(300))));
  EXPECT_NEAR(a4w, 595, 1);
  EXPECT_NEAR(a4h, 842, 1);
}

TEST_F(PdfWriter, TextIsRealTextInTheEmbeddedSubsetFont) {
  hgm::Frame frame;
  frame.width = 400;
  frame.height = 80;
  frame.background = {255, 255, 255, 255};
  const std::string words = "Hoàng Su Phì · Xín Mần · Đồng Văn · Mèo Vạc";
  frame.texts.push_back({words, 5, 30, 14, {0, 0, 0, 255}, {255, 255, 255, 255}, 2});
  frame.texts.push_back({"Tỷ lệ hoàn thành (%)", 5, 60, 12, {0, 0, 0, 255}, {0, 0, 0, 0}, 0});
  const std::string pdf = pdf_of(frame);
  const std::string text = run("pdftotext -enc UTF-8 " + pdf + " -");
  EXPECT_NE(text.find(words), std::string::npos) << text;
  EXPECT_NE(text.find("Tỷ lệ hoàn thành (%)"), std::string::npos) << text;
  // name type encoding emb sub uni: "ABCDEF+NotoSans-Regular ... yes yes yes".
  const std::string fonts = run("pdffonts " + pdf);
  const std::string family = std::regex_replace(font_.family(), std::regex(" "), "");
  EXPECT_TRUE(std::regex_search(fonts, std::regex("[A-Z]{6}\\+" + family + "\\S*.*yes +yes +yes"))) << fonts;
  EXPECT_EQ(fonts.find(" no "), std::string::npos) << fonts;  // every font embedded, subset, mapped
}

int distance(hgm::Color a, hgm::Color b) {
  return std::max({std::abs(a.r - b.r), std::abs(a.g - b.g), std::abs(a.b - b.b)});
}

// Pixels of a box by colour, within `tolerance` of one of `colors`.
std::map<std::string, int> count_colors(const Image& img, int x0, int y0, int x1, int y1,
                                        const std::vector<hgm::Color>& colors, int tolerance = 12) {
  std::map<std::string, int> counts;
  for (int y = y0; y < y1; ++y)
    for (int x = x0; x < x1; ++x)
      for (const hgm::Color& c : colors)
        if (distance(img.pixel(x, y), c) <= tolerance) ++counts[hgm::to_hex(c)];
  return counts;
}

TEST_F(PdfWriter, RasterisedPageShowsFillsHatchesHolesAndNoData) {
  const hgm::Scene scene = tiny_scene();
  const std::string pdf = pdf_of(tiny_frame(scene));
  ASSERT_EQ(run("pdftoppm -r 96 -png -singlefile " + pdf + " " + (dir_ / "page").string() + " && echo ok"), "ok\n");
  const Image img = read_png(dir_ / "page.png");
  ASSERT_EQ(img.width, 200);
  ASSERT_EQ(img.height, 100);
  // District a spans x 50..100, y 25..75 (5 px per unit around the viewport's centre).
  const hgm::Color solid{0x4f, 0x9d, 0x69, 255}, hatch_fill{0xf0, 0xc0, 0x60, 255}, hatch{0x80, 0x40, 0x00, 255};
  const hgm::Color white{255, 255, 255, 255}, grey{0xdd, 0xdd, 0xdd, 255}, dark_grey{0x80, 0x80, 0x80, 255};
  EXPECT_EQ(count_colors(img, 55, 30, 95, 70, {solid})["#4f9d69"], 40 * 40);
  // District b: hatched around a hole (x 115..135, y 40..60) where the page shows through.
  auto b = count_colors(img, 103, 28, 113, 72, {hatch_fill, hatch});
  EXPECT_GT(b["#f0c060"], 100);
  EXPECT_GT(b["#804000"], 40);
  EXPECT_EQ(count_colors(img, 118, 43, 132, 57, {white})["#ffffff"], 14 * 14);
  // The no-data rectangle (150..170 x 70..80): its fill and both hatch directions.
  auto no_data = count_colors(img, 152, 72, 168, 78, {grey, dark_grey});
  EXPECT_GT(no_data["#dddddd"], 20);
  EXPECT_GT(no_data["#808080"], 10);
  // The north arrow polygon (black triangle 170..190 x 10..30) and the text are drawn.
  EXPECT_LE(distance(img.pixel(180, 25), {0, 0, 0, 255}), 12);
}

TEST_F(PdfWriter, UnwritableTargetThrowsAndLeavesNothing) {
  const hgm::Scene scene = tiny_scene();
  EXPECT_THROW(write_pdf(dir_ / "missing" / "map.pdf", tiny_frame(scene), font_), ImageIoError);
  EXPECT_FALSE(fs::exists(dir_ / "missing"));
  EXPECT_TRUE(fs::is_empty(dir_));
}

}  // namespace
}  // namespace hgm::render
