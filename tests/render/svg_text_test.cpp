// SVG text: markup escaped in texts, titles, ids and the font family; Vietnamese kept as
// UTF-8; broken UTF-8 and control characters replaced; district ids unique.
#include "render/svg/svg_writer.h"

#include <gtest/gtest.h>

#include <string>

#include "render/svg/xml_text.h"
#include "svg_test_frames.h"

namespace hgm::render {
namespace {

using test::tiny_frame;
using test::tiny_scene;
using test::well_formed;

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
  EXPECT_NE(svg.find("font-family=\"Noto &quot;Sans&quot;, sans-serif\""), std::string::npos);
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

}  // namespace
}  // namespace hgm::render
