#pragma once
// Folding Vietnamese text for matching: diacritics removed, lower case, spaces collapsed.
// Works on NFC and NFD input alike (combining marks are dropped).
#include <string>
#include <string_view>

namespace hgm {

// "Thành phố  HÀ GIANG" -> "thanh pho ha giang"; "Đồng Văn" -> "dong van".
std::string fold_for_matching(std::string_view utf8);

// Decodes UTF-8; invalid bytes become U+FFFD, one per byte. Overlong forms, surrogates
// and values above U+10FFFF are invalid. Returns false if any byte was invalid.
bool decode_utf8(std::string_view utf8, std::u32string& out);
std::string encode_utf8(std::u32string_view text);

}  // namespace hgm

namespace hgm {
// Lower case keeping the diacritics, as base letters each followed by its marks in a
// fixed order, so NFC and NFD spellings give the same key. Only for comparing.
std::string lower_keep_marks(std::string_view utf8);
// True when the text holds any letter outside ASCII (i.e. it carries diacritics).
bool has_non_ascii(std::string_view utf8);
// Without leading and trailing spaces, tabs, line ends and no-break spaces.
std::string trim_spaces(std::string_view text);
}  // namespace hgm
