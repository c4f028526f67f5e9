// `hagiang-map export --pin CODE`: a pinned district is outlined on the exported map (a
// dark line in a white casing), and only a pinned one; the legend says what it means.
// `--highlight CODE`: the highlighted district stands out, the others veiled.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "render/png/png_io.h"
#include "run_process.h"
#include "temp_dir.h"

namespace hgm {
namespace {

using test::run_process;
using test::slurp;

constexpr const char* kOutline = "stroke=\"#141414\"";  // layout::kPinnedOutline

// The length of the element drawing pinned outlines (lines of one colour share a path); 0 without one.
std::size_t outline_length(const std::string& svg) {
  const auto at = svg.find(kOutline);
  if (at == std::string::npos) return 0;
  const auto start = svg.rfind('<', at);
  return svg.find("/>", at) - start;
}

TEST(ExportPinned, APinnedDistrictIsOutlinedOnTheMap) {
  const test::TempDir dir("hgm-pinned-");
  ASSERT_EQ(run_process(HGM_CLI_BINARY, {"export", "--out", dir / "plain.svg"}).exit_code, 0);
  auto r = run_process(HGM_CLI_BINARY, {"export", "--pin", "033", "--out", dir / "one.svg"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = run_process(HGM_CLI_BINARY, {"export", "--pin", "033", "--pin", "027", "--out", dir / "two.svg"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::size_t plain = outline_length(slurp(dir / "plain.svg"));
  const std::size_t one = outline_length(slurp(dir / "one.svg"));
  const std::size_t two = outline_length(slurp(dir / "two.svg"));
  EXPECT_EQ(plain, 0u);
  EXPECT_GT(one, 0u);
  EXPECT_GT(two, one) << "Mèo Vạc adds its own outline";
  // The legend says what the outline means, only when there is one.
  EXPECT_EQ(slurp(dir / "plain.svg").find("Viền đen đậm: huyện đã ghim"), std::string::npos);
  EXPECT_NE(slurp(dir / "one.svg").find("Viền đen đậm: huyện đã ghim"), std::string::npos);
}

// Before, --highlight changed nothing on a map (only the ranking marked the row), so a
// story slide's spotlight, highlighted on paper, was lost in every export.
TEST(ExportPinned, AHighlightedDistrictStandsOutTheOthersVeiled) {
  const test::TempDir dir("hgm-highlighted-");
  const std::vector<std::string> size{"--size", "960x540"};
  auto args = [&](std::vector<std::string> a) {
    a.insert(a.end(), size.begin(), size.end());
    return a;
  };
  ASSERT_EQ(run_process(HGM_CLI_BINARY, args({"export", "--out", dir / "plain.png"})).exit_code, 0);
  const auto r = run_process(HGM_CLI_BINARY, args({"export", "--highlight", "033", "--out", dir / "lit.png"}));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const render::Image plain = render::read_png(dir / "plain.png"), lit = render::read_png(dir / "lit.png");
  const auto in = run_process(HGM_CLI_BINARY, args({"inspect", "--json"}));
  ASSERT_EQ(in.exit_code, 0) << in.err;
  const auto j = nlohmann::json::parse(in.out);
  int veiled = 0;
  for (const auto& d : j["districts"]) {
    const auto& p = d["interior_point"];
    const int x = static_cast<int>(p["pixel_x"].get<double>()), y = static_cast<int>(p["pixel_y"].get<double>());
    const auto gain_at = [&](int px, int py) {
      const Color before = plain.pixel(px, py), after = lit.pixel(px, py);
      return (after.r + after.g + after.b) - (before.r + before.g + before.b);
    };
    if (d["code"] == "033") {
      EXPECT_EQ(gain_at(x, y), 0) << "Xín Mần keeps its colour";
      continue;
    }
    // The district's name sits on its interior point and is never veiled: look beside it.
    int gain = 0, darkest = 3 * 255;
    for (const auto& [dx, dy] : std::vector<std::pair<int, int>>{{0, 14}, {0, -14}, {24, 0}, {-24, 0}}) {
      const Color before = plain.pixel(x + dx, y + dy);
      darkest = std::min(darkest, before.r + before.g + before.b);
      gain = std::max(gain, gain_at(x + dx, y + dy));
    }
    if (darkest < 3 * 235) {  // a white veil shows only on a coloured fill
      EXPECT_GT(gain, 30) << d["code"] << " is veiled";
      ++veiled;
    }
  }
  EXPECT_GE(veiled, 5);
  // The legend says what the veil and the outline mean, naming the district.
  const auto svg = run_process(HGM_CLI_BINARY, args({"export", "--highlight", "033", "--highlight", "029", "--out", dir / "lit.svg"}));
  ASSERT_EQ(svg.exit_code, 0) << svg.err;
  EXPECT_NE(slurp(dir / "lit.svg").find("Nổi bật (viền đậm): Xín Mần, Quản Bạ; các huyện khác mờ đi"), std::string::npos);
  ASSERT_EQ(run_process(HGM_CLI_BINARY, args({"export", "--out", dir / "plain.svg"})).exit_code, 0);
  EXPECT_EQ(slurp(dir / "plain.svg").find("Nổi bật"), std::string::npos);
}

// Side by side, the highlighted districts are named once under the title, not in each of
// the four legends: a 1280×720 projector slide of four maps still fits.
TEST(ExportPinned, FourMapsSideBySideNameTheHighlightedOnce) {
  const test::TempDir dir("hgm-highlighted-multiples-");
  const auto r = run_process(HGM_CLI_BINARY,
                             {"export", "--view", "multiples", "--indicators",
                              "budget_revenue_attainment,investment_disbursement,overdue_admin_files,digital_signature_use",
                              "--highlight", "033", "--highlight", "029", "--size", "1280x720", "--out", dir / "m.svg"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string svg = slurp(dir / "m.svg");
  const std::string note = "Nổi bật (viền đậm): Xín Mần, Quản Bạ; các huyện khác mờ đi";
  const std::size_t at = svg.find(note);
  ASSERT_NE(at, std::string::npos);
  EXPECT_EQ(svg.find(note, at + 1), std::string::npos) << "said more than once";
}

}  // namespace
}  // namespace hgm
