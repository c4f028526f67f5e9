// Frame polygons and lines drawn by the OpenGL renderer: exact interiors, anti-aliased
// lines of the asked width, the documented order, many lines at 4K, degenerate input.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include "render/coverage_geometry.h"
#include "frame_coverage.h"
#include "renderer_fixture.h"
#include "test_scene.h"

namespace hgm::render {
namespace {

using test::channel_distance;
using test::kWhite;

const hgm::Color kFillRed{0xd7, 0x30, 0x27, 255};
const hgm::Color kFillGreen{0x1a, 0x98, 0x50, 255};
const hgm::Color kFillBlue{0x20, 0x50, 0xb0, 255};

// A plain frame with no map, white background.
hgm::Frame blank_frame(int width = 400, int height = 300) {
  hgm::Frame frame;
  frame.width = width;
  frame.height = height;
  frame.background = kWhite;
  frame.map_viewport = {0, 0, static_cast<double>(width), static_cast<double>(height)};
  return frame;
}

hgm::FramePolygon square_polygon(double x0, double y0, double x1, double y1, hgm::Color fill) {
  hgm::FramePolygon p;
  p.mesh.vertices = {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}};
  p.mesh.indices = {0, 1, 2, 0, 2, 3};
  p.fill = fill;
  return p;
}

hgm::FrameLine line(std::vector<hgm::Vec2> points, double width, hgm::Color color, bool closed = false) {
  return {std::move(points), width, color, closed};
}

// How much of `ink` over white a pixel shows, 0..1, from the channel where they differ most.
double ink_amount(hgm::Color p, hgm::Color ink) {
  const int dr = 255 - ink.r, dg = 255 - ink.g, db = 255 - ink.b;
  if (dr >= dg && dr >= db) return (255.0 - p.r) / dr;
  if (dg >= db) return (255.0 - p.g) / dg;
  return (255.0 - p.b) / db;
}

class FrameFurniture : public ::testing::Test {
 protected:
  Image render(const hgm::Frame& frame) {
    last_ = test::shared_renderer().render(frame);
    return last_;
  }
  void TearDown() override {
    if (HasFailure() && !last_.empty()) test::save_for_inspection(last_);
  }
  Image last_;
};

TEST_F(FrameFurniture, PolygonInteriorIsExactlyItsColour) {
  hgm::Frame frame = blank_frame();
  frame.polygons.push_back(square_polygon(100, 100, 200, 200, kFillGreen));
  const Image image = render(frame);
  for (int y = 100; y < 200; ++y) {
    for (int x = 100; x < 200; ++x) ASSERT_EQ(image.pixel(x, y), kFillGreen) << x << "," << y;
  }
  // Edges on pixel boundaries leave the pixels next to them untouched.
  EXPECT_EQ(image.pixel(99, 150), kWhite);
  EXPECT_EQ(image.pixel(200, 150), kWhite);
  EXPECT_EQ(image.pixel(150, 99), kWhite);
  EXPECT_EQ(image.pixel(150, 200), kWhite);
}

TEST_F(FrameFurniture, SlantedPolygonEdgesAreAntiAliased) {
  hgm::Frame frame = blank_frame();
  hgm::FramePolygon triangle;
  triangle.mesh.vertices = {{50, 250}, {350, 250}, {200, 40.3}};
  triangle.mesh.indices = {0, 1, 2};
  triangle.fill = kFillBlue;
  frame.polygons.push_back(triangle);
  const Image image = render(frame);
  EXPECT_EQ(image.pixel(200, 200), kFillBlue);
  // Along a row crossing the left edge, ink rises from none to full through partial values.
  int partial = 0;
  double previous = 0;
  for (int x = 100; x < 200; ++x) {
    const double ink = ink_amount(image.pixel(x, 150), kFillBlue);
    EXPECT_GE(ink, previous - 0.02) << x;
    if (ink > 0.05 && ink < 0.95) ++partial;
    previous = ink;
  }
  EXPECT_GE(partial, 1);
  EXPECT_LE(partial, 3);
  EXPECT_NEAR(previous, 1.0, 0.01);
}

TEST_F(FrameFurniture, TranslucentPolygonBlends) {
  hgm::Frame frame = blank_frame();
  frame.polygons.push_back(square_polygon(100, 100, 200, 200, {0, 0, 0, 128}));
  const hgm::Color p = render(frame).pixel(150, 150);
  EXPECT_NEAR(p.r, 127, 2);
  EXPECT_EQ(p.a, 255);
}

TEST_F(FrameFurniture, LineHasItsColourAndWidth) {
  hgm::Frame frame = blank_frame();
  frame.lines.push_back(line({{100, 150}, {300, 150}}, 3, kFillRed));      // horizontal
  frame.lines.push_back(line({{80, 40}, {180, 140}}, 3, kFillRed));        // diagonal
  frame.lines.push_back(line({{320, 40.3}, {320, 260.7}}, 3, kFillRed));   // vertical, off the grid
  const Image image = render(frame);
  // The middle rows of the horizontal line are exactly the colour; the rows either side
  // are partly covered (anti-aliased), and beyond them nothing.
  for (int x = 110; x < 290; ++x) {
    ASSERT_EQ(image.pixel(x, 149), kFillRed) << x;
    ASSERT_EQ(image.pixel(x, 150), kFillRed) << x;
  }
  const double edge = ink_amount(image.pixel(200, 148), kFillRed);
  EXPECT_GT(edge, 0.3);
  EXPECT_LT(edge, 0.7);
  EXPECT_EQ(image.pixel(200, 146), kWhite);
  EXPECT_EQ(image.pixel(200, 153), kWhite);
  auto width_across_column = [&](int x, int y0, int y1) {
    double sum = 0;
    for (int y = y0; y < y1; ++y) sum += ink_amount(image.pixel(x, y), kFillRed);
    return sum;
  };
  auto width_across_row = [&](int y, int x0, int x1) {
    double sum = 0;
    for (int x = x0; x < x1; ++x) sum += ink_amount(image.pixel(x, y), kFillRed);
    return sum;
  };
  EXPECT_NEAR(width_across_column(200, 140, 160), 3.0, 0.2);
  EXPECT_NEAR(width_across_row(150, 310, 330), 3.0, 0.2);
  // A 45-degree line crosses a column over sqrt(2) times its width.
  EXPECT_NEAR(width_across_column(130, 70, 110) / std::sqrt(2.0), 3.0, 0.25);
}

TEST_F(FrameFurniture, ThinAndThickLinesScale) {
  double widths[3] = {};
  const double wanted[3] = {1, 2.5, 8};
  for (int i = 0; i < 3; ++i) {
    hgm::Frame frame = blank_frame();
    frame.lines.push_back(line({{100, 150.25}, {300, 150.25}}, wanted[i], kFillBlue));
    const Image image = render(frame);
    for (int y = 130; y < 170; ++y) widths[i] += ink_amount(image.pixel(200, y), kFillBlue);
    EXPECT_NEAR(widths[i], wanted[i], 0.1 + 0.05 * wanted[i]) << "width " << wanted[i];
  }
}

TEST_F(FrameFurniture, OverlapsOfOneLineOrColourDoNotDarken) {
  // A translucent closed line crossing itself, and a second line of the same colour over
  // it: the union is drawn once, so crossings look like the rest of the line.
  hgm::Frame frame = blank_frame();
  const hgm::Color ink{0, 0, 200, 128};
  frame.lines.push_back(line({{50, 50}, {250, 250}, {250, 50}, {50, 250}}, 6, ink, true));
  frame.lines.push_back(line({{150, 20}, {150, 280}}, 6, ink));
  const Image image = render(frame);
  const hgm::Color plain = image.pixel(250, 150);   // on the right side, away from crossings
  EXPECT_LE(channel_distance(image.pixel(150, 150), plain), 2);  // both diagonals and the vertical
  EXPECT_LE(channel_distance(image.pixel(50, 50), plain), 2);    // the closing join
  EXPECT_GT(channel_distance(plain, kWhite), 60);
}

TEST_F(FrameFurniture, DrawOrderIsRectsPolygonsLinesTexts) {
  hgm::Frame frame = blank_frame();
  // Given in the reverse of the drawing order, all overlapping at (150, 150).
  frame.texts.push_back({"HH", 130, 170, 48, test::kBlack, test::kBlack, 4});
  frame.lines.push_back(line({{20, 150}, {380, 150}}, 9, kFillBlue));
  frame.polygons.push_back(square_polygon(100, 100, 300, 200, kFillGreen));
  frame.rects.push_back({{50, 50, 300, 200}, {kFillRed, hgm::FillPattern::solid, test::kBlack}, {0, 0, 0, 0}, 0});
  const Image image = render(frame);
  EXPECT_EQ(image.pixel(60, 60), kFillRed);      // rectangle only
  EXPECT_EQ(image.pixel(250, 120), kFillGreen);  // polygon over rectangle
  EXPECT_EQ(image.pixel(250, 150), kFillBlue);   // line over polygon
  EXPECT_EQ(image.pixel(60, 150), kFillBlue);    // line over rectangle
  EXPECT_EQ(image.pixel(25, 150), kFillBlue);    // and beyond both
  int black_on_line = 0;  // text over the line
  for (int x = 130; x < 200; ++x) black_on_line += image.pixel(x, 150) == test::kBlack ? 1 : 0;
  EXPECT_GT(black_on_line, 10);
}

TEST_F(FrameFurniture, OrderHoldsAcrossColours) {
  // red, then blue crossing it, then red again crossing the blue: each later one on top,
  // though the two reds would otherwise share a batch.
  hgm::Frame frame = blank_frame();
  frame.lines.push_back(line({{20, 100}, {380, 100}}, 8, kFillRed));
  frame.lines.push_back(line({{200, 20}, {200, 280}}, 8, kFillBlue));
  frame.lines.push_back(line({{20, 200}, {380, 200}}, 8, kFillRed));
  frame.lines.push_back(line({{300, 20}, {300, 150}}, 8, kFillRed));  // away from the blue
  const Image image = render(frame);
  EXPECT_EQ(image.pixel(200, 100), kFillBlue);
  EXPECT_EQ(image.pixel(200, 200), kFillRed);
  EXPECT_EQ(image.pixel(300, 100), kFillRed);
  EXPECT_EQ(test::line_coverage(frame).batches.size(), 3u);
}

TEST_F(FrameFurniture, NotClippedToTheMapButToTheFrame) {
  hgm::Scene scene = test::make_test_scene();
  hgm::Frame frame = test::make_test_frame(scene);
  frame.map_viewport = {300, 100, 200, 200};
  frame.lines.push_back(line({{-50, 20}, {850, 20}}, 4, kFillRed));  // crosses the whole frame
  frame.polygons.push_back(square_polygon(-100, 350, 100, 500, kFillGreen));  // half off the frame
  const Image image = render(frame);
  EXPECT_EQ(image.pixel(0, 20), kFillRed);
  EXPECT_EQ(image.pixel(799, 20), kFillRed);
  EXPECT_EQ(image.pixel(0, 399), kFillGreen);
  EXPECT_EQ(image.pixel(99, 360), kFillGreen);
}

TEST_F(FrameFurniture, DegenerateInputDrawsNothing) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();
  hgm::Frame frame = blank_frame();
  frame.rects.push_back({{10, 10, 50, 50}, {kFillGreen, hgm::FillPattern::solid, test::kBlack}, {0, 0, 0, 0}, 0});
  const Image reference = render(frame);

  frame.lines.push_back(line({}, 3, kFillRed));
  frame.lines.push_back(line({{100, 100}}, 3, kFillRed));                           // one point
  frame.lines.push_back(line({{100, 100}, {100, 100}, {100, 100}}, 3, kFillRed));   // one point, repeated
  frame.lines.push_back(line({{100, 100}}, 3, kFillRed, true));                     // closed, one point
  frame.lines.push_back(line({{50, 50}, {200, 200}}, 0, kFillRed));                 // zero width
  frame.lines.push_back(line({{50, 50}, {200, 200}}, -2, kFillRed));                // negative width
  frame.lines.push_back(line({{50, 50}, {200, 200}}, nan, kFillRed));               // no width
  frame.lines.push_back(line({{50, 50}, {200, 200}}, 3, {255, 0, 0, 0}));       // transparent
  frame.lines.push_back(line({{nan, 50}, {200, 200}}, 3, kFillRed));                // one finite point
  frame.lines.push_back(line({{inf, 50}, {-inf, 50}}, 3, kFillRed));
  frame.lines.push_back(line({{-5000, -5000}, {-4000, -5000}}, 3, kFillRed));       // off the frame
  frame.polygons.push_back({});                                                 // empty mesh
  frame.polygons.push_back(square_polygon(100, 100, 200, 200, {0, 255, 0, 0}));  // transparent
  hgm::FramePolygon bad;
  bad.mesh.vertices = {{100, 100}, {200, 100}, {150, 100}, {nan, 200}};
  bad.mesh.indices = {0, 1, 2,   // collinear
                      0, 1, 3,   // not finite
                      0, 1, 9,   // out of range
                      0, 1};     // incomplete
  bad.fill = kFillRed;
  frame.polygons.push_back(bad);
  frame.polygons.push_back(square_polygon(5000, 5000, 6000, 6000, kFillRed));  // off the frame
  const hgm::AreaStyle red{kFillRed, hgm::FillPattern::solid, test::kBlack};
  frame.rects.push_back({{100, 100, nan, 50}, red, kFillBlue, 2});  // no width
  frame.rects.push_back({{100, 100, 50, nan}, red, kFillBlue, 2});  // no height
  frame.rects.push_back({{100, 100, 0, 50}, red, kFillBlue, 2});    // empty
  frame.texts.push_back({"Hà Giang", 100, 100, nan, test::kBlack, kWhite, 2});  // no size
  frame.texts.push_back({"Hà Giang", nan, 100, 20, test::kBlack, kWhite, 2});   // no position
  const Image image = render(frame);
  EXPECT_TRUE(image.rgba == reference.rgba);
}

TEST_F(FrameFurniture, HugeCoordinatesStayFinite) {
  hgm::Frame frame = blank_frame();
  frame.lines.push_back(line({{-1e12, 150}, {1e12, 150}}, 4, kFillRed));
  frame.polygons.push_back(square_polygon(-1e9, 250, 1e9, 1e9, kFillGreen));
  const Image image = render(frame);
  EXPECT_EQ(image.pixel(200, 150), kFillRed);
  EXPECT_EQ(image.pixel(5, 151), kFillRed);
  EXPECT_EQ(image.pixel(200, 280), kFillGreen);
  EXPECT_EQ(image.pixel(200, 100), kWhite);
}

// A hundred leader-line-like polylines of five colours spread over a 3840x2160 frame.
hgm::Frame many_lines_frame() {
  hgm::Frame frame = blank_frame(3840, 2160);
  const hgm::Color colors[5] = {kFillRed, kFillGreen, kFillBlue, {0x80, 0x40, 0x00, 255}, {0x60, 0x60, 0x60, 200}};
  for (int i = 0; i < 100; ++i) {
    const double x = 100 + (i % 10) * 370, y = 100 + (i / 10) * 200;
    frame.lines.push_back(line({{x, y}, {x + 120, y + 60}, {x + 300, y + 60}}, 1 + i % 4, colors[i % 5]));
  }
  return frame;
}

TEST_F(FrameFurniture, HundredLinesOfFiveColoursAt4K) {
  const hgm::Frame frame = many_lines_frame();
  EXPECT_EQ(test::line_coverage(frame).batches.size(), 5u);  // one coverage pass per colour
  // (Timings are measured by render_furniture_bench, not asserted here.)
  const Image image = render(frame);
  for (int i = 0; i < 100; ++i) {
    // Across the horizontal part of each line: the ink adds up to the line's width.
    const hgm::FrameLine& l = frame.lines[static_cast<std::size_t>(i)];
    const int x = static_cast<int>(l.points[2].x) - 50, y = static_cast<int>(l.points[2].y);
    double width = 0;
    for (int row = y - 8; row < y + 8; ++row) width += ink_amount(image.pixel(x, row), l.color);
    EXPECT_NEAR(width, l.width * l.color.a / 255.0, 0.15) << "line " << i;
  }
}

}  // namespace
}  // namespace hgm::render
