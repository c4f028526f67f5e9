#include "render/font.h"

#include <fontconfig/fontconfig.h>
#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_GLYPH_H
#include FT_STROKER_H

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>
#include <unordered_map>

#include "core/errors.h"
#include "core/text_fold.h"

namespace hgm::render {

namespace {

struct FcPatternDeleter {
  void operator()(FcPattern* p) const { FcPatternDestroy(p); }
};
using FcPatternPtr = std::unique_ptr<FcPattern, FcPatternDeleter>;

struct FtLibraryDeleter {
  void operator()(FT_Library lib) const { FT_Done_FreeType(lib); }
};
struct FtFaceDeleter {
  void operator()(FT_Face face) const { FT_Done_Face(face); }
};
struct FtGlyphDeleter {
  void operator()(FT_Glyph glyph) const { FT_Done_Glyph(glyph); }
};
struct FtStrokerDeleter {
  void operator()(FT_Stroker stroker) const { FT_Stroker_Done(stroker); }
};
using FtLibraryPtr = std::unique_ptr<std::remove_pointer_t<FT_Library>, FtLibraryDeleter>;
using FtFacePtr = std::unique_ptr<std::remove_pointer_t<FT_Face>, FtFaceDeleter>;
using FtGlyphPtr = std::unique_ptr<std::remove_pointer_t<FT_Glyph>, FtGlyphDeleter>;
using FtStrokerPtr = std::unique_ptr<std::remove_pointer_t<FT_Stroker>, FtStrokerDeleter>;

bool same_family(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
  });
}

std::string missing_font_message(std::string_view pattern, std::string_view detail) {
  return "font \"" + std::string(pattern) + "\" not found through fontconfig (" + std::string(detail) +
         "); install the Debian package fonts-noto-core (apt-get install fonts-noto-core)";
}

struct ResolvedFont {
  std::string path;
  int index = 0;
  std::string family;
};

// Asks fontconfig for the best match and insists that it really is the requested family:
// FcFontMatch always returns *some* font, and silently drawing labels in DejaVu would hide
// a broken installation.
ResolvedFont resolve_with_fontconfig(std::string_view pattern_text) {
  if (!FcInit()) throw hgm::EnvironmentError("fontconfig could not be initialised (looking for \"" + std::string(pattern_text) + "\")");
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
  if (!match || result != FcResultMatch) throw hgm::EnvironmentError(missing_font_message(pattern_text, "no match at all"));

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

FT_F26Dot6 to_26_6(double pixels) { return static_cast<FT_F26Dot6>(std::lround(pixels * 64.0)); }

}  // namespace

struct Font::Impl {
  ResolvedFont source;
  FtLibraryPtr library;
  FtFacePtr face;
  double units_per_em = 1000;
  bool kerning = false;
  FT_F26Dot6 current_size = 0;  // size last set on the face for rasterising
  mutable std::unordered_map<std::uint32_t, FT_Pos> advances;  // font units

  FT_Pos advance(std::uint32_t glyph) const {
    if (auto it = advances.find(glyph); it != advances.end()) return it->second;
    FT_Pos value = 0;
    if (FT_Load_Glyph(face.get(), glyph, FT_LOAD_NO_SCALE | FT_LOAD_NO_HINTING) == 0) value = face->glyph->advance.x;
    advances.emplace(glyph, value);
    return value;
  }

  FT_Pos kern(std::uint32_t left, std::uint32_t right) const {
    if (!kerning || left == 0 || right == 0) return 0;
    FT_Vector delta{0, 0};
    if (FT_Get_Kerning(face.get(), left, right, FT_KERNING_UNSCALED, &delta) != 0) return 0;
    return delta.x;
  }
};

Font::Font(std::string_view pattern) : impl_(std::make_unique<Impl>()) {
  impl_->source = resolve_with_fontconfig(pattern);
  FT_Library library = nullptr;
  if (FT_Init_FreeType(&library) != 0) throw hgm::EnvironmentError("FreeType could not be initialised");
  impl_->library.reset(library);
  FT_Face face = nullptr;
  if (FT_New_Face(library, impl_->source.path.c_str(), impl_->source.index, &face) != 0) {
    throw hgm::EnvironmentError("FreeType cannot load the font file " + impl_->source.path + " (font \"" +
                                std::string(pattern) + "\"); reinstall the Debian package fonts-noto-core");
  }
  impl_->face.reset(face);
  if (!FT_IS_SCALABLE(face)) {
    throw hgm::EnvironmentError("the font file " + impl_->source.path + " is not a scalable outline font");
  }
  impl_->units_per_em = face->units_per_EM > 0 ? face->units_per_EM : 1000;
  impl_->kerning = FT_HAS_KERNING(face);
}

Font::~Font() = default;
Font::Font(Font&&) noexcept = default;
Font& Font::operator=(Font&&) noexcept = default;

const std::string& Font::file_path() const { return impl_->source.path; }
int Font::face_index() const { return impl_->source.index; }
const std::string& Font::family() const { return impl_->source.family; }
bool Font::has_kerning() const { return impl_->kerning; }

std::vector<PlacedGlyph> Font::layout(std::string_view utf8, double size_px) const {
  std::u32string text;
  hgm::decode_utf8(utf8, text);
  std::vector<PlacedGlyph> glyphs;
  glyphs.reserve(text.size());
  const double scale = size_px / impl_->units_per_em;
  FT_Pos pen = 0;
  std::uint32_t previous = 0;
  for (char32_t cp : text) {
    const std::uint32_t glyph = FT_Get_Char_Index(impl_->face.get(), cp);
    pen += impl_->kern(previous, glyph);
    glyphs.push_back({glyph, static_cast<double>(pen) * scale});
    pen += impl_->advance(glyph);
    previous = glyph;
  }
  return glyphs;
}

double Font::text_width(std::string_view utf8, double size_px) const {
  const auto glyphs = layout(utf8, size_px);
  if (glyphs.empty()) return 0;
  const double scale = size_px / impl_->units_per_em;
  return glyphs.back().x + static_cast<double>(impl_->advance(glyphs.back().glyph_index)) * scale;
}

double Font::ascent(double size_px) const {
  return static_cast<double>(impl_->face->ascender) * size_px / impl_->units_per_em;
}

double Font::descent(double size_px) const {
  return -static_cast<double>(impl_->face->descender) * size_px / impl_->units_per_em;
}

bool Font::has_glyph(char32_t codepoint) const { return FT_Get_Char_Index(impl_->face.get(), codepoint) != 0; }

GlyphBitmap Font::rasterize(std::uint32_t glyph_index, double size_px, double subpixel_x, double halo_px) const {
  GlyphBitmap out;
  FT_Face face = impl_->face.get();
  const FT_F26Dot6 size = std::max<FT_F26Dot6>(to_26_6(size_px), 1);
  if (size != impl_->current_size) {
    if (FT_Set_Char_Size(face, 0, size, 72, 72) != 0) return out;  // 72 dpi: points are pixels
    impl_->current_size = size;
  }
  // Light hinting snaps only vertical features, so glyphs stay crisp on the baseline while
  // unhinted advances keep the spacing that text_width() measured.
  if (FT_Load_Glyph(face, glyph_index, FT_LOAD_TARGET_LIGHT | FT_LOAD_NO_BITMAP) != 0) return out;
  FT_Glyph raw = nullptr;
  if (FT_Get_Glyph(face->glyph, &raw) != 0) return out;
  FtGlyphPtr glyph(raw);
  if (glyph->format != FT_GLYPH_FORMAT_OUTLINE) return out;
  FT_Vector shift{to_26_6(subpixel_x), 0};
  FT_Glyph_Transform(glyph.get(), nullptr, &shift);

  if (halo_px > 0) {
    FT_Stroker raw_stroker = nullptr;
    if (FT_Stroker_New(impl_->library.get(), &raw_stroker) != 0) return out;
    FtStrokerPtr stroker(raw_stroker);
    FT_Stroker_Set(stroker.get(), to_26_6(halo_px), FT_STROKER_LINECAP_ROUND, FT_STROKER_LINEJOIN_ROUND, 0);
    FT_Glyph stroked = glyph.release();
    const FT_Error error = FT_Glyph_Stroke(&stroked, stroker.get(), 1);  // replaces (and frees) the glyph
    glyph.reset(stroked);
    if (error != 0) return out;
  }

  FT_Glyph bitmap_glyph = glyph.release();
  const FT_Error error = FT_Glyph_To_Bitmap(&bitmap_glyph, FT_RENDER_MODE_NORMAL, nullptr, 1);
  glyph.reset(bitmap_glyph);
  if (error != 0) return out;
  const auto* bitmap = reinterpret_cast<FT_BitmapGlyph>(glyph.get());
  const FT_Bitmap& bm = bitmap->bitmap;
  if (bm.pixel_mode != FT_PIXEL_MODE_GRAY) return out;
  out.width = static_cast<int>(bm.width);
  out.height = static_cast<int>(bm.rows);
  out.left = bitmap->left;
  out.top = bitmap->top;
  out.coverage.resize(static_cast<std::size_t>(out.width) * static_cast<std::size_t>(out.height));
  for (int row = 0; row < out.height; ++row) {
    const unsigned char* src = bm.pitch >= 0 ? bm.buffer + row * bm.pitch
                                             : bm.buffer + (out.height - 1 - row) * -bm.pitch;
    std::memcpy(out.coverage.data() + static_cast<std::size_t>(row) * static_cast<std::size_t>(out.width), src,
                static_cast<std::size_t>(out.width));
  }
  return out;
}

}  // namespace hgm::render
