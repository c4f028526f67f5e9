#include "render/text/font.h"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_GLYPH_H
#include FT_OUTLINE_H
#include FT_STROKER_H
#include FT_TRUETYPE_TABLES_H
#include FT_TRUETYPE_TAGS_H

#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>
#include <type_traits>
#include <unordered_map>

#include "core/errors.h"
#include "core/text/text_fold.h"
#include "render/text/font_lookup.h"
#include "render/text/gpos_kerning.h"

namespace hgm::render {

namespace {

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

FT_F26Dot6 to_26_6(double pixels) { return static_cast<FT_F26Dot6>(std::lround(pixels * 64.0)); }

// One loaded font file.
struct Face {
  ResolvedFont source;
  FtFacePtr face;
  double units_per_em = 1000;
  bool legacy_kerning = false;  // a 'kern' table, read by FreeType
  GposKerning gpos_kerning;     // otherwise pair kerning from GPOS, if any
  FT_F26Dot6 current_size = 0;  // size last set on the face for rasterising

  bool has_kerning() const { return legacy_kerning || !gpos_kerning.empty(); }
};

GposKerning load_gpos_kerning(FT_Face face) {
  FT_ULong length = 0;
  if (FT_Load_Sfnt_Table(face, TTAG_GPOS, 0, nullptr, &length) != 0 || length == 0) return {};
  std::vector<std::uint8_t> table(length);
  if (FT_Load_Sfnt_Table(face, TTAG_GPOS, 0, table.data(), &length) != 0) return {};
  return GposKerning(std::move(table));
}

Face load_face(FT_Library library, const ResolvedFont& source, std::string_view pattern) {
  FT_Face raw = nullptr;
  if (FT_New_Face(library, source.path.c_str(), source.index, &raw) != 0) {
    throw hgm::EnvironmentError("FreeType cannot load the font file " + source.path + " (font \"" +
                                std::string(pattern) + "\"); reinstall the Debian package fonts-noto-core");
  }
  Face face;
  face.source = source;
  face.face.reset(raw);
  if (!FT_IS_SCALABLE(raw)) {
    throw hgm::EnvironmentError("the font file " + source.path + " is not a scalable outline font");
  }
  face.units_per_em = raw->units_per_EM > 0 ? raw->units_per_EM : 1000;
  face.legacy_kerning = FT_HAS_KERNING(raw);
  if (!face.legacy_kerning) face.gpos_kerning = load_gpos_kerning(raw);
  return face;
}

std::uint64_t glyph_key(GlyphId id) { return (static_cast<std::uint64_t>(id.face) << 32) | id.index; }

}  // namespace

struct Font::Impl {
  std::string pattern;
  FtLibraryPtr library;
  std::vector<Face> faces;  // [0]: the font itself; then fallbacks, loaded on demand
  mutable std::unordered_map<char32_t, GlyphId> glyph_ids;
  mutable std::unordered_map<std::uint64_t, double> advances;  // in em

  Face& main() { return faces.front(); }

  GlyphId glyph_for(char32_t cp) {
    if (auto it = glyph_ids.find(cp); it != glyph_ids.end()) return it->second;
    GlyphId id{FT_Get_Char_Index(main().face.get(), cp), 0};
    if (id.index == 0 && cp >= 0x20 && cp != 0xFFFD) id = fallback_glyph(cp);
    glyph_ids.emplace(cp, id);
    return id;
  }

  GlyphId fallback_glyph(char32_t cp) {
    for (std::size_t i = 1; i < faces.size(); ++i) {
      if (const FT_UInt index = FT_Get_Char_Index(faces[i].face.get(), cp); index != 0) {
        return {index, static_cast<std::uint16_t>(i)};
      }
    }
    const ResolvedFont source = find_fallback_font(pattern, cp);
    if (source.path.empty() || faces.size() >= 0xFFFF) return {};
    try {
      faces.push_back(load_face(library.get(), source, pattern));
    } catch (const hgm::EnvironmentError&) {
      return {};  // an unusable fallback is no reason to fail: draw the .notdef box
    }
    const FT_UInt index = FT_Get_Char_Index(faces.back().face.get(), cp);
    if (index == 0) return {};
    return {index, static_cast<std::uint16_t>(faces.size() - 1)};
  }

  double advance_em(GlyphId id) {
    if (auto it = advances.find(glyph_key(id)); it != advances.end()) return it->second;
    const Face& f = faces[id.face];
    double value = 0;
    if (FT_Load_Glyph(f.face.get(), id.index, FT_LOAD_NO_SCALE | FT_LOAD_NO_HINTING) == 0) {
      value = static_cast<double>(f.face->glyph->advance.x) / f.units_per_em;
    }
    advances.emplace(glyph_key(id), value);
    return value;
  }

  double kern_em(GlyphId left, GlyphId right) {
    if (left.face != right.face || left.index == 0 || right.index == 0) return 0;
    const Face& f = faces[left.face];
    if (!f.legacy_kerning) return f.gpos_kerning.adjustment(left.index, right.index) / f.units_per_em;
    FT_Vector delta{0, 0};
    if (FT_Get_Kerning(f.face.get(), left.index, right.index, FT_KERNING_UNSCALED, &delta) != 0) return 0;
    return static_cast<double>(delta.x) / f.units_per_em;
  }
};

Font::Font(std::string_view pattern) : impl_(std::make_unique<Impl>()) {
  impl_->pattern = std::string(pattern);
  const ResolvedFont source = find_font(pattern);
  FT_Library library = nullptr;
  if (FT_Init_FreeType(&library) != 0) throw hgm::EnvironmentError("FreeType could not be initialised");
  impl_->library.reset(library);
  impl_->faces.push_back(load_face(library, source, pattern));
}

Font::~Font() = default;
Font::Font(Font&&) noexcept = default;
Font& Font::operator=(Font&&) noexcept = default;

const std::string& Font::file_path() const { return impl_->main().source.path; }
int Font::face_index() const { return impl_->main().source.index; }
const std::string& Font::family() const { return impl_->main().source.family; }
bool Font::has_kerning() const { return impl_->main().has_kerning(); }
std::string Font::face_path(std::uint16_t face) const {
  return face < impl_->faces.size() ? impl_->faces[face].source.path : std::string();
}
int Font::face_file_index(std::uint16_t face) const {
  return face < impl_->faces.size() ? impl_->faces[face].source.index : 0;
}
GlyphId Font::glyph_for(char32_t codepoint) const { return impl_->glyph_for(codepoint); }

std::vector<PlacedGlyph> Font::layout(std::string_view utf8, double size_px) const {
  std::u32string text;
  hgm::decode_utf8(utf8, text);
  std::vector<PlacedGlyph> glyphs;
  glyphs.reserve(text.size());
  double pen = 0;  // em
  GlyphId previous;
  for (char32_t cp : text) {
    const GlyphId glyph = impl_->glyph_for(cp);
    pen += impl_->kern_em(previous, glyph);
    glyphs.push_back({glyph, pen * size_px});
    pen += impl_->advance_em(glyph);
    previous = glyph;
  }
  return glyphs;
}

double Font::text_width(std::string_view utf8, double size_px) const {
  const auto glyphs = layout(utf8, size_px);
  if (glyphs.empty()) return 0;
  return glyphs.back().x + impl_->advance_em(glyphs.back().glyph) * size_px;
}

double Font::ascent(double size_px) const {
  const Face& f = impl_->main();
  return static_cast<double>(f.face->ascender) * size_px / f.units_per_em;
}

double Font::descent(double size_px) const {
  const Face& f = impl_->main();
  return -static_cast<double>(f.face->descender) * size_px / f.units_per_em;
}

bool Font::has_glyph(char32_t codepoint) const { return FT_Get_Char_Index(impl_->main().face.get(), codepoint) != 0; }

GlyphBitmap Font::rasterize(GlyphId glyph_id, double size_px, double subpixel_x, double halo_px) const {
  GlyphBitmap out;
  if (glyph_id.face >= impl_->faces.size()) return out;
  Face& f = impl_->faces[glyph_id.face];
  FT_Face face = f.face.get();
  const FT_F26Dot6 size = std::max<FT_F26Dot6>(to_26_6(size_px), 1);
  if (size != f.current_size) {
    if (FT_Set_Char_Size(face, 0, size, 72, 72) != 0) return out;  // 72 dpi: points are pixels
    f.current_size = size;
  }
  // Light hinting snaps only vertical features, so glyphs stay crisp on the baseline while
  // unhinted advances keep the spacing that text_width() measured.
  if (FT_Load_Glyph(face, glyph_id.index, FT_LOAD_TARGET_LIGHT | FT_LOAD_NO_BITMAP) != 0) return out;
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

namespace {

// FreeType's outline walk, in font units, turned into steps in pixels with y down.
struct OutlineWalk {
  double scale = 1;
  std::vector<OutlineStep>* steps = nullptr;

  OutlineStep::Point at(const FT_Vector* v) const {
    return {static_cast<double>(v->x) * scale, -static_cast<double>(v->y) * scale};
  }
  static OutlineWalk& of(void* user) { return *static_cast<OutlineWalk*>(user); }
  static int move(const FT_Vector* to, void* user) {
    OutlineWalk& w = of(user);
    w.steps->push_back({OutlineStep::Kind::move, {w.at(to)}});
    return 0;
  }
  static int line(const FT_Vector* to, void* user) {
    OutlineWalk& w = of(user);
    w.steps->push_back({OutlineStep::Kind::line, {w.at(to)}});
    return 0;
  }
  static int conic(const FT_Vector* control, const FT_Vector* to, void* user) {
    OutlineWalk& w = of(user);
    w.steps->push_back({OutlineStep::Kind::quadratic, {w.at(control), w.at(to)}});
    return 0;
  }
  static int cubic(const FT_Vector* c1, const FT_Vector* c2, const FT_Vector* to, void* user) {
    OutlineWalk& w = of(user);
    w.steps->push_back({OutlineStep::Kind::cubic, {w.at(c1), w.at(c2), w.at(to)}});
    return 0;
  }
};

}  // namespace

std::vector<OutlineStep> Font::outline(GlyphId glyph_id, double size_px) const {
  std::vector<OutlineStep> steps;
  if (glyph_id.face >= impl_->faces.size()) return steps;
  const Face& f = impl_->faces[glyph_id.face];
  FT_Face face = f.face.get();
  // Unscaled and unhinted: the design outline, scaled here exactly as advances are.
  if (FT_Load_Glyph(face, glyph_id.index, FT_LOAD_NO_SCALE | FT_LOAD_NO_HINTING | FT_LOAD_NO_BITMAP) != 0) return steps;
  if (face->glyph->format != FT_GLYPH_FORMAT_OUTLINE) return steps;
  OutlineWalk walk{size_px / f.units_per_em, &steps};
  const FT_Outline_Funcs funcs{&OutlineWalk::move, &OutlineWalk::line, &OutlineWalk::conic, &OutlineWalk::cubic, 0, 0};
  if (FT_Outline_Decompose(&face->glyph->outline, &funcs, &walk) != 0) steps.clear();
  return steps;
}

}  // namespace hgm::render
