#include "app/panels/panel_widgets.h"

#include <imgui.h>

#include "app/panels/text_wrap.h"

namespace hgm::app {

namespace {

constexpr ImU32 kPassColour = IM_COL32(30, 123, 52, 255);
constexpr ImU32 kFailColour = IM_COL32(179, 38, 30, 255);
constexpr ImU32 kWarnColour = IM_COL32(176, 96, 0, 255);

}  // namespace

ImU32 mark_colour(Mark mark) {
  switch (mark) {
    case Mark::pass: return kPassColour;
    case Mark::fail: return kFailColour;
    case Mark::warn: return kWarnColour;
  }
  return kPassColour;
}

void section_heading(const std::string& text, const UiFonts& fonts) {
  ImGui::PushFont(fonts.bold);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopFont();
}

void muted_text(const std::string& text, const UiFonts& fonts, bool small, float width) {
  if (small) ImGui::PushFont(fonts.small);
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  text_wrapped_at_spaces(text, width);
  ImGui::PopStyleColor();
  if (small) ImGui::PopFont();
}

void warning_text(const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(kFailColour));
  text_wrapped_at_spaces(text);
  ImGui::PopStyleColor();
}

void item_tooltip(const std::string& text) {
  if (!ImGui::IsItemHovered()) return;
  ImGui::BeginTooltip();
  text_wrapped_at_spaces(text, ImGui::GetFontSize() * 24);
  ImGui::EndTooltip();
}

void help_marker(const std::string& text) {
  ImGui::SameLine();
  ImGui::TextDisabled("(?)");
  item_tooltip(text);
}

void draw_mark(ImDrawList* draw, const ImVec2& at, float size, Mark mark, ImU32 colour) {
  const float t = size * 0.14f;  // stroke
  const auto p = [&](float x, float y) { return ImVec2(at.x + x * size, at.y + y * size); };
  switch (mark) {
    case Mark::pass:
      draw->AddLine(p(0.12f, 0.55f), p(0.40f, 0.82f), colour, t);
      draw->AddLine(p(0.38f, 0.82f), p(0.90f, 0.20f), colour, t);
      break;
    case Mark::fail:
      draw->AddLine(p(0.2f, 0.2f), p(0.8f, 0.8f), colour, t);
      draw->AddLine(p(0.8f, 0.2f), p(0.2f, 0.8f), colour, t);
      break;
    case Mark::warn:
      draw->AddLine(p(0.5f, 0.12f), p(0.5f, 0.62f), colour, t);
      draw->AddCircleFilled(p(0.5f, 0.84f), t * 0.75f, colour);
      break;
  }
}

void mark_item(Mark mark) {
  const float size = ImGui::GetTextLineHeight();
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(size, size));
  draw_mark(ImGui::GetWindowDrawList(), at, size, mark, mark_colour(mark));
}

void draw_swatch(ImDrawList* draw, const ImVec2& at, float width, float height, const std::vector<Color>& colors) {
  if (colors.empty()) return;
  const float step = width / static_cast<float>(colors.size());
  for (std::size_t i = 0; i < colors.size(); ++i) {
    const Color& c = colors[i];
    const float x0 = at.x + step * static_cast<float>(i);
    draw->AddRectFilled(ImVec2(x0, at.y), ImVec2(x0 + step, at.y + height), IM_COL32(c.r, c.g, c.b, 255));
  }
  draw->AddRect(at, ImVec2(at.x + width, at.y + height), IM_COL32(0, 0, 0, 60));
}

}  // namespace hgm::app
