#include "render/text/font.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "core/errors.h"
#include "core/text/text_fold.h"

namespace hgm::render {
namespace {

const Font& regular() {
  static const Font font = Font::regular();
  return font;
}

TEST(Font, ResolvesNotoSansThroughFontconfig) {
  EXPECT_EQ(regular().family(), "Noto Sans");
  EXPECT_TRUE(std::filesystem::exists(regular().file_path())) << regular().file_path();
}

TEST(Font, BoldIsADifferentFileOfTheSameFamily) {
  const Font bold = Font::bold();
  EXPECT_EQ(bold.family(), "Noto Sans");
  EXPECT_NE(bold.file_path(), regular().file_path());
  EXPECT_GT(bold.text_width("Hà Giang", 20), regular().text_width("Hà Giang", 20));
}

TEST(Font, MissingFamilyNamesTheFontAndThePackage) {
  try {
    Font font("Surely No Such Font Family 123");
    FAIL() << "expected an EnvironmentError";
  } catch (const hgm::EnvironmentError& e) {
    const std::string message = e.what();
    EXPECT_NE(message.find("Surely No Such Font Family 123"), std::string::npos) << message;
    EXPECT_NE(message.find("fonts-noto-core"), std::string::npos) << message;
  }
}

TEST(Font, WidthIsPositiveAndGrowsWithSize) {
  const double w12 = regular().text_width("Đồng Văn", 12);
  const double w24 = regular().text_width("Đồng Văn", 24);
  EXPECT_GT(w12, 0);
  EXPECT_GT(w24, w12);
  EXPECT_NEAR(w24, 2 * w12, 1e-9);  // unhinted advances scale linearly
  EXPECT_EQ(regular().text_width("", 24), 0);
  EXPECT_GT(regular().text_width("Đồng Văn Đồng Văn", 24), 2 * w24 - 1e-6);
}

TEST(Font, AscentAndDescentScaleWithSize) {
  EXPECT_GT(regular().ascent(20), 0.7 * 20);  // room for capitals with stacked accents
  EXPECT_GT(regular().descent(20), 0.1 * 20);
  EXPECT_NEAR(regular().ascent(40), 2 * regular().ascent(20), 1e-9);
}

TEST(Font, HasEveryPrecomposedVietnameseLetterUsed) {
  std::u32string text;
  ASSERT_TRUE(hgm::decode_utf8("Hà Giang – Xín Mần Đồng Văn Mèo Vạc Quản Bạ Yên Minh Bắc Mê Hoàng Su Phì "
                               "Vị Xuyên Bắc Quang Quang Bình ạ ầ ữ ỹ ờ ợ Ư ư Ơ ơ",
                               text));
  for (char32_t cp : text) EXPECT_TRUE(regular().has_glyph(cp)) << "U+" << std::hex << static_cast<unsigned>(cp);
}

TEST(Font, LayoutPlacesGlyphsLeftToRight) {
  const auto glyphs = regular().layout("Xín Mần", 16);
  ASSERT_EQ(glyphs.size(), 7u);  // NFC: one glyph per character
  for (std::size_t i = 1; i < glyphs.size(); ++i) EXPECT_GT(glyphs[i].x, glyphs[i - 1].x);
  for (const auto& g : glyphs) {
    EXPECT_NE(g.glyph.index, 0u);
    EXPECT_EQ(g.glyph.face, 0);
  }
}

TEST(Font, MissingCharactersComeFromAFallbackFont) {
  ASSERT_FALSE(regular().has_glyph(U'≥'));  // Noto Sans lacks the comparison signs
  const GlyphId glyph = regular().glyph_for(U'≥');
  EXPECT_NE(glyph.index, 0u);
  EXPECT_GT(glyph.face, 0);
  EXPECT_NE(regular().face_path(glyph.face), regular().file_path());
  EXPECT_GT(regular().rasterize(glyph, 24, 0).width, 5);
  EXPECT_GT(regular().text_width("≥ 40%", 24), regular().text_width(" 40%", 24) + 5);
}

TEST(Font, KernsPairsFromGpos) {
  ASSERT_TRUE(regular().has_kerning());  // Noto Sans keeps its kerning in GPOS only
  const double size = 100;
  auto pair_adjustment = [&](const char* pair, const char* a, const char* b) {
    return regular().text_width(pair, size) - regular().text_width(a, size) - regular().text_width(b, size);
  };
  EXPECT_LT(pair_adjustment("AV", "A", "V"), -1.0);
  EXPECT_LT(pair_adjustment("Tố", "T", "ố"), -1.0);  // precomposed Vietnamese letters kern too
  EXPECT_NEAR(pair_adjustment("Ho", "H", "o"), 0.0, 1e-9);
}

TEST(Font, InvalidUtf8DoesNotThrow) {
  EXPECT_GT(regular().text_width("ab\xff\xfe" "cd", 16), 0);
}

TEST(Font, RasterizesGlyphsAndHalos) {
  const auto glyphs = regular().layout("Đ", 32);
  ASSERT_EQ(glyphs.size(), 1u);
  const GlyphBitmap ink = regular().rasterize(glyphs[0].glyph, 32, 0);
  EXPECT_GT(ink.width, 10);
  EXPECT_GT(ink.height, 15);
  EXPECT_NEAR(ink.top, 23, 3);  // cap height of Noto Sans is ~0.71 em
  const GlyphBitmap halo = regular().rasterize(glyphs[0].glyph, 32, 0, 3);
  EXPECT_NEAR(halo.width, ink.width + 6, 2);
  EXPECT_NEAR(halo.top, ink.top + 3, 1);
}

}  // namespace
}  // namespace hgm::render
