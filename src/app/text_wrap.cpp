#include "app/text_wrap.h"

#include <imgui.h>

namespace hgm::app {

namespace {

float width_of(std::string_view s) {
  return ImGui::CalcTextSize(s.data(), s.data() + s.size()).x;
}

}  // namespace

std::vector<std::string> wrap_at_spaces(std::string_view text, float width) {
  std::vector<std::string> lines;
  std::string line;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t end = text.find(' ', pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view word = text.substr(pos, end - pos);
    if (!word.empty()) {
      std::string candidate = line.empty() ? std::string(word) : line + " " + std::string(word);
      if (!line.empty() && width_of(candidate) > width) {
        lines.push_back(std::move(line));
        line = std::string(word);
      } else {
        line = std::move(candidate);
      }
    }
    pos = end + 1;
  }
  if (!line.empty()) lines.push_back(std::move(line));
  return lines;
}

void text_wrapped_at_spaces(std::string_view text, float width) {
  if (width <= 0) width = ImGui::GetContentRegionAvail().x;
  std::string joined;  // one text item, so lines sit at the font's line height
  for (const std::string& line : wrap_at_spaces(text, width)) {
    if (!joined.empty()) joined += '\n';
    joined += line;
  }
  ImGui::TextUnformatted(joined.c_str());
}

}  // namespace hgm::app
