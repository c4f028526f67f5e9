// The window showing the ranking, run for real under Xvfb from a spec file naming the
// rank view and a pinned district: its screenshot has the chart where the window's own
// layout puts it (a bar in its map colour, the pinned row's mark), beside the panel.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "app/frame_cache.h"
#include "app/map_state.h"
#include "core/views/rank_chart.h"
#include "io/map_inputs.h"
#include "render/png/png_io.h"
#include "render/text/font.h"
#include "window_driver.h"

namespace hgm {
namespace {

namespace fs = std::filesystem;

TEST(AppWindowRank, ScreenshotShowsTheRankingWithThePinnedDistrictMarked) {
  if (!test::have_program("xvfb-run")) GTEST_SKIP() << "xvfb-run is not installed";
  const fs::path dir = test::fresh_output_dir("rank_view");
  const fs::path spec = dir / "rank.json";
  std::ofstream(spec) << R"({"version": 1, "view": "rank", "map": {"indicator": "budget_revenue_attainment"},
                             "districts": {"pinned": ["033"]}})";
  const fs::path shot = dir / "window.png";
  const test::AppRun run = test::run_app(test::under_xvfb(1600, 900, /*dpi_96=*/false),
                                         {"--boundaries", test::kBoundaries, "--data", test::kData, "--spec",
                                          spec.string(), "--frames", "5", "--screenshot", shot.string()},
                                         dir);
  ASSERT_EQ(run.exit_code, 0) << run.output;
  const render::Image img = render::read_png(shot.string());

  // The chart as the window lays it out at this size, with the panel shown.
  const io::MapInputs inputs = io::load_map_inputs(test::kBoundaries, test::kData, Lang::vi);
  MapSpec s;
  s.view = ViewKind::rank;
  s.pinned = {"033"};
  app::MapState state(inputs, s);
  const render::Font font = render::Font::regular();
  app::FrameCache cache;
  const Frame& f = cache.frame_for(state, {img.width, img.height}, font, true);
  const FrameText* xin = nullptr;
  for (const FrameText& t : f.texts)
    if (t.utf8 == "Xín Mần") xin = &t;
  ASSERT_NE(xin, nullptr);
  // Xín Mần's bar: the solid rectangle right of its name on its row.
  const FrameRect* bar = nullptr;
  for (const FrameRect& r : f.rects)
    if (r.style.pattern == FillPattern::solid && r.rect.x > xin->x + 100 && r.rect.y < xin->y && xin->y - xin->size_px < r.rect.y + r.rect.h)
      bar = &r;
  ASSERT_NE(bar, nullptr);
  const Color at_bar = img.pixel(static_cast<int>(bar->rect.x + bar->rect.w / 2), static_cast<int>(bar->rect.y + bar->rect.h / 2));
  EXPECT_EQ(to_hex(at_bar), to_hex(bar->style.fill)) << "see " << shot;
  // The pinned mark at the row's left end.
  const Color mark = img.pixel(static_cast<int>(f.map_viewport.x + 2), static_cast<int>(xin->y - xin->size_px * 0.35));
  EXPECT_EQ(to_hex(mark), to_hex(kPinnedMark)) << "see " << shot;
}

}  // namespace
}  // namespace hgm
