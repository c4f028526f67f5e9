// `hagiang-map export --view rank`: the ranking chart written as SVG, PNG and PDF by the
// real binary, checked by content (SVG text in rank order, hatched bands for bounds, PDF
// text through pdftotext, PNG size and ink).
#include <gtest/gtest.h>

#include "render/png/png_io.h"
#include "run_process.h"
#include "temp_dir.h"

namespace hgm {
namespace {

using test::run_process;
using test::slurp;

// Each test's files, under the temp dir.
struct TempDir : test::TempDir {
  TempDir() : test::TempDir("hgm-rank-view-") {}
};

std::size_t count(const std::string& text, const std::string& word) {
  std::size_t n = 0;
  for (auto at = text.find(word); at != std::string::npos; at = text.find(word, at + word.size())) ++n;
  return n;
}

// Each name appears after the one before it.
void expect_in_order(const std::string& text, const std::vector<std::string>& names) {
  std::size_t at = 0;
  for (const std::string& name : names) {
    const auto found = text.find(name, at);
    ASSERT_NE(found, std::string::npos) << name << " after position " << at;
    at = found + name.size();
  }
}

const std::vector<std::string> kRankOrder{"Xín Mần", "Đồng Văn", "Vị Xuyên", "Quản Bạ", "Mèo Vạc"};

TEST(ExportRankView, SvgListsTheDistrictsInRankOrderWithRankRangesAndBands) {
  const TempDir dir;
  const auto r = run_process(HGM_CLI_BINARY, {"export", "--view", "rank", "--indicator", "budget_revenue_attainment",
                                              "--pin", "033", "--out", dir / "r.svg"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string svg = slurp(dir / "r.svg");
  expect_in_order(svg, kRankOrder);
  EXPECT_EQ(count(svg, ">4–10<"), 5u);
  EXPECT_EQ(count(svg, ">4–9<"), 1u);
  EXPECT_EQ(count(svg, ">5–10<"), 1u);
  EXPECT_EQ(count(svg, "không trên 15,8% (suy ra)"), 5u);
  EXPECT_NE(svg.find("Toàn tỉnh: 15,8%"), std::string::npos);
  EXPECT_NE(svg.find("Không có số liệu: TP. Hà Giang"), std::string::npos);
  EXPECT_NE(svg.find("Huyện đã ghim"), std::string::npos);
  EXPECT_NE(svg.find("geoBoundaries"), std::string::npos);
  EXPECT_EQ(svg.find("id=\"district-"), std::string::npos) << "no map in a chart";
  // The five bounds are filled with a hatch pattern, never a plain colour bar.
  EXPECT_GE(count(svg, "fill=\"url(#pattern-"), 5u);
}

TEST(ExportRankView, PngAtProjectorSizeAndPdfTextInEnglish) {
  const TempDir dir;
  auto r = run_process(HGM_CLI_BINARY, {"export", "--view", "rank", "--indicator", "budget_revenue_attainment",
                                        "--size", "1280x720", "--out", dir / "r.png"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const render::Image img = render::read_png(dir / "r.png");
  ASSERT_EQ(img.width, 1280);
  ASSERT_EQ(img.height, 720);
  int dark = 0;
  for (int y = 0; y < img.height; y += 2)
    for (int x = 0; x < img.width; x += 2) dark += img.pixel(x, y).r < 100;
  EXPECT_GT(dark, 500) << "text, caps and the province line are drawn";

  if (run_process("/bin/sh", {"-c", "command -v pdftotext"}).exit_code != 0) GTEST_SKIP() << "no pdftotext";
  r = run_process(HGM_CLI_BINARY, {"export", "--view", "rank", "--indicator", "budget_revenue_attainment", "--lang",
                                   "en", "--out", dir / "r.pdf"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto text = run_process("/bin/sh", {"-c", "pdftotext " + test::shell_quote(dir / "r.pdf") + " -"});
  ASSERT_EQ(text.exit_code, 0);
  expect_in_order(text.out, kRankOrder);
  EXPECT_NE(text.out.find("Province: 15.8%"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("4–10"), std::string::npos);
  EXPECT_NE(text.out.find("at most 15.8% (inferred)"), std::string::npos);
}

}  // namespace
}  // namespace hgm
