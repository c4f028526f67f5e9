#pragma once
// Rasterised glyphs kept per pixel size, so a label drawn every frame is rasterised once.
#include <cstddef>
#include <cstdint>
#include <unordered_map>

#include "render/text/font.h"

namespace hgm::render {

// Glyphs are positioned to a quarter of a pixel horizontally; baselines snap to pixels.
inline constexpr int kSubpixelSteps = 4;

class GlyphCache {
 public:
  explicit GlyphCache(const Font& font) : font_(&font) {}

  // References stay valid until clear() or trim(). The glyph at `size_px`, shifted right by subpixel_step / kSubpixelSteps pixels; with
  // halo_px > 0 the stroked outline instead (see Font::rasterize).
  const GlyphBitmap& get(GlyphId glyph, double size_px, int subpixel_step, double halo_px);
  const Font& font() const { return *font_; }
  std::size_t size() const;
  void clear() { sizes_.clear(); }
  // Drops everything when the cache has grown past a generous bound. Call it between
  // texts, never while holding references returned by get().
  void trim();

 private:
  struct Key {
    GlyphId glyph;
    std::int32_t halo_64;  // halo radius in 1/64 pixel
    std::int32_t subpixel_step;
    friend bool operator==(const Key&, const Key&) = default;
  };
  struct KeyHash {
    std::size_t operator()(const Key& k) const noexcept {
      return (static_cast<std::size_t>(k.glyph.index) * 1000003u) ^ (static_cast<std::size_t>(k.glyph.face) << 40) ^ (static_cast<std::size_t>(k.halo_64) * 131u) ^
             static_cast<std::size_t>(k.subpixel_step);
    }
  };
  using Glyphs = std::unordered_map<Key, GlyphBitmap, KeyHash>;

  const Font* font_;
  std::unordered_map<std::int64_t, Glyphs> sizes_;  // keyed by size in 1/64 pixel
};

}  // namespace hgm::render
