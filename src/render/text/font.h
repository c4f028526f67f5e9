#pragma once
// A font found through fontconfig and loaded with FreeType: measures text for layout
// (hgm::TextMeasurer) and rasterises single glyphs for the text renderer.
// Not thread-safe: measuring fills a small advance cache.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/layout/text_measurer.h"

namespace hgm::render {

// A glyph of the font: `face` 0 is the font's own file; higher numbers are fallback fonts
// fontconfig suggested for characters the font lacks (e.g. "≥" is not in Noto Sans).
struct GlyphId {
  std::uint32_t index = 0;
  std::uint16_t face = 0;
  friend bool operator==(const GlyphId&, const GlyphId&) = default;
};

// One glyph of a line of text and where its origin sits on the baseline, in pixels from
// the start of the text.
struct PlacedGlyph {
  GlyphId glyph;
  double x = 0;
};

// One step of a glyph's outline, in pixels from the glyph's origin with y growing down
// (the frame's convention): `move` and `line` go to p[0]; `quadratic` curves through the
// control p[0] to p[1]; `cubic` through p[0] and p[1] to p[2]. Contours are closed.
struct OutlineStep {
  enum class Kind { move, line, quadratic, cubic };
  Kind kind = Kind::move;
  struct Point {
    double x = 0, y = 0;
  };
  Point p[3]{};
};

// 8-bit coverage of one glyph; (left, top) is the offset of the first row's first pixel
// from the glyph origin, top counted upwards from the baseline (FreeType's convention).
struct GlyphBitmap {
  int width = 0;
  int height = 0;
  int left = 0;
  int top = 0;
  std::vector<std::uint8_t> coverage;  // width * height, rows top-down
};

class Font final : public hgm::TextMeasurer {
 public:
  // `pattern` is a fontconfig pattern such as "Noto Sans" or "Noto Sans:bold". Throws
  // hgm::EnvironmentError naming the font (and the Debian package fonts-noto-core) when
  // fontconfig has no font of that family, or FreeType cannot load the file.
  explicit Font(std::string_view pattern = "Noto Sans");
  static Font regular() { return Font("Noto Sans"); }
  static Font bold() { return Font("Noto Sans:bold"); }

  ~Font() override;
  Font(Font&&) noexcept;
  Font& operator=(Font&&) noexcept;
  Font(const Font&) = delete;
  Font& operator=(const Font&) = delete;

  const std::string& file_path() const;  // resolved by fontconfig, e.g. for ImGui
  int face_index() const;                 // index of the face inside file_path()
  const std::string& family() const;      // family name as the font reports it
  bool has_kerning() const;               // pair kerning from a 'kern' table or GPOS

  // hgm::TextMeasurer. Widths are the sum of unhinted advances (plus kerning), exactly
  // what the renderer uses to place glyphs, so layout and drawing agree.
  double text_width(std::string_view utf8, double size_px) const override;
  double ascent(double size_px) const override;
  double descent(double size_px) const override;

  // Glyphs of a line of UTF-8 text at `size_px` (the em size in pixels). Invalid UTF-8
  // becomes U+FFFD. A character missing from the font is taken from a fallback font that
  // fontconfig finds for it; if no installed font has it, the .notdef box is drawn.
  std::vector<PlacedGlyph> layout(std::string_view utf8, double size_px) const;
  bool has_glyph(char32_t codepoint) const;  // in the font's own file, without fallback
  GlyphId glyph_for(char32_t codepoint) const;
  std::string face_path(std::uint16_t face) const;
  int face_file_index(std::uint16_t face) const;  // index of `face` inside face_path(face)

  // Rasterises one glyph at `size_px`, shifted right by `subpixel_x` (0 <= x < 1) pixels.
  // With `halo_px` > 0 the result is the glyph's outline stroked with radius halo_px
  // (round joins); the caller unites it with the plain glyph to get a dilated halo.
  GlyphBitmap rasterize(GlyphId glyph, double size_px, double subpixel_x, double halo_px = 0) const;

  // The unhinted outline of one glyph at `size_px` (for text written as paths): the same
  // shape rasterize() fills, before hinting. Empty for a glyph without one (a space).
  std::vector<OutlineStep> outline(GlyphId glyph, double size_px) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace hgm::render
