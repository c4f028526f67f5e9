// An exported SVG looks the same on a machine without the map's font: rendered by a real
// browser (headless Chromium, Debian's) that can see no Noto font, the SVG with its fonts
// embedded, and the one with its text as paths, match the PNG export of the same map; the
// same SVG naming the font only does not (the test can tell). Paths are also drawn by
// librsvg, which ignores embedded fonts.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "render/png/png_io.h"
#include "run_process.h"
#include "temp_dir.h"

namespace hgm {
namespace {

namespace fs = std::filesystem;
using test::run_process;

constexpr int kW = 1280, kH = 720;

bool have(const char* program) {
  return std::system(("command -v " + std::string(program) + " > /dev/null 2>&1").c_str()) == 0;
}

// A fontconfig setup that sees only DejaVu: no Noto Sans on this "machine".
std::string no_noto_fontconfig(const test::TempDir& dir) {
  const std::string conf = dir / "fonts.conf";
  std::ofstream(conf) << "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig>\n"
                         "  <dir>/usr/share/fonts/truetype/dejavu</dir>\n  <cachedir>"
                      << (dir / "fc-cache") << "</cachedir>\n</fontconfig>\n";
  return conf;
}

render::Image chromium_render(const test::TempDir& dir, const std::string& svg, const std::string& fontconfig) {
  const std::string shot = svg + ".chromium.png";
  const std::string env = "FONTCONFIG_FILE=" + test::shell_quote(fontconfig) + " HOME=" + test::shell_quote(dir / "home") +
                          " DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent ";
  const auto r = run_process("chromium",
                             {"--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                              "--user-data-dir=" + (dir / "chromium"), "--window-size=" + std::to_string(kW) + "," + std::to_string(kH),
                              "--screenshot=" + shot, "file://" + svg},
                             env);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return fs::exists(shot) ? render::read_png(shot) : render::Image();
}

// The share of pixels of `a` that no pixel of `b` within one pixel comes near (each
// channel within 48): anti-aliasing and sub-pixel placement differ between renderers,
// misplaced or differently shaped glyphs do not pass.
double share_unmatched(const render::Image& a, const render::Image& b) {
  if (a.width != b.width || a.height != b.height) return 1;
  long unmatched = 0;
  for (int y = 0; y < a.height; ++y)
    for (int x = 0; x < a.width; ++x) {
      const Color p = a.pixel(x, y);
      bool near = false;
      for (int dy = -1; dy <= 1 && !near; ++dy)
        for (int dx = -1; dx <= 1 && !near; ++dx) {
          const int bx = std::clamp(x + dx, 0, b.width - 1), by = std::clamp(y + dy, 0, b.height - 1);
          const Color q = b.pixel(bx, by);
          near = std::abs(p.r - q.r) <= 48 && std::abs(p.g - q.g) <= 48 && std::abs(p.b - q.b) <= 48;
        }
      unmatched += !near;
    }
  return static_cast<double>(unmatched) / (static_cast<double>(a.width) * a.height);
}

std::string exported(const test::TempDir& dir, const std::string& name, const std::vector<std::string>& extra = {}) {
  std::vector<std::string> args{"export", "--size", std::to_string(kW) + "x" + std::to_string(kH), "--out", dir / name};
  args.insert(args.end(), extra.begin(), extra.end());
  const auto r = run_process(HGM_CLI_BINARY, args);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return dir / name;
}

TEST(SvgPortable, ABrowserWithoutTheFontDrawsTheSameMapAsThePng) {
  if (!have("chromium")) GTEST_SKIP() << "chromium (Debian package) is not installed";
  const test::TempDir dir("hgm_svg_portable_");
  const std::string fontconfig = no_noto_fontconfig(dir);
  const render::Image png = render::read_png(exported(dir, "map.png"));
  const std::string fonts = exported(dir, "fonts.svg");
  const std::string paths = exported(dir, "paths.svg", {"--svg-text", "paths"});

  // The same document naming "Noto Sans" only, as SVGs were written before.
  // Plain string edits: std::regex recursion over a 200 KB document overflows the stack
  // under AddressSanitizer.
  std::string named = test::slurp(fonts);
  const std::size_t style = named.find("<style>"), style_end = named.find("</style>\n");
  ASSERT_NE(style, std::string::npos);
  ASSERT_NE(style_end, std::string::npos);
  named.erase(style, style_end + std::string("</style>\n").size() - style);
  const std::string embedded_families = "font-family=\"hgm-text-0, Noto Sans, sans-serif\"";
  const std::size_t families = named.find(embedded_families);
  ASSERT_NE(families, std::string::npos);
  named.replace(families, embedded_families.size(), "font-family=\"Noto Sans\"");
  ASSERT_EQ(named.find("@font-face"), std::string::npos);
  ASSERT_EQ(named.find("hgm-text-"), std::string::npos) << "an embedded family is still named";
  const std::string named_path = dir / "named.svg";
  std::ofstream(named_path) << named;

  const double with_fonts = share_unmatched(chromium_render(dir, fonts, fontconfig), png);
  const double with_paths = share_unmatched(chromium_render(dir, paths, fontconfig), png);
  const double font_named = share_unmatched(chromium_render(dir, named_path, fontconfig), png);
  std::cout << "unmatched pixels: fonts embedded " << with_fonts << ", text as paths " << with_paths
            << ", font only named " << font_named << "\n";
  EXPECT_LT(with_fonts, 0.003);
  EXPECT_LT(with_paths, 0.003);
  EXPECT_GT(font_named, 3 * std::max(with_fonts, with_paths)) << "a substituted font should show";
}

TEST(SvgPortable, LibrsvgDrawsTextAsPathsWithNoFontAtAll) {
  if (!have("rsvg-convert")) GTEST_SKIP() << "rsvg-convert (Debian package librsvg2-bin) is not installed";
  const test::TempDir dir("hgm_svg_rsvg_");
  const std::string fontconfig = no_noto_fontconfig(dir);
  const render::Image png = render::read_png(exported(dir, "map.png"));
  const std::string paths = exported(dir, "paths.svg", {"--svg-text", "paths"});
  const std::string svg_text = test::slurp(paths);
  EXPECT_EQ(svg_text.find("<text"), std::string::npos);
  EXPECT_NE(svg_text.find("aria-label=\"Thu NSNN trên địa bàn (% kế hoạch tỉnh giao)\""), std::string::npos);
  const std::string shot = dir / "paths.rsvg.png";
  const auto r = run_process("rsvg-convert", {"-w", std::to_string(kW), "-h", std::to_string(kH), paths, "-o", shot},
                             "FONTCONFIG_FILE=" + test::shell_quote(fontconfig) + " ");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const double unmatched = share_unmatched(render::read_png(shot), png);
  std::cout << "unmatched pixels, librsvg: " << unmatched << "\n";
  EXPECT_LT(unmatched, 0.003);
}

TEST(SvgPortable, AnUnknownTextModeIsRefusedAndNothingWritten) {
  const test::TempDir dir("hgm_svg_mode_");
  const auto r = run_process(HGM_CLI_BINARY, {"export", "--svg-text", "outlines", "--out", dir / "map.svg"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--svg-text nhận fonts hoặc paths, không phải 'outlines'"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(dir / "map.svg"));
}

}  // namespace
}  // namespace hgm
