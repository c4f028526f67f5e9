#pragma once
// The glyphs a document uses, cut out of their font files (HarfBuzz's subsetter), for an
// SVG that shows its text in the renderer's own font on any machine: with the font absent
// a viewer would substitute another whose widths differ, and legend ranges would run into
// their counts.
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "render/text/font.h"

namespace hgm::render::svg {

// One embedded font: a TrueType/OpenType file holding only the characters given.
struct EmbeddedFont {
  std::string family;      // the name the document's CSS gives it ("hgm-text-0", …)
  std::string font_bytes;  // the subset file
};

// The characters of `texts` that `font` draws, by the face that draws them (0: the font
// itself, then the fallbacks it took characters from); characters no face has are left out.
using CharactersByFace = std::map<std::uint16_t, std::set<char32_t>>;
void add_characters(const Font& font, const std::string& text, CharactersByFace& out);

// The family name the document's CSS gives `face` ("hgm-text-0", …).
std::string embedded_family(std::uint16_t face);

// Each face of `characters` cut down to its characters, in face order. A face HarfBuzz
// cannot subset is left out (the viewer then falls back to the font's name).
// Deterministic: the same characters give the same bytes.
std::vector<EmbeddedFont> subset_fonts(const Font& font, const CharactersByFace& characters);

// `bytes` in base64 (RFC 4648, with padding), for a data: URL.
std::string base64(const std::string& bytes);

}  // namespace hgm::render::svg
