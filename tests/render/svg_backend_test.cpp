// The SVG backend draws what the walk hands it, in the order handed, and nothing else.
#include "render/svg/svg_backend.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "recording_backend.h"
#include "svg_test_frames.h"

namespace hgm::render {
namespace {

// The element names of the document's body, in order ("g", "rect", "path", "text"),
// without the declaration, <svg>, its <title> and <defs>.
std::vector<std::string> body_elements(const std::string& svg) {
  std::vector<std::string> names;
  std::istringstream lines(svg.substr(svg.find("</defs>") == std::string::npos ? 0 : svg.find("</defs>")));
  std::string line;
  while (std::getline(lines, line)) {
    const std::size_t lt = line.find('<');
    if (lt == std::string::npos || line[lt + 1] == '/' || line[lt + 1] == '?') continue;
    const std::string name = line.substr(lt + 1, line.find_first_of(" >", lt) - lt - 1);
    if (name != "svg" && name != "title" && name != "defs") names.push_back(name);
  }
  return names;
}

// One rectangle, one polygon, one line and one text, nothing else (no background, no map).
hgm::Frame one_of_each() {
  hgm::Frame frame;
  frame.width = 200;
  frame.height = 100;
  frame.background = {255, 255, 255, 0};
  frame.rects.push_back({{10, 10, 30, 20}, {{200, 0, 0, 255}, hgm::FillPattern::solid, {}}, {}, 0});
  hgm::FramePolygon triangle;
  triangle.mesh.vertices = {{60, 10}, {90, 10}, {60, 40}};
  triangle.mesh.indices = {0, 1, 2};
  triangle.fill = {0, 150, 0, 255};
  frame.polygons.push_back(triangle);
  frame.lines.push_back({{{110, 20}, {150, 20}}, 4, {0, 0, 200, 255}, false});
  frame.texts.push_back({"Mèo Vạc", 20, 80, 14, {20, 20, 20, 255}, {}, 0});
  return frame;
}

TEST(SvgBackend, OneOfEachInTheWalksOrder) {
  const hgm::Frame frame = one_of_each();
  const std::string svg = frame_to_svg(frame);
  EXPECT_EQ(body_elements(svg), (std::vector<std::string>{"g", "rect", "g", "path", "g", "path", "g", "text"})) << svg;
  const std::size_t rect = svg.find("<rect x=\"10\" y=\"10\" width=\"30\" height=\"20\" fill=\"#c80000\"/>");
  const std::size_t polygon = svg.find("<path fill=\"#009600\" fill-rule=\"evenodd\" d=\"M60 10L90 10L60 40Z\"/>");
  const std::size_t line = svg.find("<path stroke=\"#0000c8\" stroke-width=\"4\" d=\"M110 20L150 20\"/>");
  const std::size_t text = svg.find("<text x=\"20\" y=\"80\" font-size=\"14\" fill=\"#141414\">Mèo Vạc</text>");
  ASSERT_NE(rect, std::string::npos) << svg;
  ASSERT_NE(polygon, std::string::npos) << svg;
  ASSERT_NE(line, std::string::npos) << svg;
  ASSERT_NE(text, std::string::npos) << svg;
  EXPECT_LT(rect, polygon);
  EXPECT_LT(polygon, line);
  EXPECT_LT(line, text);
  EXPECT_TRUE(test::well_formed(svg));
}

// The backend keeps whatever order it is handed: the walk is what puts rectangles first.
TEST(SvgBackend, DrawsInTheOrderHanded) {
  const hgm::Frame frame = one_of_each();
  SvgBackend svg;
  svg.begin(frame);
  svg.texts({&frame.texts[0]});
  svg.lines({&frame.lines[0]});
  svg.rects({&frame.rects[0]});
  svg.end();
  EXPECT_EQ(body_elements(svg.document()), (std::vector<std::string>{"g", "text", "g", "path", "g", "rect"}));
  EXPECT_LT(svg.document().find("<g id=\"texts\""), svg.document().find("<g id=\"rects\""));
}

TEST(SvgBackend, DrawsOnlyWhatItIsHanded) {
  hgm::Frame frame = one_of_each();
  frame.rects.push_back({{150, 60, 30, 20}, {{0, 0, 200, 255}, hgm::FillPattern::solid, {}}, {}, 0});
  SvgBackend svg;
  svg.begin(frame);
  svg.background({255, 255, 255, 255});
  svg.rects({&frame.rects[1]});
  svg.end();
  const std::string& doc = svg.document();
  EXPECT_NE(doc.find("<rect x=\"150\" y=\"60\""), std::string::npos) << doc;
  EXPECT_EQ(doc.find("<rect x=\"10\""), std::string::npos) << doc;  // in the frame, not handed
  EXPECT_EQ(doc.find("<path"), std::string::npos);
  EXPECT_EQ(doc.find("<text"), std::string::npos);
  EXPECT_EQ(body_elements(doc), (std::vector<std::string>{"rect", "g", "rect"}));  // background, group, rect
}

TEST(SvgBackend, PlainAndAntialiasedPolygonsShareOneGroup) {
  hgm::Frame frame = one_of_each();
  frame.polygons.push_back(frame.polygons[0]);
  frame.polygons.back().antialias = false;
  frame.polygons.back().fill = {1, 2, 3, 255};
  const std::string svg = frame_to_svg(frame);
  EXPECT_EQ(body_elements(svg), (std::vector<std::string>{"g", "rect", "g", "path", "path", "g", "path", "g", "text"}));
  EXPECT_LT(svg.find("#010203"), svg.find("#009600"));  // the plain one first
}

// The groups of a document come in the order the walk hands the layers over.
TEST(SvgBackend, GroupsFollowTheWalk) {
  const hgm::Scene scene = test::tiny_scene();
  const hgm::Frame frame = test::tiny_frame(scene);
  test::RecordingBackend recorder;
  walk_frame(frame, recorder);
  const std::string svg = frame_to_svg(frame);
  std::vector<std::string> groups;
  for (std::size_t at = svg.find("<g id=\""); at != std::string::npos; at = svg.find("<g id=\"", at + 1)) {
    groups.push_back(svg.substr(at + 7, svg.find('"', at + 7) - at - 7));
  }
  std::vector<std::string> layers;
  for (const std::string& call : recorder.calls) {
    if (call == "begin" || call == "background" || call == "end") continue;
    layers.push_back(call.find("polygons") != std::string::npos ? "polygons" : call);
  }
  EXPECT_EQ(groups, layers);
  EXPECT_EQ(groups, (std::vector<std::string>{"map", "rects", "polygons", "lines", "texts"}));
}

}  // namespace
}  // namespace hgm::render
