// The side panel's "Phân lớp" tab: classification method, number of classes, colour
// scheme with its computed suitability, and the manual breaks editor.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "app/app_text.h"
#include "app/panels/panel_widgets.h"
#include "app/panels/side_panel.h"
#include "core/thematic/palette.h"

namespace hgm::app {

namespace {

constexpr ClassMethod kMethods[] = {ClassMethod::natural_breaks, ClassMethod::quantile, ClassMethod::equal_interval,
                                    ClassMethod::std_dev,        ClassMethod::manual,   ClassMethod::unique};

void method_combo(const MapState& state, bool has_exact, PanelRequests& requests) {
  const Lang lang = state.selection().lang;
  const ClassMethod current = state.selection().method;
  ImGui::SetNextItemWidth(-1);
  if (ImGui::BeginCombo("##method", method_name(lang, current))) {
    for (const ClassMethod m : kMethods) {
      const bool unusable = m == ClassMethod::manual && !has_exact;
      ImGui::BeginDisabled(unusable);
      if (ImGui::Selectable(method_name(lang, m), m == current) && m != current) requests.method = m;
      ImGui::EndDisabled();
      if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 22);
        ImGui::TextUnformatted(unusable ? ui_text(lang, UiText::manual_needs_values) : method_description(lang, m));
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
      }
      if (m == current) ImGui::SetItemDefaultFocus();
    }
    ImGui::EndCombo();
  }
  item_tooltip(method_description(lang, current));
}

void classes_row(const MapState& state, PanelRequests& requests) {
  const Lang lang = state.selection().lang;
  const MapSelection& sel = state.selection();
  const int on_map = std::clamp(static_cast<int>(state.choropleth().classes.size()), 2, 9);
  bool automatic = sel.classes == 0;
  if (ImGui::Checkbox(ui_text(lang, UiText::automatic), &automatic)) requests.classes = automatic ? 0 : on_map;
  item_tooltip(ui_text(lang, UiText::automatic_classes_tip));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(-1);
  int classes = automatic ? on_map : std::clamp(sel.classes, 2, 9);
  ImGui::BeginDisabled(automatic);
  if (ImGui::SliderInt("##classes", &classes, 2, 9, "%d", ImGuiSliderFlags_AlwaysClamp)) requests.classes = classes;
  ImGui::EndDisabled();
}

std::vector<Color> swatch_colors(const std::string& palette, int n) {
  try {
    return palette_colors(palette, n);
  } catch (const std::exception&) {
    return {};
  }
}

// A palette row in the picker: the colours, then the name.
bool palette_row(const std::string& id, const std::string& label, const std::vector<Color>& colors, bool selected,
                 float swatch_w) {
  const float h = ImGui::GetFrameHeight() * 0.85f;
  const bool clicked = ImGui::Selectable(("##palette-" + id).c_str(), selected, 0, ImVec2(0, h));
  const ImVec2 at = ImGui::GetItemRectMin();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float pad = ImGui::GetStyle().FramePadding.x * 0.5f;
  draw_swatch(draw, ImVec2(at.x + pad, at.y + h * 0.2f), swatch_w, h * 0.6f, colors);
  const float text_x = colors.empty() ? at.x + pad : at.x + pad * 3 + swatch_w;
  const float text_y = at.y + (h - ImGui::GetTextLineHeight()) / 2;
  draw->AddText(ImVec2(text_x, text_y), ImGui::GetColorU32(ImGuiCol_Text), label.c_str());
  if (selected) ImGui::SetItemDefaultFocus();
  return clicked;
}

void palette_picker(const MapState& state, PanelRequests& requests) {
  const Lang lang = state.selection().lang;
  const Choropleth& map = state.choropleth();
  const bool automatic = state.selection().palette.empty();
  const int n = std::clamp(static_cast<int>(map.colors.size()), 3, 9);
  const float swatch_w = ImGui::GetFontSize() * 7;

  // The closed combo shows the map's colours and the scheme's name.
  ImDrawList* parent = ImGui::GetWindowDrawList();
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const float frame_h = ImGui::GetFrameHeight();
  ImGui::SetNextItemWidth(-1);
  const bool open = ImGui::BeginCombo("##palette", "", ImGuiComboFlags_HeightLarge);
  const float pad = ImGui::GetStyle().FramePadding.x;
  const std::vector<Color> shown = !map.colors.empty() ? map.colors : swatch_colors(map.palette, n);
  draw_swatch(parent, ImVec2(at.x + pad, at.y + frame_h * 0.22f), swatch_w, frame_h * 0.56f, shown);
  const std::string preview = automatic ? std::string(ui_text(lang, UiText::automatic)) + " · " + map.palette : map.palette;
  parent->AddText(ImVec2(at.x + pad * 2 + swatch_w, at.y + ImGui::GetStyle().FramePadding.y),
                  ImGui::GetColorU32(ImGuiCol_Text), preview.c_str());
  if (!open) return;

  if (palette_row("auto", ui_text(lang, UiText::palette_automatic), {}, automatic, swatch_w) && !automatic)
    requests.palette = std::string();
  for (const SchemeKind kind : {SchemeKind::sequential, SchemeKind::diverging, SchemeKind::qualitative}) {
    ImGui::Spacing();
    ImGui::TextDisabled("%s", scheme_kind_name(lang, kind));
    for (const BrewerScheme& scheme : brewer_schemes()) {
      if (scheme.kind != kind) continue;
      const std::string name(scheme.name);
      const bool selected = !automatic && name == state.selection().palette;
      if (palette_row(name, name, swatch_colors(name, n), selected, swatch_w) && !selected) requests.palette = name;
    }
  }
  ImGui::EndCombo();
}

struct Badge {
  UiText label;
  UiText tip;
  bool passes;
  const char* measure;  // "ΔE", "ΔL*"
  double smallest;
};

void badge(const Badge& b, Lang lang, const UiFonts& fonts) {
  const Mark mark = b.passes ? Mark::pass : Mark::fail;
  const ImU32 ink = mark_colour(mark);
  const ImU32 fill = (ink & ~IM_COL32_A_MASK) | (26u << IM_COL32_A_SHIFT);  // a pale tint of the ink
  const char* label = ui_text(lang, b.label);
  ImGui::PushFont(fonts.small);
  const ImVec2 text = ImGui::CalcTextSize(label);
  const float icon = text.y * 0.95f;
  const float pad = text.y * 0.5f;
  const ImVec2 size(pad + icon + pad * 0.5f + text.x + pad, text.y + pad * 0.8f);
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton(label, size);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(at, ImVec2(at.x + size.x, at.y + size.y), fill, size.y / 2);
  draw->AddRect(at, ImVec2(at.x + size.x, at.y + size.y), ink, size.y / 2);
  draw_mark(draw, ImVec2(at.x + pad, at.y + (size.y - icon) / 2), icon, mark, ink);
  draw->AddText(ImVec2(at.x + pad + icon + pad * 0.5f, at.y + (size.y - text.y) / 2), ink, label);
  ImGui::PopFont();
  if (!ImGui::IsItemHovered()) return;
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24);
  ImGui::PushFont(fonts.bold);
  ImGui::Text("%s: %s", label, ui_text(lang, b.passes ? UiText::badge_passes : UiText::badge_fails));
  ImGui::PopFont();
  ImGui::TextUnformatted(ui_text(lang, b.tip));
  if (std::isfinite(b.smallest))
    ImGui::TextDisabled("%s %s: %s", b.measure, ui_text(lang, UiText::smallest_difference),
                        format_number(b.smallest, 1, lang).c_str());
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

void suitability_badges(const PaletteSuitability& s, Lang lang, const UiFonts& fonts) {
  const Badge badges[] = {
      {UiText::badge_colour_blind, UiText::badge_colour_blind_tip, s.colour_blind_safe, "ΔE", s.min_cvd_delta},
      {UiText::badge_print, UiText::badge_print_tip, s.print_safe, "ΔE", s.min_delta},
      {UiText::badge_photocopy, UiText::badge_photocopy_tip, s.photocopy_safe, "ΔL*", s.min_lightness_step},
  };
  const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
  for (std::size_t i = 0; i < std::size(badges); ++i) {
    if (i > 0) {
      // Next to the previous badge when it fits, else on a new line.
      ImGui::PushFont(fonts.small);
      const float w = ImGui::CalcTextSize(ui_text(lang, badges[i].label)).x + ImGui::GetTextLineHeight() * 2.5f;
      ImGui::PopFont();
      ImGui::SameLine();
      if (ImGui::GetCursorScreenPos().x + w > right) ImGui::NewLine();
    }
    badge(badges[i], lang, fonts);
  }
}

}  // namespace

void SidePanel::classes_tab(const MapState& state, PanelRequests& requests, const UiFonts& fonts) {
  const Lang lang = state.selection().lang;
  const bool has_exact = state.choropleth().legend.histogram.has_value();  // made from the exact figures
  section_heading(ui_text(lang, UiText::method), fonts);
  method_combo(state, has_exact, requests);
  if (!has_exact) {
    muted_text(ui_text(lang, UiText::no_exact_values), fonts);
  } else if (state.choropleth().centered_on_reference) {
    muted_text(ui_text(lang, UiText::centered_note), fonts);
  }
  ImGui::Spacing();
  // Manual and unique classes get their number from the breaks or the values.
  const ClassMethod method = state.selection().method;
  if (method != ClassMethod::manual && method != ClassMethod::unique) {
    section_heading(ui_text(lang, UiText::classes), fonts);
    classes_row(state, requests);
    ImGui::Spacing();
  }
  section_heading(ui_text(lang, UiText::palette), fonts);
  palette_picker(state, requests);
  suitability_badges(state.choropleth().suitability, lang, fonts);
  if (state.selection().method == ClassMethod::manual) {
    ImGui::Spacing();
    breaks_.draw(state, requests.breaks, fonts);
  }
}

}  // namespace hgm::app
