#include "core/data/inference_rule.h"

#include <string>

#include "core/text/text_fold.h"

namespace hgm {

namespace {

bool is_city(const District& unit) { return lower_keep_marks(unit.type_vi) == lower_keep_marks("Thành phố"); }

// The word before `at` is a count: digits, possibly "3/4" or "11/11".
bool preceded_by_count(const std::string& text, std::size_t at) {
  if (at < 2 || text[at - 1] != ' ') return false;
  std::size_t start = at - 1;
  while (start > 0 && text[start - 1] != ' ') --start;
  const std::string word = text.substr(start, at - 1 - start);
  bool digit = false;
  for (char ch : word) {
    if (ch >= '0' && ch <= '9') digit = true;
    else if (ch != '/') return false;
  }
  return digit;
}

}  // namespace

bool statement_can_cover(std::string_view statement, const District& unit) {
  if (!is_city(unit)) return true;
  const std::string text = lower_keep_marks(statement);
  const std::string huyen = lower_keep_marks("huyện");
  const std::string and_city = lower_keep_marks("/thành phố");
  for (auto at = text.find(huyen); at != std::string::npos; at = text.find(huyen, at + huyen.size())) {
    const bool counts_both = text.compare(at + huyen.size(), and_city.size(), and_city) == 0 ||
                             text.compare(at + huyen.size(), 3, "/tp") == 0;
    if (!counts_both && preceded_by_count(text, at)) return false;
  }
  return true;
}

}  // namespace hgm
