// `hagiang-map export --out map.pdf`, checked with poppler-utils on the real file: one A4
// page for an A4 spec, the map's words extractable as text, the font embedded as a subset,
// and the page rasterised at the export's DPI matching the PNG export of the same spec at
// every district's interior point.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <regex>
#include <string>

#include "core/thematic/color.h"
#include "label_boxes.h"
#include "render/png/png_io.h"
#include "run_process.h"

namespace hgm {
namespace {

namespace fs = std::filesystem;
using test::run_process;

class ExportPdf : public ::testing::Test {
 protected:
  void SetUp() override {
    if (test::shell_output("command -v pdfinfo && command -v pdftotext && command -v pdffonts && command -v pdftoppm").empty())
      GTEST_SKIP() << "poppler-utils is not installed";
    dir_ = fs::temp_directory_path() / ("hgm_export_pdf_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

// The mean colour of the disc around (cx, cy), leaving out pixels under labels.
std::array<double, 3> mean_color(const render::Image& img, double cx, double cy, double r,
                                 const test::LabelBoxes& labels) {
  std::array<double, 3> sum{};
  int n = 0;
  for (int y = static_cast<int>(cy - r); y <= static_cast<int>(cy + r); ++y)
    for (int x = static_cast<int>(cx - r); x <= static_cast<int>(cx + r); ++x) {
      if (x < 0 || y < 0 || x >= img.width || y >= img.height) continue;
      if ((x - cx) * (x - cx) + (y - cy) * (y - cy) > r * r) continue;
      if (labels.cover(x, y)) continue;
      const Color c = img.pixel(x, y);
      sum[0] += c.r;
      sum[1] += c.g;
      sum[2] += c.b;
      ++n;
    }
  for (double& s : sum) s /= std::max(n, 1);
  return sum;
}

TEST_F(ExportPdf, A4PortraitIsOneA4PageOfTextAndMatchesThePng) {
  const std::vector<std::string> spec = {"--paper", "A4", "--orientation", "portrait", "--dpi", "100"};
  const fs::path pdf = dir_ / "bản đồ.pdf", png = dir_ / "map.png";
  auto args = [&](std::vector<std::string> a) {
    a.insert(a.end(), spec.begin(), spec.end());
    return a;
  };
  const auto ex = run_process(HGM_CLI_BINARY, args({"export", "--out", pdf.string()}));
  ASSERT_EQ(ex.exit_code, 0) << ex.err;
  EXPECT_NE(ex.err.find("PDF"), std::string::npos) << ex.err;
  ASSERT_EQ(run_process(HGM_CLI_BINARY, args({"export", "--out", png.string()})).exit_code, 0);
  // The PNG states its DPI, so a word processor inserts it as an A4 page.
  ASSERT_TRUE(render::read_png_dpi(png).has_value());
  EXPECT_NEAR(*render::read_png_dpi(png), 100, 0.01);
  const std::string quoted = test::shell_quote(pdf.string());

  const std::string info = test::shell_output("pdfinfo " + quoted);
  EXPECT_TRUE(std::regex_search(info, std::regex("\nPages: +1\n"))) << info;
  std::smatch m;
  ASSERT_TRUE(std::regex_search(info, m, std::regex(R"(Page size:\s+([0-9.]+) x ([0-9.]+) pts)"))) << info;
  EXPECT_NEAR(std::stod(m[1].str()), 595, 1);
  EXPECT_NEAR(std::stod(m[2].str()), 842, 1);

  const std::string text = test::shell_output("pdftotext -enc UTF-8 " + quoted + " -");
  for (const char* words : {"Thu NSNN trên địa bàn", "Quý I/2021", "8,6% – 11,5%", "Toàn tỉnh: 15,8%", "Xín Mần",
                            "Đồng Văn", "Vị trí tỉnh Hà Giang"})
    EXPECT_NE(text.find(words), std::string::npos) << words << "\n" << text;

  const std::string fonts = test::shell_output("pdffonts " + quoted);
  EXPECT_TRUE(std::regex_search(fonts, std::regex(R"([A-Z]{6}\+NotoSans\S*.*yes +yes +yes)"))) << fonts;
  EXPECT_EQ(fonts.find(" no "), std::string::npos) << fonts;

  // The page at the export's DPI is the PNG's size, and each district looks the same.
  ASSERT_FALSE(test::shell_output("pdftoppm -r 100 -png -singlefile " + quoted + " " + test::shell_quote((dir_ / "page").string()) +
                  " && echo ok")
                   .empty());
  const render::Image page = render::read_png(dir_ / "page.png"), image = render::read_png(png);
  ASSERT_EQ(page.width, image.width);
  ASSERT_EQ(page.height, image.height);
  const auto in = run_process(HGM_CLI_BINARY, args({"inspect", "--json"}));
  ASSERT_EQ(in.exit_code, 0) << in.err;
  const auto j = nlohmann::json::parse(in.out);
  ASSERT_EQ(j["districts"].size(), 11u);
  const test::LabelBoxes labels(j["label_boxes_px"], 2);
  for (const auto& d : j["districts"]) {
    const auto& p = d["interior_point"];
    const double x = p["pixel_x"].get<double>(), y = p["pixel_y"].get<double>(), r = 0.9 * p["radius_px"].get<double>();
    const auto from_pdf = mean_color(page, x, y, r, labels);
    const auto from_png = mean_color(image, x, y, r, labels);
    // Hatched areas differ a little more (the no-data crosshatch by 6.3 of 255 at 100 DPI):
    // poppler and the OpenGL shader anti-alias lines about a pixel wide differently.
    const double tolerance = d["pattern"] == "solid" ? 3 : 10;
    for (int c = 0; c < 3; ++c) EXPECT_NEAR(from_pdf[c], from_png[c], tolerance) << d["code"] << " channel " << c;
    if (d["pattern"] == "solid") {
      const Color fill = *parse_hex(d["fill"].get<std::string>());
      EXPECT_NEAR(from_pdf[0], fill.r, 3) << d["code"];
      EXPECT_NEAR(from_pdf[1], fill.g, 3) << d["code"];
      EXPECT_NEAR(from_pdf[2], fill.b, 3) << d["code"];
    }
  }
}

TEST_F(ExportPdf, PixelSizesAreNinetySixDpiPagesInEitherLanguage) {
  const fs::path pdf = dir_ / "map.PDF";
  const auto ex = run_process(HGM_CLI_BINARY, {"export", "--lang", "en", "--size", "1280x720", "--out", pdf.string()});
  ASSERT_EQ(ex.exit_code, 0) << ex.err;
  const std::string info = test::shell_output("pdfinfo " + pdf.string());
  EXPECT_TRUE(std::regex_search(info, std::regex("\nPage size: +960 x 540 pts"))) << info;
  const std::string text = test::shell_output("pdftotext -enc UTF-8 " + pdf.string() + " -");
  for (const char* words : {"State budget revenue", "Q1 2021", "Province: 15.8%", "Xín Mần", "Hà Giang City"})
    EXPECT_NE(text.find(words), std::string::npos) << words << "\n" << text;
}

}  // namespace
}  // namespace hgm
