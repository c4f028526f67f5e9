#include "core/layout/wrap_text.h"

namespace hgm {

std::vector<std::string> wrap_text(const std::string& text, double size, double max_width, const TextMeasurer& m) {
  std::vector<std::string> lines;
  std::string line;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find(' ', pos);
    if (end == std::string::npos) end = text.size();
    const std::string word = text.substr(pos, end - pos);
    if (word.empty()) {  // repeated spaces do not make empty words
      pos = end + 1;
      continue;
    }
    const std::string candidate = line.empty() ? word : line + " " + word;
    if (!line.empty() && m.text_width(candidate, size) > max_width) {
      lines.push_back(line);
      line = word;
    } else {
      line = candidate;
    }
    pos = end + 1;
  }
  if (!line.empty()) lines.push_back(line);
  return lines;
}

}  // namespace hgm
