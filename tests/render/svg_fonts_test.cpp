// SVG texts in the renderer's own font, whatever the viewer's machine has: the glyphs the
// texts use embedded as subset fonts (read back with HarfBuzz: every character is there,
// others are not), a character from a fallback font embedded as its own face, and text
// written as outlines placed where the renderer places the glyphs.
#include <gtest/gtest.h>
#include <hb.h>

#include <regex>
#include <string>

#include "core/text/text_fold.h"
#include "render/svg/font_subset.h"
#include "render/svg/svg_writer.h"
#include "render/text/font.h"

namespace hgm::render {
namespace {

const Font& font() {
  static const Font regular = Font::regular();
  return regular;
}

hgm::Frame frame_with(const std::vector<std::string>& words) {
  hgm::Frame frame;
  frame.width = 400;
  frame.height = 40 * static_cast<int>(words.size());
  for (std::size_t i = 0; i < words.size(); ++i)
    frame.texts.push_back({words[i], 10, 30 + 40.0 * static_cast<double>(i), 16, {0, 0, 0, 255}, {0, 0, 0, 0}, 0});
  return frame;
}

std::string decode_base64(const std::string& text) {
  static const std::string digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  unsigned bits = 0;
  int count = 0;
  for (const char c : text) {
    if (c == '=') break;
    bits = bits << 6 | static_cast<unsigned>(digits.find(c));
    if ((count += 6) >= 8) out += static_cast<char>(bits >> (count -= 8) & 0xFF);
  }
  return out;
}

// The characters each embedded face maps, by family name.
std::map<std::string, std::set<char32_t>> embedded_characters(const std::string& svg) {
  std::map<std::string, std::set<char32_t>> out;
  const std::regex face(R"re(font-family: "([^"]+)"; src: url\(data:font/ttf;base64,([A-Za-z0-9+/=]+)\))re");
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), face); it != std::sregex_iterator(); ++it) {
    const std::string bytes = decode_base64((*it)[2]);
    hb_blob_t* blob = hb_blob_create(bytes.data(), static_cast<unsigned>(bytes.size()), HB_MEMORY_MODE_READONLY, nullptr, nullptr);
    hb_face_t* hb = hb_face_create(blob, 0);
    hb_set_t* unicodes = hb_set_create();
    hb_face_collect_unicodes(hb, unicodes);
    hb_codepoint_t c = HB_SET_VALUE_INVALID;
    while (hb_set_next(unicodes, &c)) out[(*it)[1]].insert(c);
    hb_set_destroy(unicodes);
    hb_face_destroy(hb);
    hb_blob_destroy(blob);
  }
  return out;
}

TEST(SvgFonts, TheCharactersOfTheTextsAreEmbeddedAndNoOthers) {
  const std::string words = "Hoàng Su Phì – Đồng Văn 19.559,8";
  const std::string svg = frame_to_svg(frame_with({words}), {.font = &font()});
  const auto faces = embedded_characters(svg);
  ASSERT_EQ(faces.size(), 1u) << "Noto Sans has every character of these words";
  const std::set<char32_t>& embedded = faces.at("hgm-text-0");
  std::u32string chars;
  hgm::decode_utf8(words, chars);
  for (const char32_t c : chars) EXPECT_TRUE(embedded.count(c)) << "U+" << std::hex << static_cast<unsigned>(c);
  EXPECT_FALSE(embedded.count(U'Q')) << "a subset, not the whole font";
  EXPECT_LT(embedded.size(), 40u);
  EXPECT_NE(svg.find("font-family=\"hgm-text-0, Noto Sans, sans-serif\""), std::string::npos);
  EXPECT_NE(svg.find(">" + words + "</text>"), std::string::npos) << "the text stays text";
  EXPECT_EQ(svg, frame_to_svg(frame_with({words}), {.font = &font()})) << "the same frame, the same bytes";
}

TEST(SvgFonts, ACharacterFromAFallbackFontHasItsOwnFace) {
  ASSERT_FALSE(font().has_glyph(U'≥')) << "the test needs a character Noto Sans lacks";
  const GlyphId fallback = font().glyph_for(U'≥');
  if (fallback.index == 0) GTEST_SKIP() << "no installed font has '≥'";
  const std::string svg = frame_to_svg(frame_with({"≥ 50%"}), {.font = &font()});
  const auto faces = embedded_characters(svg);
  const std::string family = svg::embedded_family(fallback.face);
  ASSERT_TRUE(faces.count(family)) << svg.substr(0, 400);
  EXPECT_TRUE(faces.at(family).count(U'≥'));
  EXPECT_TRUE(faces.at("hgm-text-0").count(U'5'));
  EXPECT_NE(svg.find("font-family=\"hgm-text-0, " + family + ", Noto Sans, sans-serif\""), std::string::npos);
}

TEST(SvgFonts, WithoutAFontTheTextsOnlyNameIt) {
  const std::string svg = frame_to_svg(frame_with({"Mèo Vạc"}));
  EXPECT_EQ(svg.find("@font-face"), std::string::npos);
  EXPECT_NE(svg.find("font-family=\"Noto Sans, sans-serif\""), std::string::npos);
}

// Text as paths: no <text>, one path per line named by its words, spanning the width the
// layout measured (the x of every point lies between the start and the measured end).
TEST(SvgFonts, TextAsPathsSpansTheMeasuredWidth) {
  const std::vector<std::string> words{"Xín Mần 47,4%", "Quản Bạ"};
  const hgm::Frame frame = frame_with(words);
  const std::string svg = frame_to_svg(frame, {.font = &font(), .text = SvgText::paths});
  EXPECT_EQ(svg.find("<text"), std::string::npos);
  EXPECT_EQ(svg.find("@font-face"), std::string::npos);
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::regex path("<path aria-label=\"" + words[i] + "\" d=\"([^\"]+)\"");
    std::smatch m;
    ASSERT_TRUE(std::regex_search(svg, m, path)) << words[i];
    const std::string d = m[1];
    double min_x = 1e9, max_x = -1e9, min_y = 1e9, max_y = -1e9;
    const std::regex number(R"(-?[0-9]+(\.[0-9]+)?)");
    int k = 0;
    for (auto it = std::sregex_iterator(d.begin(), d.end(), number); it != std::sregex_iterator(); ++it, ++k) {
      const double v = std::stod(it->str());
      if (k % 2 == 0) min_x = std::min(min_x, v), max_x = std::max(max_x, v);
      else min_y = std::min(min_y, v), max_y = std::max(max_y, v);
    }
    const hgm::FrameText& t = frame.texts[i];
    const double width = font().text_width(t.utf8, t.size_px);
    EXPECT_GE(min_x, t.x - 1) << words[i];
    EXPECT_LE(max_x, t.x + width + 1) << words[i];
    EXPECT_GT(max_x, t.x + width * 0.9) << words[i];
    EXPECT_LT(min_y, t.y - font().ascent(t.size_px) * 0.6) << "capitals rise above the baseline";
    EXPECT_LE(max_y, t.y + font().descent(t.size_px) + 1) << words[i];
  }
}

}  // namespace
}  // namespace hgm::render
