#include "app/panels/chart_place_button.h"

#include <imgui.h>

#include <string>

#include "app/app_text.h"

namespace hgm::app {

bool chart_place_button(const PixelRect& strip, ChartPlace place, Lang lang, double pixel_ratio) {
  const double k = pixel_ratio > 0 ? 1.0 / pixel_ratio : 1.0;
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  ImGui::SetNextWindowPos(ImVec2(static_cast<float>((strip.x + strip.w) * k) - gap,
                                 static_cast<float>((strip.y + strip.h / 2) * k)),
                          ImGuiCond_Always, ImVec2(1.0f, 0.5f));
  ImGui::SetNextWindowBgAlpha(0.0f);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                                 ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoBringToFrontOnFocus;
  bool clicked = false;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  if (ImGui::Begin("###chart-place", nullptr, flags)) {
    const UiText label = place == ChartPlace::alone ? UiText::chart_beside_map : UiText::chart_alone;
    clicked = ImGui::Button((std::string(ui_text(lang, label)) + "###chart-place-button").c_str());
  }
  ImGui::End();
  ImGui::PopStyleVar();
  return clicked;
}

}  // namespace hgm::app
