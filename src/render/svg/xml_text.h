#pragma once
// Text made safe for XML 1.0 content and double-quoted attribute values.
#include <string>
#include <string_view>

namespace hgm::render {

// Escapes & < > " and keeps every other character as UTF-8 (Vietnamese diacritics as
// they are). Sequences that are not UTF-8, and characters XML 1.0 forbids, become
// U+FFFD; other control characters than tab and newline are dropped, a carriage return
// is kept as &#13; so it survives parsing.
std::string xml_escape(std::string_view utf8);

}  // namespace hgm::render
