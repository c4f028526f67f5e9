#pragma once
// Indicator names as words to match: folded (no diacritics, lower case), split on anything
// that is not a letter or digit ('%' is a word of its own), with the abbreviations planners
// write spelt out ("NSNN" -> "ngân sách nhà nước"), so that either form finds the other.
#include <string>
#include <string_view>
#include <vector>

namespace hgm {

std::vector<std::string> indicator_words(std::string_view text);

// The words joined by single spaces: "Thu NSNN (%)" -> "thu ngan sach nha nuoc %".
std::string indicator_key(std::string_view text);

}  // namespace hgm
