#include "render/text/font_lookup.h"

#include <fontconfig/fontconfig.h>

#include <algorithm>
#include <cctype>
#include <memory>

#include "core/errors.h"

namespace hgm::render {

namespace {

struct FcPatternDeleter {
  void operator()(FcPattern* p) const { FcPatternDestroy(p); }
};
using FcPatternPtr = std::unique_ptr<FcPattern, FcPatternDeleter>;

bool same_family(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
  });
}

std::string missing_font_message(std::string_view pattern, std::string_view detail) {
  return "font \"" + std::string(pattern) + "\" not found through fontconfig (" + std::string(detail) +
         "); install the Debian package fonts-noto-core (apt-get install fonts-noto-core)";
}

}  // namespace

ResolvedFont find_font(std::string_view pattern_text) {
  if (!FcInit()) {
    throw hgm::EnvironmentError("fontconfig could not be initialised (looking for \"" + std::string(pattern_text) + "\")");
  }
  const std::string text(pattern_text);
  FcPatternPtr pattern(FcNameParse(reinterpret_cast<const FcChar8*>(text.c_str())));
  if (!pattern) throw hgm::EnvironmentError("fontconfig cannot parse the font pattern \"" + text + "\"");
  FcChar8* wanted_family = nullptr;
  std::string wanted;
  if (FcPatternGetString(pattern.get(), FC_FAMILY, 0, &wanted_family) == FcResultMatch) {
    wanted = reinterpret_cast<const char*>(wanted_family);
  }
  FcConfigSubstitute(nullptr, pattern.get(), FcMatchPattern);
  FcDefaultSubstitute(pattern.get());
  FcResult result = FcResultNoMatch;
  FcPatternPtr match(FcFontMatch(nullptr, pattern.get(), &result));
  if (!match || result != FcResultMatch) {
    throw hgm::EnvironmentError(missing_font_message(pattern_text, "no match at all"));
  }

  ResolvedFont resolved;
  bool family_ok = wanted.empty();
  FcChar8* family = nullptr;
  for (int i = 0; FcPatternGetString(match.get(), FC_FAMILY, i, &family) == FcResultMatch; ++i) {
    const std::string name = reinterpret_cast<const char*>(family);
    if (i == 0) resolved.family = name;
    if (same_family(name, wanted)) {
      family_ok = true;
      resolved.family = name;
    }
  }
  if (!family_ok) {
    throw hgm::EnvironmentError(missing_font_message(pattern_text, "the closest font is \"" + resolved.family + "\""));
  }
  FcChar8* file = nullptr;
  if (FcPatternGetString(match.get(), FC_FILE, 0, &file) != FcResultMatch) {
    throw hgm::EnvironmentError(missing_font_message(pattern_text, "the match has no file"));
  }
  resolved.path = reinterpret_cast<const char*>(file);
  int index = 0;
  if (FcPatternGetInteger(match.get(), FC_INDEX, 0, &index) == FcResultMatch) resolved.index = index;
  return resolved;
}

ResolvedFont find_fallback_font(std::string_view pattern_text, char32_t codepoint) {
  const std::string text(pattern_text);
  FcPatternPtr pattern(FcNameParse(reinterpret_cast<const FcChar8*>(text.c_str())));
  if (!pattern) return {};
  FcCharSet* charset = FcCharSetCreate();
  FcCharSetAddChar(charset, static_cast<FcChar32>(codepoint));
  FcPatternAddCharSet(pattern.get(), FC_CHARSET, charset);
  FcCharSetDestroy(charset);
  FcConfigSubstitute(nullptr, pattern.get(), FcMatchPattern);
  FcDefaultSubstitute(pattern.get());
  FcResult result = FcResultNoMatch;
  FcPatternPtr match(FcFontMatch(nullptr, pattern.get(), &result));
  if (!match || result != FcResultMatch) return {};
  FcCharSet* covered = nullptr;
  if (FcPatternGetCharSet(match.get(), FC_CHARSET, 0, &covered) != FcResultMatch ||
      !FcCharSetHasChar(covered, static_cast<FcChar32>(codepoint))) {
    return {};
  }
  ResolvedFont resolved;
  FcChar8* file = nullptr;
  if (FcPatternGetString(match.get(), FC_FILE, 0, &file) != FcResultMatch) return {};
  resolved.path = reinterpret_cast<const char*>(file);
  int index = 0;
  if (FcPatternGetInteger(match.get(), FC_INDEX, 0, &index) == FcResultMatch) resolved.index = index;
  FcChar8* family = nullptr;
  if (FcPatternGetString(match.get(), FC_FAMILY, 0, &family) == FcResultMatch) {
    resolved.family = reinterpret_cast<const char*>(family);
  }
  return resolved;
}

}  // namespace hgm::render
