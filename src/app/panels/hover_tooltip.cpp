#include "app/panels/hover_tooltip.h"

#include <imgui.h>
#include <imgui_internal.h>  // CalcWindowNextAutoFitSize: the size the tooltip asks for

#include <algorithm>
#include <string>
#include <vector>

#include "app/app_text.h"
#include "app/panels/panel_widgets.h"
#include "app/panels/text_wrap.h"
#include "app/panels/tooltip_place.h"
#include "core/text/i18n.h"

namespace hgm::app {

namespace {

// The hover outline, on the map and around a chart's row.
const ImU32 kHoverOutline = IM_COL32(20, 20, 20, 230);
constexpr float kHoverOutlineWidth = 2.5f;  // screen coordinates

// "Nguồn: …" with the text hanging to the right of its label.
void labelled_text(const char* label, const std::string& text, float width) {
  const std::string head = std::string(label) + ":";
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextUnformatted(head.c_str());
  ImGui::PopStyleColor();
  ImGui::SameLine();
  const float used = ImGui::CalcTextSize(head.c_str()).x + ImGui::GetStyle().ItemSpacing.x;
  ImGui::BeginGroup();
  text_wrapped_at_spaces(text, width - used);
  ImGui::EndGroup();
}

// The tooltip's size as its content last asked (Dear ImGui sizes it a frame late anyway,
// and hides it on the frame it appears). One tooltip window per ImGui context: one size.
ImVec2 g_tooltip_size{0, 0};

void place_clear_of_row(const PixelRect& row, double pixel_ratio) {
  const double k = pixel_ratio > 0 ? 1.0 / pixel_ratio : 1.0;
  const ImGuiIO& io = ImGui::GetIO();
  const Vec2 at = tooltip_clear_of_row(row.y * k, (row.y + row.h) * k, io.MousePos.x, {g_tooltip_size.x, g_tooltip_size.y},
                                       {io.DisplaySize.x, io.DisplaySize.y}, ImGui::GetFontSize() * 0.4);
  ImGui::SetNextWindowPos(ImVec2(static_cast<float>(at.x), static_cast<float>(at.y)), ImGuiCond_Always);
}

}  // namespace

void draw_district_tooltip(const DistrictDetails& d, Lang lang, const UiFonts& fonts, const PixelRect* hovered_row,
                           double pixel_ratio) {
  if (hovered_row != nullptr) place_clear_of_row(*hovered_row, pixel_ratio);
  ImGui::BeginTooltip();
  const float width = ImGui::GetFontSize() * 26;
  ImGui::PushFont(fonts.large);
  text_wrapped_at_spaces(d.name, width);
  ImGui::PopFont();
  muted_text(d.indicator + " · " + d.period, fonts, false, width);
  ImGui::Spacing();
  if (d.has_value) {
    ImGui::PushFont(fonts.large);
    text_wrapped_at_spaces(d.value_text, width);
    ImGui::PopFont();
    if (!d.difference.empty()) text_wrapped_at_spaces(d.difference, width);
    if (!d.rank.empty()) text_wrapped_at_spaces(d.rank, width);
  } else {
    muted_text(d.value_text, fonts, false, width);  // no data must read as no data, never as a figure
  }
  if (!d.source.empty() || !d.quote.empty() || !d.inferred.empty()) {
    ImGui::Spacing();
    ImGui::Separator();
    if (!d.source.empty()) labelled_text(ui_text(lang, UiText::source), d.source, width);
    if (!d.quote.empty()) labelled_text(tr(lang, Msg::quote), d.quote, width);
    if (!d.inferred.empty()) muted_text("(" + d.inferred + ")", fonts, false, width);
  }
  g_tooltip_size = ImGui::CalcWindowNextAutoFitSize(ImGui::GetCurrentWindow());
  ImGui::EndTooltip();
}

void draw_district_outline(const MultiPolygon& shape, const Frame& frame, double pixel_ratio) {
  draw_district_outline(shape, frame.map_viewport, frame.transform, pixel_ratio);
}

void draw_district_outline(const MultiPolygon& shape, const PixelRect& v, const MapTransform& transform,
                           double pixel_ratio) {
  ImDrawList* draw = ImGui::GetBackgroundDrawList();  // over the map, under the panels
  const double k = pixel_ratio > 0 ? 1.0 / pixel_ratio : 1.0;
  draw->PushClipRect(ImVec2(static_cast<float>(v.x * k), static_cast<float>(v.y * k)),
                     ImVec2(static_cast<float>((v.x + v.w) * k), static_cast<float>((v.y + v.h) * k)), true);
  std::vector<ImVec2> points;
  const auto outline = [&](const Ring& ring) {
    points.clear();
    for (const Vec2& p : ring) {
      const Vec2 px = transform.to_pixel(p);
      points.emplace_back(static_cast<float>(px.x * k), static_cast<float>(px.y * k));
    }
    if (points.size() >= 2) draw->AddPolyline(points.data(), static_cast<int>(points.size()), kHoverOutline, ImDrawFlags_Closed,
                                            kHoverOutlineWidth);
  };
  for (const Polygon& polygon : shape) {
    outline(polygon.outer);
    for (const Ring& hole : polygon.holes) outline(hole);
  }
  draw->PopClipRect();
}

void mark_district_areas(const Frame& frame, const std::string& code, double pixel_ratio) {
  double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;
  for (const FrameDistrictArea& a : frame.district_areas) {
    if (a.code != code) continue;
    x0 = std::min(x0, a.rect.x), y0 = std::min(y0, a.rect.y);
    x1 = std::max(x1, a.rect.x + a.rect.w), y1 = std::max(y1, a.rect.y + a.rect.h);
  }
  if (x1 <= x0 || y1 <= y0) return;  // not in the chart (e.g. a profile of other districts)
  const double k = pixel_ratio > 0 ? 1.0 / pixel_ratio : 1.0;
  const float half = kHoverOutlineWidth / 2;  // the line inside the box, clear of the next row's
  ImGui::GetBackgroundDrawList()->AddRect(ImVec2(static_cast<float>(x0 * k) + half, static_cast<float>(y0 * k) + half),
                                          ImVec2(static_cast<float>(x1 * k) - half, static_cast<float>(y1 * k) - half),
                                          kHoverOutline, 0.0f, 0, kHoverOutlineWidth);
}

}  // namespace hgm::app
