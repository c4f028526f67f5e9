#include "render/map_renderer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <regex>

#include "core/errors.h"
#include "render/errors.h"
#include "render/png/png_io.h"

#include "render/gl/headless_context.h"
#include "render/gl/offscreen_target.h"
#include "renderer_fixture.h"
#include "test_scene.h"

namespace hgm::render {
namespace {

using test::channel_distance;

struct Region {
  int x0, y0, x1, y1;  // half-open
};

// Calls f for every pixel of the region.
void for_each_pixel(const Image& image, Region r, const std::function<void(int, int, hgm::Color)>& f) {
  for (int y = r.y0; y < r.y1; ++y) {
    for (int x = r.x0; x < r.x1; ++x) f(x, y, image.pixel(x, y));
  }
}

double fraction_near(const Image& image, Region r, hgm::Color c, int tolerance) {
  int near = 0, total = 0;
  for_each_pixel(image, r, [&](int, int, hgm::Color p) {
    ++total;
    if (channel_distance(p, c) <= tolerance) ++near;
  });
  return total ? static_cast<double>(near) / total : 0;
}

// A run of `length` pattern-coloured pixels along (dx, dy) somewhere in the region.
bool has_diagonal_run(const Image& image, Region r, hgm::Color c, int dx, int dy, int length) {
  for (int y = r.y0; y < r.y1; ++y) {
    for (int x = r.x0; x < r.x1; ++x) {
      int k = 0;
      while (k < length) {
        const int px = x + k * dx, py = y + k * dy;
        if (px < r.x0 || px >= r.x1 || py < r.y0 || py >= r.y1) break;
        if (channel_distance(image.pixel(px, py), c) > 24) break;
        ++k;
      }
      if (k == length) return true;
    }
  }
  return false;
}

// Line width estimated from how much darker (black outline) a row gets around an edge at
// column edge_x, with `left` and `right` the colours on either side without the line.
double estimated_line_width(const Image& image, int row, int edge_x, hgm::Color left, hgm::Color right) {
  double width = 0;
  for (int x = edge_x - 8; x < edge_x + 8; ++x) {
    const hgm::Color ref = x < edge_x ? left : right;
    const hgm::Color p = image.pixel(x, row);
    // Composite over black: value = ref * (1 - coverage) in every channel; use the brightest.
    const int ref_max = std::max({ref.r, ref.g, ref.b});
    const int p_max = ref_max == ref.r ? p.r : ref_max == ref.g ? p.g : p.b;
    width += 1.0 - static_cast<double>(p_max) / ref_max;
  }
  return width;
}

class MapRendering : public ::testing::Test {
 protected:
  Image render(const hgm::Frame& frame) {
    Image image = test::shared_renderer().render(frame);
    last_ = image;
    return image;
  }
  void TearDown() override {
    if (HasFailure() && !last_.empty()) test::save_for_inspection(last_);
  }
  hgm::Scene scene_ = test::make_test_scene();
  Image last_;
};

TEST_F(MapRendering, SolidFillIsTheExactColour) {
  const Image image = render(test::make_test_frame(scene_));
  ASSERT_EQ(image.width, 800);
  ASSERT_EQ(image.height, 400);
  int wrong = 0;
  for_each_pixel(image, {84, 104, 276, 296}, [&](int x, int y, hgm::Color p) {
    if (p != test::kSolidFill && wrong++ < 5) ADD_FAILURE() << "pixel " << x << "," << y << " is " << hgm::to_hex(p);
  });
  EXPECT_EQ(wrong, 0);
  EXPECT_EQ(image.pixel(5, 5), test::kWhite);  // background, outside the map
}

TEST_F(MapRendering, NoDataShowsItsCrosshatch) {
  const Image image = render(test::make_test_frame(scene_));
  const Region inside{284, 104, 476, 296};
  EXPECT_GT(fraction_near(image, inside, test::kNoDataFill, 0), 0.2);
  EXPECT_GT(fraction_near(image, inside, test::kNoDataPattern, 24), 0.05);
  EXPECT_TRUE(has_diagonal_run(image, inside, test::kNoDataPattern, 1, -1, 8));  // "/" lines
  EXPECT_TRUE(has_diagonal_run(image, inside, test::kNoDataPattern, 1, 1, 8));   // "\" lines
}

TEST_F(MapRendering, HatchHasOneDirectionAndTheHoleStaysEmpty) {
  const Image image = render(test::make_test_frame(scene_));
  const Region bottom_band{524, 244, 716, 296};
  EXPECT_GT(fraction_near(image, bottom_band, test::kHatchFill, 0), 0.3);
  EXPECT_GT(fraction_near(image, bottom_band, test::kHatchPattern, 24), 0.05);
  EXPECT_TRUE(has_diagonal_run(image, bottom_band, test::kHatchPattern, 1, -1, 8));
  EXPECT_FALSE(has_diagonal_run(image, bottom_band, test::kHatchPattern, 1, 1, 4));
  // Hole: pixels 580..660 x 160..240.
  for_each_pixel(image, {584, 164, 656, 236}, [&](int x, int y, hgm::Color p) {
    ASSERT_EQ(p, test::kWhite) << x << "," << y;
  });
}

TEST_F(MapRendering, OutlinesAreDarkOnEveryRing) {
  const Image image = render(test::make_test_frame(scene_));
  auto darkest = [&](Region r) {
    int best = 255;
    for_each_pixel(image, r, [&](int, int, hgm::Color p) { best = std::min<int>(best, std::max({p.r, p.g, p.b})); });
    return best;
  };
  EXPECT_LT(darkest({77, 200, 83, 201}), 80);    // A, left edge
  EXPECT_LT(darkest({277, 200, 283, 201}), 80);  // shared edge A|B
  EXPECT_LT(darkest({180, 97, 181, 103}), 80);   // A, top edge
  EXPECT_LT(darkest({577, 200, 583, 201}), 80);  // hole, left edge
  EXPECT_LT(darkest({620, 237, 621, 243}), 80);  // hole, bottom edge
}

TEST_F(MapRendering, OutlineWidthFollowsTheFrame) {
  hgm::Frame frame = test::make_test_frame(scene_);
  double widths[3] = {};
  const double wanted[3] = {1.5, 3, 6};
  for (int i = 0; i < 3; ++i) {
    frame.outline_width_px = wanted[i];
    const Image image = render(frame);
    widths[i] = estimated_line_width(image, 200, 80, test::kWhite, test::kSolidFill);
    EXPECT_NEAR(widths[i], wanted[i], 0.25 + 0.05 * wanted[i]) << "outline_width_px " << wanted[i];
  }
  EXPECT_LT(widths[0], widths[1]);
  EXPECT_LT(widths[1], widths[2]);
}

TEST_F(MapRendering, SharedEdgeIsNotDarkerThanAnOuterEdge) {
  // Each shared border is drawn twice (once per district); coverage merging by maximum
  // must make it look like any other border. Compare the A|B border with B's right edge.
  hgm::Frame frame = test::make_test_frame(scene_);
  frame.outline_width_px = 2;
  scene_.features[1].style = {test::kSolidFill, hgm::FillPattern::solid, test::kBlack};
  const Image image = render(frame);
  const double shared = estimated_line_width(image, 200, 280, test::kSolidFill, test::kSolidFill);
  const double outer = estimated_line_width(image, 200, 480, test::kSolidFill, test::kWhite);
  EXPECT_NEAR(shared, 2, 0.3);
  EXPECT_NEAR(shared, outer, 0.2);
}

TEST_F(MapRendering, MapIsClippedToItsViewport) {
  hgm::Frame frame = test::make_test_frame(scene_);
  frame.map_viewport = {150, 20, 500, 360};  // cuts through A and C
  const Image image = render(frame);
  EXPECT_EQ(image.pixel(120, 200), test::kWhite);
  EXPECT_EQ(image.pixel(160, 200), test::kSolidFill);
  EXPECT_EQ(image.pixel(700, 280), test::kWhite);
}

// The window draws the map view, then (V) the map in a smaller room beside a chart: the
// first map's outlines must not show in the pixels just outside the second's room (they did,
// as grey fragments under the map and between side-by-side maps: a multisampled scissor
// lets a pixel's edge samples through, and the outlines' coverage there was the last map's).
TEST_F(MapRendering, AnEarlierMapsOutlinesDoNotShowBesideALaterMap) {
  hgm::Frame first = test::make_test_frame(scene_);  // A's outline at x 80 and y 300
  render(first);
  hgm::Frame later = first;
  later.map_viewport = {81, 20, 600, 279};  // just right of and just above those outlines
  later.transform.origin_x += 300;          // A now at x 380..580: nothing drawn near them
  const Image image = render(later);
  int darkest = 255;
  for_each_pixel(image, {80, 110, 81, 290}, [&](int, int, hgm::Color p) { darkest = std::min(darkest, int{p.r}); });
  for_each_pixel(image, {100, 299, 370, 300}, [&](int, int, hgm::Color p) { darkest = std::min(darkest, int{p.r}); });
  EXPECT_EQ(darkest, 255) << "left of the room and under it, on a white background";
}

TEST_F(MapRendering, PanningAndZoomingMoveTheMap) {
  hgm::Frame frame = test::make_test_frame(scene_);
  render(frame);
  frame.transform.origin_x += 30;  // pan 30 px right
  frame.transform.scale = 1.0;     // and zoom out: A now covers 430 - 160 .. 430 - 60
  const Image image = render(frame);
  EXPECT_EQ(image.pixel(275, 200), test::kSolidFill);
  EXPECT_EQ(image.pixel(265, 200), test::kWhite);
  EXPECT_EQ(image.pixel(360, 200), test::kSolidFill);
}

TEST_F(MapRendering, PatternsMoveWithTheMapWhenPanning) {
  hgm::Frame frame = test::make_test_frame(scene_);
  const Image before = render(frame);
  frame.transform.origin_x += 5;
  frame.transform.origin_y += 3;
  const Image after = render(frame);
  int worst = 0;
  for_each_pixel(before, {290, 110, 460, 280}, [&](int x, int y, hgm::Color p) {
    worst = std::max(worst, channel_distance(p, after.pixel(x + 5, y + 3)));
  });
  EXPECT_LE(worst, 2);
}

TEST_F(MapRendering, RenderingIsRepeatable) {
  const hgm::Frame frame = test::make_test_frame(scene_);
  const Image first = render(frame);
  const Image second = render(frame);
  EXPECT_EQ(first.rgba, second.rgba);
}

TEST_F(MapRendering, RenderedImageSurvivesAPngRoundTrip) {
  const Image image = render(test::make_test_frame(scene_));
  const std::string path = test::output_path("round_trip.png");
  write_png(path, image);
  const Image back = read_png(path);
  EXPECT_EQ(back.width, image.width);
  EXPECT_EQ(back.height, image.height);
  EXPECT_TRUE(back.rgba == image.rgba);
  std::filesystem::remove(path);
}

TEST_F(MapRendering, StyleChangesNeedNoInvalidate) {
  hgm::Frame frame = test::make_test_frame(scene_);
  render(frame);
  const hgm::Color red{200, 30, 40, 255};
  scene_.features[0].style.fill = red;
  EXPECT_EQ(render(frame).pixel(180, 200), red);
}

TEST_F(MapRendering, RectanglesWithStyleAndStroke) {
  hgm::Frame frame = test::make_test_frame(scene_);
  frame.scene = nullptr;
  const hgm::Color fill{0x31, 0x82, 0xbd, 255};
  frame.rects.push_back({{100, 320, 60, 40}, {fill, hgm::FillPattern::solid, test::kBlack}, {0, 0, 0, 0}, 0});
  frame.rects.push_back({{200, 320, 60, 40}, {fill, hgm::FillPattern::solid, test::kBlack}, test::kBlack, 2});
  frame.rects.push_back({{300, 320, 60, 40}, {test::kNoDataFill, hgm::FillPattern::no_data, test::kNoDataPattern},
                         {0, 0, 0, 0}, 0});
  const Image image = render(frame);
  for_each_pixel(image, {100, 320, 160, 360}, [&](int x, int y, hgm::Color p) { ASSERT_EQ(p, fill) << x << "," << y; });
  EXPECT_EQ(image.pixel(99, 340), test::kWhite);
  EXPECT_EQ(image.pixel(160, 340), test::kWhite);
  EXPECT_EQ(image.pixel(230, 340), fill);
  EXPECT_LT(std::max({image.pixel(200, 340).r, image.pixel(200, 340).g, image.pixel(200, 340).b}), 40);
  EXPECT_GT(fraction_near(image, {302, 322, 358, 358}, test::kNoDataPattern, 24), 0.05);
  EXPECT_GT(fraction_near(image, {302, 322, 358, 358}, test::kNoDataFill, 0), 0.2);
}

TEST_F(MapRendering, Renders4K) {
  hgm::Frame frame = test::make_test_frame(scene_, 3840, 2160);
  frame.map_viewport = {0, 0, 3840, 2160};
  frame.transform.scale = 10;
  frame.transform.origin_x = 1920;
  frame.transform.origin_y = 1080;
  frame.outline_width_px = 6;
  const Image image = render(frame);
  ASSERT_EQ(image.width, 3840);
  ASSERT_EQ(image.height, 2160);
  EXPECT_EQ(image.pixel(1920 - 1100, 1080), test::kSolidFill);  // map x = 50 (inside A)
  EXPECT_GT(test::shared_renderer().samples(), 1);
}

TEST(MapRendererDirect, DrawsIntoTheBoundFramebuffer) {
  // The way the window uses it: own context, own target, MapRenderer::draw.
  HeadlessContext context;
  const Font font = Font::regular();
  OffscreenTarget target(320, 200, 4);
  MapRenderer renderer(font);
  hgm::Scene scene = test::make_test_scene();
  hgm::Frame frame = test::make_test_frame(scene, 320, 200);
  frame.map_viewport = {0, 0, 320, 200};
  frame.transform.scale = 0.8;
  frame.transform.origin_x = 160;
  frame.transform.origin_y = 100;
  target.bind();
  renderer.draw(frame);
  const Image before = target.read();
  EXPECT_EQ(before.pixel(60, 100), test::kSolidFill);  // map x = 160 + (60-160)/0.8 -> 35
  // Move A's geometry in place and say so: the renderer must upload again.
  hgm::TriangleMesh moved = scene.features[0].mesh.get();
  for (auto& v : moved.vertices) v.y += 1000;
  scene.features[0].mesh = moved;
  const std::uint64_t generation = renderer.generation();
  renderer.invalidate();
  EXPECT_EQ(renderer.generation(), generation + 1);
  target.bind();
  renderer.draw(frame);
  EXPECT_EQ(target.read().pixel(60, 100), test::kWhite);
}

TEST(OffscreenRendererInfo, ReportsTheDriver) {
  const GlInfo info = test::shared_renderer().gl_info();
  EXPECT_FALSE(info.renderer.empty());
  EXPECT_FALSE(info.version.empty());
  EXPECT_GE(info.max_texture_size, 4096);
  EXPECT_NE(describe(info).find(info.renderer), std::string::npos);
}

TEST(OffscreenRendererInfo, SizedConstructorRefusesAnImpossibleSize) {
  try {
    OffscreenRenderer too_wide(100000, 10);
    FAIL() << "expected GlLimitError";
  } catch (const GlLimitError& e) {
    // Says the size asked for and the driver's limit, in both languages.
    EXPECT_TRUE(std::regex_search(e.message(hgm::Lang::en), std::regex("at most [0-9]+x[0-9]+ pixels"))) << e.what();
    EXPECT_NE(e.message(hgm::Lang::en).find("100000x10"), std::string::npos) << e.what();
    EXPECT_TRUE(std::regex_search(e.message(hgm::Lang::vi), std::regex("tối đa [0-9]+x[0-9]+ điểm ảnh")));
  }
  OffscreenRenderer renderer(64, 32);
  hgm::Frame frame;
  frame.width = 64;
  frame.height = 32;
  frame.background = {10, 20, 30, 255};
  EXPECT_EQ(renderer.render(frame).pixel(63, 31), (hgm::Color{10, 20, 30, 255}));
}

TEST(OffscreenRendererInfo, AbsurdSizeThrows) {
  hgm::Frame frame;
  frame.width = 100000;
  frame.height = 10;
  EXPECT_THROW(test::shared_renderer().render(frame), hgm::Error);
}

}  // namespace
}  // namespace hgm::render
