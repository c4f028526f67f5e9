// SVG shapes: hatch and no-data patterns, polygon order and holes, closed and shared lines,
// degenerate furniture left out, the map clipped to its viewport.
#include "render/svg/svg_writer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <limits>
#include <string>

#include "svg_test_frames.h"
#include "test_scene.h"

namespace hgm::render {
namespace {

using test::tiny_frame;
using test::tiny_scene;
using test::well_formed;

TEST(SvgWriter, PlainPolygonsComeBeforeAntialiasedOnes) {
  hgm::Frame frame;
  frame.width = 100;
  frame.height = 100;
  hgm::FramePolygon smooth{{{{10, 10}, {50, 10}, {50, 50}}, {0, 1, 2}}, {1, 2, 3, 255}, true};
  hgm::FramePolygon plain{{{{20, 20}, {60, 20}, {60, 60}}, {0, 1, 2}}, {4, 5, 6, 255}, false};
  frame.polygons = {smooth, plain};  // listed smooth first, drawn plain first
  const std::string svg = frame_to_svg(frame);
  ASSERT_NE(svg.find("#040506"), std::string::npos);
  ASSERT_NE(svg.find("#010203"), std::string::npos);
  EXPECT_LT(svg.find("#040506"), svg.find("#010203"));
}

TEST(SvgWriter, HatchAndNoDataPatterns) {
  const hgm::Scene scene = test::make_test_scene();  // solid, no data, hatch with a hole
  const hgm::Frame frame = test::make_test_frame(scene);
  const std::string svg = frame_to_svg(frame);
  // One pattern per look: no data ("/" and "\" lines) and hatch ("/" only).
  EXPECT_NE(svg.find("<path d=\"M4 0V8M0 4H8\" fill=\"none\" stroke=\"#808080\" stroke-width=\"2\"/>"), std::string::npos);
  EXPECT_NE(svg.find("<path d=\"M4 0V8\" fill=\"none\" stroke=\"#804000\" stroke-width=\"2\"/>"), std::string::npos);
  EXPECT_NE(svg.find("<path id=\"district-B\" fill=\"url(#pattern-1)\""), std::string::npos);
  EXPECT_NE(svg.find("<path id=\"district-C\" fill=\"url(#pattern-2)\""), std::string::npos);
  EXPECT_NE(svg.find("<path id=\"district-A\" fill=\"#4f9d69\""), std::string::npos);
  EXPECT_EQ(svg.find("pattern-3"), std::string::npos);
  EXPECT_TRUE(well_formed(svg));
}

TEST(SvgWriter, PatternSpacingAndWidthFollowTheFrame) {
  const hgm::Scene scene = test::make_test_scene();
  hgm::Frame frame = test::make_test_frame(scene);
  frame.pattern_spacing_px = 12.5;
  frame.pattern_line_px = 3;
  const std::string svg = frame_to_svg(frame);
  EXPECT_NE(svg.find("x=\"-6.25\" y=\"-6.25\" width=\"12.5\" height=\"12.5\""), std::string::npos);
  EXPECT_NE(svg.find("d=\"M6.25 0V12.5M0 6.25H12.5\""), std::string::npos);
  EXPECT_NE(svg.find("stroke-width=\"3\""), std::string::npos);
}

TEST(SvgWriter, DegenerateFurnitureIsLeftOut) {
  hgm::Frame frame;
  frame.width = 100;
  frame.height = 100;
  frame.lines.push_back({{{10, 10}}, 3, {0, 0, 0, 255}, false});
  frame.lines.push_back({{{10, 10}, {10, 10}}, 3, {0, 0, 0, 255}, true});
  frame.lines.push_back({{{10, 10}, {50, 10}}, 0, {0, 0, 0, 255}, false});
  frame.lines.push_back({{{10, 10}, {50, 10}}, 3, {0, 0, 0, 0}, false});
  frame.polygons.push_back({});
  hgm::FramePolygon flat;
  flat.mesh.vertices = {{0, 0}, {5, 5}, {10, 10}};
  flat.mesh.indices = {0, 1, 2, 0, 1, 7};
  frame.polygons.push_back(flat);
  const double nan = std::numeric_limits<double>::quiet_NaN();
  frame.rects.push_back({{10, 10, 0, 5}, {{0, 0, 0, 255}, hgm::FillPattern::solid, {0, 0, 0, 255}}, {0, 0, 0, 0}, 0});
  frame.rects.push_back({{10, 10, nan, 5}, {{0, 0, 0, 255}, hgm::FillPattern::solid, {0, 0, 0, 255}}, {0, 0, 0, 255}, 1});
  frame.texts.push_back({"", 1, 1, 10, {0, 0, 0, 255}, {0, 0, 0, 0}, 0});
  frame.texts.push_back({"a", 1, 1, 0, {0, 0, 0, 255}, {0, 0, 0, 0}, 0});
  frame.texts.push_back({"a", nan, 1, 10, {0, 0, 0, 255}, {0, 0, 0, 0}, 0});
  frame.texts.push_back({"a", 1, 1, 10, {0, 0, 0, 0}, {255, 255, 255, 255}, 0});  // a halo of width 0 only
  const std::string svg = frame_to_svg(frame);
  EXPECT_EQ(svg.find("<g"), std::string::npos) << svg;
  EXPECT_EQ(svg.find("<path"), std::string::npos);
  EXPECT_EQ(svg.find("<rect"), svg.rfind("<rect"));  // only the background
  EXPECT_TRUE(well_formed(svg));
}

TEST(SvgWriter, ClosedLinesAndPolygonHoles) {
  hgm::Frame frame;
  frame.width = 200;
  frame.height = 200;
  frame.lines.push_back({{{10, 10}, {50, 10}, {50, 50}, {10, 10}}, 1.5, {0, 0, 0, 255}, true});
  hgm::FramePolygon ring;  // a square with a square hole, as eight triangles
  ring.mesh.vertices = {{100, 100}, {200, 100}, {200, 200}, {100, 200}, {130, 130}, {170, 130}, {170, 170}, {130, 170}};
  ring.mesh.indices = {0, 1, 5, 0, 5, 4, 1, 2, 6, 1, 6, 5, 2, 3, 7, 2, 7, 6, 3, 0, 4, 3, 4, 7};
  ring.fill = {10, 20, 30, 255};
  frame.polygons.push_back(ring);
  const std::string svg = frame_to_svg(frame);
  EXPECT_NE(svg.find("d=\"M10 10L50 10L50 50Z\""), std::string::npos);
  // Two rings (outer and hole), filled even-odd; the inner diagonals are gone.
  const std::size_t d = svg.find("fill=\"#0a141e\" fill-rule=\"evenodd\" d=\"");
  ASSERT_NE(d, std::string::npos);
  const std::string data = svg.substr(d, svg.find('"', d + 40) - d);
  EXPECT_EQ(std::count(data.begin(), data.end(), 'M'), 2);
  EXPECT_EQ(std::count(data.begin(), data.end(), 'L'), 6);
}

TEST(SvgWriter, ConsecutiveLinesOfOneLookShareAPath) {
  hgm::Frame frame;
  frame.width = 100;
  frame.height = 100;
  const hgm::Color grey{60, 60, 60, 255};
  frame.lines.push_back({{{10, 10}, {50, 10}, {50, 50}}, 1.25, grey, true});
  frame.lines.push_back({{{50, 10}, {90, 10}, {90, 50}, {50, 50}}, 1.25, grey, true});  // shares a side
  frame.lines.push_back({{{10, 90}, {90, 90}}, 2, grey, false});                        // wider
  frame.lines.push_back({{{10, 80}, {90, 80}}, 1.25, grey, false});                     // after the wider one
  const std::string svg = frame_to_svg(frame);
  EXPECT_NE(svg.find("stroke-width=\"1.25\" d=\"M10 10L50 10L50 50ZM50 10L90 10L90 50L50 50Z\""), std::string::npos)
      << svg;
  EXPECT_NE(svg.find("stroke-width=\"2\" d=\"M10 90L90 90\""), std::string::npos);
  EXPECT_NE(svg.find("stroke-width=\"1.25\" d=\"M10 80L90 80\""), std::string::npos);
}

TEST(SvgWriter, MapIsClippedToTheViewportAndFurnitureIsNot) {
  const hgm::Scene scene = tiny_scene();
  const std::string svg = frame_to_svg(tiny_frame(scene));
  const std::size_t map_end = svg.find("</g>", svg.find("<g id=\"map\""));
  EXPECT_LT(svg.find("<path id=\"district-001\""), map_end);
  EXPECT_GT(svg.find("<g id=\"lines\""), map_end);
}

}  // namespace
}  // namespace hgm::render
