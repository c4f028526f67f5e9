#include "core/data/indicator_words.h"

#include <array>
#include <utility>

#include "core/text/text_fold.h"

namespace hgm {

namespace {

// Abbreviations of the report's and planners' wording, folded, with their expansions.
constexpr std::array<std::pair<const char*, const char*>, 11> kAbbreviations{{
    {"nsnn", "ngan sach nha nuoc"},
    {"tthc", "thu tuc hanh chinh"},
    {"ntm", "nong thon moi"},
    {"xkld", "xuat khau lao dong"},
    {"khcn", "khoa hoc va cong nghe"},
    {"ptdt", "pho thong dan toc"},
    {"thcs", "trung hoc co so"},
    {"thpt", "trung hoc pho thong"},
    {"ubnd", "uy ban nhan dan"},
    {"dtc", "dau tu cong"},
    {"kh", "ke hoach"},
}};

bool word_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

void add_word(std::vector<std::string>& words, std::string word) {
  for (const auto& [abbr, full] : kAbbreviations)
    if (word == abbr) {
      std::string part;
      for (const char* p = full;; ++p) {
        if (*p == ' ' || *p == '\0') {
          words.push_back(part);
          part.clear();
          if (*p == '\0') return;
        } else {
          part += *p;
        }
      }
    }
  words.push_back(std::move(word));
}

}  // namespace

std::vector<std::string> indicator_words(std::string_view text) {
  const std::string folded = fold_for_matching(text);
  std::vector<std::string> words;
  std::string word;
  for (const char c : folded) {
    if (word_char(c)) {
      word += c;
      continue;
    }
    if (!word.empty()) add_word(words, std::move(word));
    word.clear();
    if (c == '%') words.emplace_back("%");
  }
  if (!word.empty()) add_word(words, std::move(word));
  return words;
}

std::string indicator_key(std::string_view text) {
  std::string key;
  for (const std::string& w : indicator_words(text)) key += (key.empty() ? "" : " ") + w;
  return key;
}

}  // namespace hgm
