#include "render/svg/xml_text.h"

#include "core/text/text_fold.h"

namespace hgm::render {

std::string xml_escape(std::string_view utf8) {
  // Invalid bytes are U+FFFD once decoded; encoding writes every code point back in its
  // shortest form, so valid input keeps its bytes.
  std::u32string decoded;
  hgm::decode_utf8(utf8, decoded);
  std::u32string escaped;
  escaped.reserve(decoded.size());
  for (const char32_t code : decoded) {
    switch (code) {
      case '&': escaped += U"&amp;"; break;
      case '<': escaped += U"&lt;"; break;
      case '>': escaped += U"&gt;"; break;
      case '"': escaped += U"&quot;"; break;
      case '\r': escaped += U"&#13;"; break;
      case '\t':
      case '\n': escaped += code; break;
      case 0xFFFE:
      case 0xFFFF: escaped += U'\uFFFD'; break;  // not allowed in XML 1.0
      default:
        if (code < 0x20) break;  // not allowed in XML 1.0, not even as a reference
        escaped += code;
    }
  }
  return hgm::encode_utf8(escaped);
}

}  // namespace hgm::render
