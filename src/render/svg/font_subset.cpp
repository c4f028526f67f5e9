#include "render/svg/font_subset.h"

#include <hb-subset.h>
#include <hb.h>

#include <memory>

#include "core/text/text_fold.h"

namespace hgm::render::svg {

namespace {

struct BlobDeleter {
  void operator()(hb_blob_t* b) const { hb_blob_destroy(b); }
};
struct FaceDeleter {
  void operator()(hb_face_t* f) const { hb_face_destroy(f); }
};
struct InputDeleter {
  void operator()(hb_subset_input_t* i) const { hb_subset_input_destroy(i); }
};
using Blob = std::unique_ptr<hb_blob_t, BlobDeleter>;
using Face = std::unique_ptr<hb_face_t, FaceDeleter>;
using Input = std::unique_ptr<hb_subset_input_t, InputDeleter>;

// The face at `index` of `path`, cut down to `characters`; empty when HarfBuzz cannot.
std::string subset_file(const std::string& path, int index, const std::set<char32_t>& characters) {
  const Blob file(hb_blob_create_from_file_or_fail(path.c_str()));
  if (!file) return {};
  const Face face(hb_face_create(file.get(), static_cast<unsigned>(index)));
  const Input input(hb_subset_input_create_or_fail());
  if (!face || !input) return {};
  hb_set_t* unicodes = hb_subset_input_unicode_set(input.get());
  for (const char32_t c : characters) hb_set_add(unicodes, c);
  // Hinting is for screens at small pixel sizes; viewers of a vector file scale freely.
  hb_subset_input_set_flags(input.get(), HB_SUBSET_FLAGS_NO_HINTING);
  const Face subset(hb_subset_or_fail(face.get(), input.get()));
  if (!subset) return {};
  const Blob bytes(hb_face_reference_blob(subset.get()));
  unsigned length = 0;
  const char* data = hb_blob_get_data(bytes.get(), &length);
  return data == nullptr ? std::string() : std::string(data, length);
}

}  // namespace

void add_characters(const Font& font, const std::string& text, CharactersByFace& out) {
  std::u32string decoded;
  hgm::decode_utf8(text, decoded);
  for (const char32_t c : decoded) {
    const GlyphId glyph = font.glyph_for(c);
    if (glyph.index != 0) out[glyph.face].insert(c);
  }
}

std::string embedded_family(std::uint16_t face) { return "hgm-text-" + std::to_string(face); }

std::vector<EmbeddedFont> subset_fonts(const Font& font, const CharactersByFace& characters) {
  std::vector<EmbeddedFont> fonts;
  for (const auto& [face, chars] : characters) {
    std::string bytes = subset_file(font.face_path(face), font.face_file_index(face), chars);
    if (!bytes.empty()) fonts.push_back({embedded_family(face), std::move(bytes)});
  }
  return fonts;
}

std::string base64(const std::string& bytes) {
  static constexpr char kDigits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  std::size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    const unsigned n = static_cast<unsigned char>(bytes[i]) << 16 | static_cast<unsigned char>(bytes[i + 1]) << 8 |
                       static_cast<unsigned char>(bytes[i + 2]);
    out += {kDigits[n >> 18 & 63], kDigits[n >> 12 & 63], kDigits[n >> 6 & 63], kDigits[n & 63]};
  }
  if (const std::size_t rest = bytes.size() - i; rest > 0) {
    unsigned n = static_cast<unsigned char>(bytes[i]) << 16;
    if (rest == 2) n |= static_cast<unsigned char>(bytes[i + 1]) << 8;
    out += {kDigits[n >> 18 & 63], kDigits[n >> 12 & 63], rest == 2 ? kDigits[n >> 6 & 63] : '=', '='};
  }
  return out;
}

}  // namespace hgm::render::svg
