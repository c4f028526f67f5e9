#include "app/panels/text_wrap.h"

#include <imgui.h>

#include "core/layout/wrap_text.h"
#include "core/layout/text_measurer.h"

namespace hgm::app {

namespace {

// The current ImGui font as the core's TextMeasurer, so the interface wraps with the
// same rule as the map's titles and credits.
class ImGuiMeasurer final : public TextMeasurer {
 public:
  double text_width(std::string_view utf8, double size_px) const override {
    return ImGui::CalcTextSize(utf8.data(), utf8.data() + utf8.size()).x * scale(size_px);
  }
  double ascent(double size_px) const override { return ImGui::GetFont()->Ascent * scale(size_px); }
  double descent(double size_px) const override { return -ImGui::GetFont()->Descent * scale(size_px); }

 private:
  static double scale(double size_px) { return size_px / ImGui::GetFontSize(); }
};

}  // namespace

std::vector<std::string> wrap_at_spaces(std::string_view text, float width) {
  return wrap_text(std::string(text), ImGui::GetFontSize(), width, ImGuiMeasurer());
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
