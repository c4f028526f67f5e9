#include "render/text/glyph_cache.h"

#include <cmath>

namespace hgm::render {

namespace {
// A generous bound; a map uses a handful of sizes and a few hundred characters.
constexpr std::size_t kMaxCachedGlyphs = 50000;
}  // namespace

const GlyphBitmap& GlyphCache::get(GlyphId glyph, double size_px, int subpixel_step, double halo_px) {
  const auto size_64 = static_cast<std::int64_t>(std::lround(size_px * 64.0));
  const Key key{glyph, static_cast<std::int32_t>(std::lround(halo_px * 64.0)), subpixel_step};
  if (auto by_size = sizes_.find(size_64); by_size != sizes_.end()) {
    if (auto it = by_size->second.find(key); it != by_size->second.end()) return it->second;
  }
  GlyphBitmap bitmap = font_->rasterize(glyph, static_cast<double>(size_64) / 64.0,
                                        static_cast<double>(subpixel_step) / kSubpixelSteps,
                                        static_cast<double>(key.halo_64) / 64.0);
  return sizes_[size_64].emplace(key, std::move(bitmap)).first->second;
}

void GlyphCache::trim() {
  if (size() > kMaxCachedGlyphs) clear();
}

std::size_t GlyphCache::size() const {
  std::size_t total = 0;
  for (const auto& [size, glyphs] : sizes_) total += glyphs.size();
  return total;
}

}  // namespace hgm::render
