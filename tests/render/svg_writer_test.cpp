// The SVG backend: exact text for a tiny frame, patterns, escaping, Vietnamese text,
// determinism, well-formed XML and atomic writes. No OpenGL anywhere in these tests.
#include "render/svg/svg_writer.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>
#include <vector>

#include "render/errors.h"
#include "render/svg/xml_text.h"
#include "test_scene.h"

namespace hgm::render {
namespace {

namespace fs = std::filesystem;

// Two districts in map units (the second with a hole and hatched), drawn at 5 px per unit.
hgm::Scene tiny_scene() {
  hgm::Scene scene;
  scene.title = "Thử <nghiệm>";
  hgm::MapFeature a;
  a.code = "001";
  a.label = "Đồng Văn";
  a.shape = {hgm::Polygon{{{0, 0}, {10, 0}, {10, 10}, {0, 10}}, {}}};
  a.style = {{0x4f, 0x9d, 0x69, 255}, hgm::FillPattern::solid, {0, 0, 0, 255}};
  hgm::MapFeature b;
  b.code = "002";
  b.label = "Mèo Vạc";
  b.shape = {hgm::Polygon{{{10, 0}, {20, 0}, {20, 10}, {10, 10}}, {{{13, 3}, {13, 7}, {17, 7}, {17, 3}}}}};
  b.style = {{0xf0, 0xc0, 0x60, 255}, hgm::FillPattern::hatch, {0x80, 0x40, 0x00, 255}};
  scene.features = {a, b};
  for (const auto& f : scene.features) scene.bounds.extend(hgm::bounds_of(f.shape));
  return scene;
}

hgm::Frame tiny_frame(const hgm::Scene& scene) {
  hgm::Frame frame;
  frame.width = 200;
  frame.height = 100;
  frame.background = {255, 255, 255, 255};
  frame.map_viewport = {10, 10, 180, 80};
  frame.transform.scale = 5;  // map (x, y) -> (100 + (x - 10) * 5, 50 - (y - 5) * 5)
  frame.transform.center = {10, 5};
  frame.transform.origin_x = 100;
  frame.transform.origin_y = 50;
  frame.scene = &scene;
  frame.outline_width_px = 1.5;
  frame.outline = {0, 0, 0, 255};
  frame.pattern_spacing_px = 8;
  frame.pattern_line_px = 2;
  frame.rects.push_back({{150, 70, 20, 10},
                         {{0xdd, 0xdd, 0xdd, 255}, hgm::FillPattern::no_data, {0x80, 0x80, 0x80, 255}},
                         {64, 64, 64, 255},
                         1});
  hgm::FramePolygon arrow;
  arrow.mesh.vertices = {{180, 10}, {190, 30}, {170, 30}};
  arrow.mesh.indices = {0, 1, 2};
  arrow.fill = {0, 0, 0, 255};
  frame.polygons.push_back(arrow);
  frame.lines.push_back({{{20, 90}, {60.004, 90}}, 2, {0x20, 0x50, 0xb0, 128}, false});
  frame.texts.push_back({"Hà Giang", 20.5, 20.25, 12, {30, 30, 30, 255}, {255, 255, 255, 230}, 2});
  return frame;
}

// Written out by hand from the frame above: the hatch anchor is the pixel of the scene
// origin (10, 5) -> (100, 50), reduced modulo 8 * sqrt(2) = 11.31 -> (9.49, 4.75); map
// patterns are anchored there, frame rectangle patterns at (0, 0). Opacities: 128 / 255
// = 0.502, 230 / 255 = 0.902.
const char* const kTinySvg = R"svg(<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="200" height="100" viewBox="0 0 200 100">
<title>Thử &lt;nghiệm&gt;</title>
<defs>
  <clipPath id="map-viewport"><rect x="10" y="10" width="180" height="80"/></clipPath>
  <pattern id="pattern-1" patternUnits="userSpaceOnUse" x="-4" y="-4" width="8" height="8" patternTransform="translate(9.49 4.75) rotate(45)">
    <rect width="8" height="8" fill="#f0c060"/>
    <path d="M4 0V8" fill="none" stroke="#804000" stroke-width="2"/>
  </pattern>
  <pattern id="pattern-2" patternUnits="userSpaceOnUse" x="-4" y="-4" width="8" height="8" patternTransform="rotate(45)">
    <rect width="8" height="8" fill="#dddddd"/>
    <path d="M4 0V8M0 4H8" fill="none" stroke="#808080" stroke-width="2"/>
  </pattern>
</defs>
<rect id="background" width="200" height="100" fill="#ffffff"/>
<g id="map" clip-path="url(#map-viewport)">
  <path id="district-001" fill="#4f9d69" fill-rule="evenodd" d="M50 75L100 75L100 25L50 25Z"><title>Đồng Văn</title></path>
  <path id="district-002" fill="url(#pattern-1)" fill-rule="evenodd" d="M100 75L150 75L150 25L100 25ZM115 60L115 40L135 40L135 60Z"><title>Mèo Vạc</title></path>
  <path id="map-outlines" fill="none" stroke="#000000" stroke-width="1.5" stroke-linejoin="round" d="M50 75L100 75L100 25L50 25ZM100 75L150 75L150 25L100 25ZM115 60L115 40L135 40L135 60Z"/>
</g>
<g id="rects">
  <rect x="150" y="70" width="20" height="10" fill="url(#pattern-2)" stroke="#404040" stroke-width="1" stroke-linejoin="round"/>
</g>
<g id="polygons">
  <path fill="#000000" fill-rule="evenodd" d="M180 10L190 30L170 30Z"/>
</g>
<g id="lines" fill="none" stroke-linecap="round" stroke-linejoin="round">
  <path stroke="#2050b0" stroke-width="2" stroke-opacity="0.502" d="M20 90L60 90"/>
</g>
<g id="texts" font-family="Noto Sans" xml:space="preserve">
  <text x="20.5" y="20.25" font-size="12" fill="#ffffff" stroke="#ffffff" stroke-width="4" stroke-linejoin="round" opacity="0.902">Hà Giang</text>
  <text x="20.5" y="20.25" font-size="12" fill="#1e1e1e">Hà Giang</text>
</g>
</svg>
)svg";

// A small well-formedness check: one root, tags nested and closed in order, attribute
// values quoted, and no bare '<' or '&' in text or values. xmllint (below) checks fully.
::testing::AssertionResult well_formed(const std::string& xml) {
  std::vector<std::string> open;
  std::size_t i = 0;
  bool root_seen = false;
  auto fail = [&](const std::string& what) {
    return ::testing::AssertionFailure() << what << " at byte " << i << ": " << xml.substr(i, 60);
  };
  auto check_text = [&](std::size_t from, std::size_t to) -> bool {
    for (std::size_t k = from; k < to; ++k) {
      if (xml[k] == '<') return false;
      if (xml[k] == '&') {
        const std::size_t end = xml.find(';', k);
        if (end == std::string::npos || end > to) return false;
        const std::string ref = xml.substr(k + 1, end - k - 1);
        const bool named = ref == "amp" || ref == "lt" || ref == "gt" || ref == "quot" || ref == "apos";
        const bool numeric = ref.size() > 1 && ref[0] == '#' && ref.find_first_not_of("0123456789", 1) == std::string::npos;
        if (!named && !numeric) return false;
      }
    }
    return true;
  };
  if (xml.rfind("<?xml ", 0) != 0) return fail("no XML declaration");
  i = xml.find("?>") + 2;
  while (i < xml.size()) {
    const std::size_t lt = xml.find('<', i);
    if (lt == std::string::npos) break;
    if (!check_text(i, lt)) return fail("bad text");
    if (open.empty() && root_seen) return fail("content after the root");
    i = lt + 1;
    const bool closing = xml[i] == '/';
    if (closing) ++i;
    const std::size_t name_end = xml.find_first_of(" />", i);
    const std::string name = xml.substr(i, name_end - i);
    if (name.empty()) return fail("empty tag name");
    i = name_end;
    // Attributes: name="value".
    while (i < xml.size() && xml[i] == ' ') {
      const std::size_t eq = xml.find('=', i);
      if (eq == std::string::npos || xml[eq + 1] != '"') return fail("unquoted attribute");
      const std::size_t close = xml.find('"', eq + 2);
      if (closing || !check_text(eq + 2, close)) return fail("bad attribute value");
      i = close + 1;
    }
    const bool empty_element = xml.compare(i, 2, "/>") == 0;
    if (!empty_element && xml[i] != '>') return fail("bad tag end");
    i += empty_element ? 2 : 1;
    if (closing) {
      if (open.empty() || open.back() != name) return fail("mismatched </" + name + ">");
      open.pop_back();
    } else if (!empty_element) {
      open.push_back(name);
      root_seen = true;
    }
  }
  if (!open.empty()) return fail("unclosed <" + open.back() + ">");
  if (xml.find_first_not_of(" \n", i) != std::string::npos) return fail("trailing content");
  return ::testing::AssertionSuccess();
}

class SvgFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(test::output_path("svg")) / ::testing::UnitTest::GetInstance()->current_test_info()->name();
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  std::size_t files_in_dir() const {
    std::size_t n = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir_)) ++n;
    return n;
  }
  static std::string read(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }
  fs::path dir_;
};

TEST(SvgWriter, TinyFrameExactly) {
  const hgm::Scene scene = tiny_scene();
  EXPECT_EQ(frame_to_svg(tiny_frame(scene)), kTinySvg);
}

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

TEST(SvgWriter, SameFrameSameBytes) {
  const hgm::Scene scene = tiny_scene();
  const hgm::Scene copy = scene;
  EXPECT_EQ(frame_to_svg(tiny_frame(scene)), frame_to_svg(tiny_frame(copy)));
  const hgm::Scene test_scene = test::make_test_scene();
  const hgm::Frame frame = test::make_test_frame(test_scene);
  EXPECT_EQ(frame_to_svg(frame), frame_to_svg(frame));
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

TEST(SvgWriter, EscapesMarkupInTextsTitlesAndIds) {
  hgm::Scene scene = tiny_scene();
  scene.features[0].label = "A <b> & \"c\"";
  scene.features[0].code = "0 1<";
  hgm::Frame frame = tiny_frame(scene);
  frame.texts.push_back({"x < y && \"z\" > 'w'", 10, 10, 10, {0, 0, 0, 255}, {0, 0, 0, 0}, 0});
  SvgOptions options;
  options.font_family = "Noto \"Sans\"";
  const std::string svg = frame_to_svg(frame, options);
  EXPECT_NE(svg.find("<title>A &lt;b&gt; &amp; &quot;c&quot;</title>"), std::string::npos);
  EXPECT_NE(svg.find(">x &lt; y &amp;&amp; &quot;z&quot; &gt; 'w'</text>"), std::string::npos);
  EXPECT_NE(svg.find("id=\"district-0_1_\""), std::string::npos);
  EXPECT_NE(svg.find("font-family=\"Noto &quot;Sans&quot;\""), std::string::npos);
  EXPECT_TRUE(well_formed(svg));
}

TEST(SvgWriter, VietnameseTextIsKeptAsUtf8) {
  hgm::Frame frame;
  frame.width = 300;
  frame.height = 50;
  const std::string words = "Hoàng Su Phì – Xín Mần · Quản Bạ · Đồng Văn · Mèo Vạc · Bắc Mê";
  frame.texts.push_back({words, 5, 30, 14, {0, 0, 0, 255}, {0, 0, 0, 0}, 0});
  EXPECT_NE(frame_to_svg(frame).find(">" + words + "</text>"), std::string::npos);
}

TEST(SvgWriter, BrokenUtf8AndControlCharactersStayWellFormed) {
  EXPECT_EQ(xml_escape("a\xC3(b"), "a\xEF\xBF\xBD(b");        // a lead byte without its follower
  EXPECT_EQ(xml_escape("\xC0\xAF"), "\xEF\xBF\xBD\xEF\xBF\xBD");  // overlong '/'
  EXPECT_EQ(xml_escape("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a surrogate
  EXPECT_EQ(xml_escape(std::string("a\0b\x01\tc\r", 8)), "ab\tc&#13;");
  EXPECT_EQ(xml_escape("\xF4\x90\x80\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // above U+10FFFF
  EXPECT_EQ(xml_escape("\xEF\xBF\xBE"), "\xEF\xBF\xBD");  // U+FFFE
  EXPECT_EQ(xml_escape("Đ"), "Đ");
  hgm::Frame frame;
  frame.width = 10;
  frame.height = 10;
  frame.texts.push_back({"bad \xFF\xFE text\x1B", 1, 5, 5, {0, 0, 0, 255}, {0, 0, 0, 0}, 0});
  EXPECT_TRUE(well_formed(frame_to_svg(frame)));
}

TEST(SvgWriter, ValidUtf8IsKeptByteForByte) {
  // One to four bytes, the edges of each length, U+FFFD itself and U+10FFFF.
  const std::string text = "a~\x7F\xC2\x80\xDF\xBF\xE0\xA0\x80\xED\x9F\xBF\xEE\x80\x80\xEF\xBF\xBD"
                           "\xF0\x90\x80\x80\xF0\x9F\x97\xBA\xF4\x8F\xBF\xBF ạ\xCC\x82";
  EXPECT_EQ(xml_escape(text), text);
}

TEST(SvgWriter, DistrictIdsAreUnique) {
  hgm::Scene scene = tiny_scene();
  scene.features[1].code = "001";
  scene.features.push_back(scene.features[0]);
  scene.features.back().code.clear();
  const std::string svg = frame_to_svg(tiny_frame(scene));
  EXPECT_NE(svg.find("id=\"district-001\""), std::string::npos);
  EXPECT_NE(svg.find("id=\"district-001-2\""), std::string::npos);
  EXPECT_NE(svg.find("id=\"district-3\""), std::string::npos);
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

TEST(SvgWriter, ParsesWithXmllint) {
#ifdef HGM_XMLLINT
  const hgm::Scene scene = test::make_test_scene();
  hgm::Frame frame = test::make_test_frame(scene);
  frame.texts.push_back({"Đồng Văn <&> \"Mèo Vạc\"", 10, 10, 10, {0, 0, 0, 255}, {255, 255, 255, 255}, 1});
  const std::string path = test::output_path("xmllint_check.svg");
  write_svg(path, frame);
  const std::string command = std::string(HGM_XMLLINT) + " --noout '" + path + "'";
  EXPECT_EQ(std::system(command.c_str()), 0) << command;
  fs::remove(path);
#else
  GTEST_SKIP() << "xmllint not found when configuring (Debian package libxml2-utils)";
#endif
}

TEST_F(SvgFiles, WritesTheDocumentAtomically) {
  const hgm::Scene scene = tiny_scene();
  const hgm::Frame frame = tiny_frame(scene);
  const fs::path path = dir_ / "map.svg";
  write_svg(path, frame);
  write_svg(path, frame);  // over an existing file
  EXPECT_EQ(read(path), frame_to_svg(frame));
  EXPECT_EQ(files_in_dir(), 1u);  // no temporary file left behind
  EXPECT_EQ(fs::status(path).permissions() & fs::perms::others_read, fs::perms::others_read);
}

TEST_F(SvgFiles, MissingFolderThrowsNamingThePath) {
  const hgm::Scene scene = tiny_scene();
  const fs::path path = dir_ / "no" / "such" / "folder" / "map.svg";
  try {
    write_svg(path, tiny_frame(scene));
    FAIL() << "expected ImageIoError";
  } catch (const ImageIoError& e) {
    EXPECT_NE(std::string(e.what()).find(path.string()), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("SVG"), std::string::npos) << e.what();
  }
  EXPECT_EQ(files_in_dir(), 0u);
}

// Fails at the last step (renaming over a folder), after the temporary file was written:
// works even as root, where permission bits do not stop writing.
TEST_F(SvgFiles, FailedWriteLeavesNoTemporaryFile) {
  const hgm::Scene scene = tiny_scene();
  const fs::path path = dir_ / "a_folder.svg";
  fs::create_directory(path);
  fs::create_directory(path / "keep");
  EXPECT_THROW(write_svg(path, tiny_frame(scene)), ImageIoError);
  EXPECT_EQ(files_in_dir(), 1u);  // only the folder itself
  EXPECT_TRUE(fs::is_directory(path / "keep"));
}

}  // namespace
}  // namespace hgm::render
