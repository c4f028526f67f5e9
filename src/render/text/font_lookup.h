#pragma once
// Finding font files through fontconfig (never by hard-coded path).
#include <string>
#include <string_view>

namespace hgm::render {

struct ResolvedFont {
  std::string path;
  int index = 0;       // face index inside the file
  std::string family;
};

// The file for a fontconfig pattern such as "Noto Sans:bold". FcFontMatch always returns
// *some* font; this insists it is the requested family, since silently drawing labels in
// DejaVu would hide a broken installation. Throws hgm::EnvironmentError naming the font
// and the Debian package fonts-noto-core.
ResolvedFont find_font(std::string_view pattern);

// A font that has `codepoint`, preferring the pattern's family and its configured
// fallbacks (fontconfig ranks character coverage above the family name). Empty path if
// no installed font has the character.
ResolvedFont find_fallback_font(std::string_view pattern, char32_t codepoint);

}  // namespace hgm::render
