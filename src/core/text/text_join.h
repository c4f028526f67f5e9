#pragma once
#include <string>
#include <string_view>

namespace hgm {

// "a, b, c": the items of any range of strings between separators.
template <typename Range>
std::string join(const Range& items, std::string_view separator = ", ") {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += separator;
    out += item;
  }
  return out;
}

}  // namespace hgm
