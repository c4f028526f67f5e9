#include "app/panels/breaks_editor.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <utility>

#include "app/app_text.h"
#include "app/panels/breaks_text.h"
#include "app/panels/panel_widgets.h"
#include "core/text/i18n.h"

namespace hgm::app {

namespace {

constexpr ImU32 kHandle = IM_COL32(34, 94, 168, 255);  // the map's blue
constexpr ImU32 kHandleHot = IM_COL32(20, 60, 120, 255);
constexpr ImU32 kTick = IM_COL32(60, 60, 60, 255);
constexpr ImU32 kReference = IM_COL32(190, 40, 40, 255);

struct Figure {
  double value = 0;
  std::string name;
};

std::vector<Figure> figures_of(const MapState& state) {
  std::vector<Figure> out;
  const Lang lang = state.selection().lang;
  for (const DistrictShading& s : state.choropleth().districts) {
    if (!s.value || !s.value->is_exact() || !std::isfinite(s.value->value)) continue;
    const District& d = state.inputs().data.registry.at(s.district);
    out.push_back({s.value->value, pick(lang, d.short_vi, d.short_en)});
  }
  std::sort(out.begin(), out.end(), [](const Figure& a, const Figure& b) { return a.value < b.value; });
  return out;
}

// A round step about a hundredth of the range: handles snap to it (0,1 for most percentages).
double snap_step(double range) {
  if (!(range > 0)) return 0.1;
  return std::pow(10.0, std::floor(std::log10(range / 100.0)));
}

double snapped(double v, double step) { return std::round(v / step) * step; }

void dashed_vline(ImDrawList* draw, float x, float y0, float y1, ImU32 colour, float thickness) {
  const float dash = 4, gap = 3;
  for (float y = y0; y < y1; y += dash + gap)
    draw->AddLine(ImVec2(x, y), ImVec2(x, std::min(y + dash, y1)), colour, thickness);
}

std::string unit_text(double v, const MapState& state) {
  const Indicator* ind = state.choropleth().indicator;
  const Lang lang = state.selection().lang;
  return format_with_unit(v, ind ? ind->unit_in(lang) : std::string(), lang);
}

// The range shown: every figure, break and the province figure, with a margin.
std::pair<double, double> shown_range(const std::vector<Figure>& figures, const std::vector<double>& breaks,
                                      const ProvinceReference* ref) {
  double lo = INFINITY, hi = -INFINITY;
  for (const Figure& f : figures) lo = std::min(lo, f.value), hi = std::max(hi, f.value);
  for (const double b : breaks) lo = std::min(lo, b), hi = std::max(hi, b);
  if (ref) lo = std::min(lo, ref->value), hi = std::max(hi, ref->value);
  if (!std::isfinite(lo)) lo = 0, hi = 1;
  if (hi - lo < 1e-9) lo -= 1, hi += 1;
  const double margin = (hi - lo) * 0.06;
  return {lo - margin, hi + margin};
}

// Where things go on the canvas: values along x between the padded edges.
struct ChartGeometry {
  ImVec2 p0, p1;         // the canvas
  float left, right;     // where lo and hi fall
  float plot_top, base;  // the ticks stand on the base
  double lo, hi;

  float x_of(double v) const { return left + static_cast<float>((v - lo) / (hi - lo)) * (right - left); }
  double value_at(float x) const { return lo + (x - left) / (right - left) * (hi - lo); }
};

// The handle within a few pixels of the pointer, or -1.
int handle_near(float mouse_x, const std::vector<double>& breaks, const ChartGeometry& g) {
  int near_handle = -1;
  float nearest = 7;
  for (std::size_t i = 0; i < breaks.size(); ++i) {
    const float d = std::fabs(mouse_x - g.x_of(breaks[i]));
    if (d < nearest) nearest = d, near_handle = static_cast<int>(i);
  }
  return near_handle;
}

void draw_background(ImDrawList* draw, const ChartGeometry& g) {
  draw->AddRectFilled(g.p0, g.p1, ImGui::GetColorU32(ImGuiCol_FrameBg), ImGui::GetStyle().FrameRounding);
  draw->AddRect(g.p0, g.p1, ImGui::GetColorU32(ImGuiCol_Border), ImGui::GetStyle().FrameRounding);
}

// The classes as a colour strip along the base, as the map colours them.
void draw_class_strip(ImDrawList* draw, const ChartGeometry& g, const std::vector<double>& breaks,
                      const std::vector<Color>& colors) {
  for (std::size_t c = 0; c <= breaks.size() && c < colors.size(); ++c) {
    const float x0 = c == 0 ? g.p0.x + 1 : g.x_of(breaks[c - 1]);
    const float x1 = c == breaks.size() ? g.p1.x - 1 : g.x_of(breaks[c]);
    const Color& k = colors[c];
    draw->AddRectFilled(ImVec2(x0, g.base + 1), ImVec2(x1, g.base + 7), IM_COL32(k.r, k.g, k.b, 255));
  }
  draw->AddLine(ImVec2(g.p0.x + 1, g.base), ImVec2(g.p1.x - 1, g.base), IM_COL32(120, 120, 120, 255), 1);
}

// The province figure: a dashed line, labelled at the top.
void draw_reference(ImDrawList* draw, const ChartGeometry& g, const ProvinceReference& ref, const MapState& state,
                    const UiFonts& fonts) {
  const float x = g.x_of(ref.value);
  dashed_vline(draw, x, g.plot_top, g.base, kReference, 1.5f);
  ImGui::PushFont(fonts.small);
  const std::string label =
      std::string(tr(state.selection().lang, Msg::province_reference)) + " " + unit_text(ref.value, state);
  const float w = ImGui::CalcTextSize(label.c_str()).x;
  const float lx = std::clamp(x - w / 2, g.p0.x + 3, g.p1.x - 3 - w);
  draw->AddText(ImVec2(lx, g.p0.y + 2), kReference, label.c_str());
  ImGui::PopFont();
}

// The lines under the ticks, so that a figure on a break stays visible.
void draw_break_lines(ImDrawList* draw, const ChartGeometry& g, const std::vector<double>& breaks,
                      const std::function<bool(std::size_t)>& hot) {
  for (std::size_t i = 0; i < breaks.size(); ++i) {
    const float x = g.x_of(breaks[i]);
    draw->AddLine(ImVec2(x, g.plot_top), ImVec2(x, g.base + 7), hot(i) ? kHandleHot : kHandle, hot(i) ? 3.0f : 2.0f);
  }
}

// One tick per district; equal figures stack taller. Returns the tick under the pointer
// when `pointing` (the pointer is over the chart and not on a handle), else null.
const Figure* draw_ticks(ImDrawList* draw, const ChartGeometry& g, const std::vector<Figure>& figures, bool pointing,
                         float mouse_x) {
  const Figure* hovered_figure = nullptr;
  const float plot_h = g.base - g.plot_top;
  for (std::size_t i = 0; i < figures.size(); ++i) {
    int same = 0;
    for (std::size_t j = 0; j < i; ++j)
      if (std::fabs(g.x_of(figures[j].value) - g.x_of(figures[i].value)) < 1.5f) ++same;
    const float x = g.x_of(figures[i].value);
    const float top = g.base - plot_h * std::min(0.95f, 0.45f + 0.15f * static_cast<float>(same));
    draw->AddLine(ImVec2(x, g.base), ImVec2(x, top), kTick, 2);
    if (pointing && std::fabs(mouse_x - x) < 4) hovered_figure = &figures[i];
  }
  return hovered_figure;
}

// The grips on top of everything, to show where to take hold.
void draw_grips(ImDrawList* draw, const ChartGeometry& g, const std::vector<double>& breaks,
                const std::function<bool(std::size_t)>& hot) {
  for (std::size_t i = 0; i < breaks.size(); ++i) {
    const ImU32 colour = hot(i) ? kHandleHot : kHandle;
    const float x = g.x_of(breaks[i]);
    const float gw = hot(i) ? 6.0f : 5.0f, gh = 8.0f;
    draw->AddRectFilled(ImVec2(x - gw, g.plot_top - 2), ImVec2(x + gw, g.plot_top + gh * 1.6f), colour, 3);
    draw->AddLine(ImVec2(x - 2, g.plot_top + 2), ImVec2(x - 2, g.plot_top + gh), IM_COL32(255, 255, 255, 200), 1);
    draw->AddLine(ImVec2(x + 2, g.plot_top + 2), ImVec2(x + 2, g.plot_top + gh), IM_COL32(255, 255, 255, 200), 1);
  }
}

// The ends of the range under the chart.
void range_ends(const ChartGeometry& g, float width, const std::vector<Figure>& figures, const MapState& state,
                const UiFonts& fonts) {
  ImGui::PushFont(fonts.small);
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  if (!figures.empty()) {
    const std::string low = unit_text(figures.front().value, state);
    const std::string high = unit_text(figures.back().value, state);
    const float x_low = std::clamp(g.x_of(figures.front().value) - g.p0.x - ImGui::CalcTextSize(low.c_str()).x / 2,
                                   0.0f, width / 2);
    const float w_high = ImGui::CalcTextSize(high.c_str()).x;
    const float x_high = std::clamp(g.x_of(figures.back().value) - g.p0.x - w_high / 2, width / 2, width - w_high);
    const float row = ImGui::GetCursorPosX();
    ImGui::SetCursorPosX(row + x_low);
    ImGui::TextUnformatted(low.c_str());
    ImGui::SameLine(row + x_high);
    ImGui::TextUnformatted(high.c_str());
  }
  ImGui::PopStyleColor();
  ImGui::PopFont();
}

}  // namespace

void BreaksEditor::draw(const MapState& state, std::optional<std::vector<double>>& request, const UiFonts& fonts) {
  const Lang lang = state.selection().lang;
  const std::vector<double>& breaks = dragging_ >= 0 ? dragged_ : state.selection().breaks;
  section_heading(ui_text(lang, UiText::breaks), fonts);
  help_marker(ui_text(lang, UiText::breaks_drag_tip));
  chart(state, breaks, request, fonts);
  text_field(state, request);
}

void BreaksEditor::chart(const MapState& state, const std::vector<double>& breaks,
                         std::optional<std::vector<double>>& request, const UiFonts& fonts) {
  const Choropleth& map = state.choropleth();
  const std::vector<Figure> figures = figures_of(state);
  const ProvinceReference* ref = map.reference && std::isfinite(map.reference->value) ? map.reference : nullptr;
  auto [lo, hi] = shown_range(figures, breaks, ref);
  if (dragging_ >= 0) lo = frozen_lo_, hi = frozen_hi_;

  ImGui::PushFont(fonts.small);
  const float label_h = ImGui::GetTextLineHeight();
  ImGui::PopFont();
  const float width = ImGui::GetContentRegionAvail().x;
  const float height = label_h + ImGui::GetFrameHeight() * 2.0f;
  const ImVec2 p0 = ImGui::GetCursorScreenPos();
  const ImVec2 p1(p0.x + width, p0.y + height);
  ImGui::InvisibleButton("##breaks-chart", ImVec2(width, height), ImGuiButtonFlags_MouseButtonLeft);
  const bool hovered = ImGui::IsItemHovered();

  const float pad = 9;  // keeps the end handles inside the canvas
  const ChartGeometry g{p0, p1, p0.x + pad, p1.x - pad, p0.y + label_h + 4, p1.y - 9, lo, hi};
  const float mouse_x = ImGui::GetIO().MousePos.x;
  int near_handle = handle_near(mouse_x, breaks, g);
  if (!hovered && dragging_ < 0) near_handle = -1;
  handle_pointer(breaks, near_handle, hovered, lo, hi, g.value_at(mouse_x), request);

  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw_background(draw, g);
  draw->PushClipRect(p0, p1, true);
  draw_class_strip(draw, g, breaks, map.colors);
  if (ref) draw_reference(draw, g, *ref, state, fonts);
  const std::function<bool(std::size_t)> hot = [&](std::size_t i) {
    return static_cast<int>(i) == near_handle || static_cast<int>(i) == dragging_;
  };
  draw_break_lines(draw, g, breaks, hot);
  const Figure* hovered_figure = draw_ticks(draw, g, figures, hovered && near_handle < 0 && dragging_ < 0, mouse_x);
  draw_grips(draw, g, breaks, hot);
  draw->PopClipRect();

  if (near_handle >= 0 || dragging_ >= 0) {
    ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeEW);
    const int i = dragging_ >= 0 ? dragging_ : near_handle;
    ImGui::SetTooltip("%s", unit_text(breaks[static_cast<std::size_t>(i)], state).c_str());
  } else if (hovered_figure) {
    ImGui::SetTooltip("%s: %s", hovered_figure->name.c_str(), unit_text(hovered_figure->value, state).c_str());
  }
  range_ends(g, width, figures, state, fonts);
}

// Dragging: the handle follows the pointer, snapped, and stays between its neighbours.
// A double-click on the chart adds a break; a right-click on a handle removes it.
void BreaksEditor::handle_pointer(const std::vector<double>& breaks, int near_handle, bool hovered, double lo,
                                  double hi, double pointed, std::optional<std::vector<double>>& request) {
  const bool active = ImGui::IsItemActive();
  const double step = snap_step(hi - lo);
  if (ImGui::IsItemActivated() && near_handle >= 0) {
    dragging_ = near_handle;
    dragged_ = breaks;
    frozen_lo_ = lo;
    frozen_hi_ = hi;
  }
  if (dragging_ >= 0 && active) {
    const std::size_t i = static_cast<std::size_t>(dragging_);
    double v = snapped(pointed, step);
    if (i > 0) v = std::max(v, dragged_[i - 1] + step);
    if (i + 1 < dragged_.size()) v = std::min(v, dragged_[i + 1] - step);
    if (std::fabs(v - dragged_[i]) > step * 1e-6) {
      dragged_[i] = v;
      request = dragged_;
    }
  } else if (!active) {
    dragging_ = -1;
  }
  if (hovered && near_handle < 0 && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
    std::vector<double> added = breaks;
    const double v = snapped(pointed, step);
    if (std::none_of(added.begin(), added.end(), [&](double b) { return std::fabs(b - v) < step / 2; })) {
      added.insert(std::upper_bound(added.begin(), added.end(), v), v);
      request = added;
    }
  }
  if (hovered && near_handle >= 0 && breaks.size() > 1 && ImGui::IsMouseClicked(ImGuiMouseButton_Right)) {
    std::vector<double> removed = breaks;
    removed.erase(removed.begin() + near_handle);
    request = removed;
  }
}

void BreaksEditor::text_field(const MapState& state, std::optional<std::vector<double>>& request) {
  const Lang lang = state.selection().lang;
  const std::string current = format_breaks(dragging_ >= 0 ? dragged_ : state.selection().breaks, lang);
  // Follow changes made elsewhere (dragging, language) unless the user is typing.
  if (current != state_text_ || (!editing_ && error_.empty() && current != text_.data())) {
    if (!editing_) {
      std::snprintf(text_.data(), text_.size(), "%s", current.c_str());
      error_.clear();
    }
    state_text_ = current;
  }
  const float button_w = ImGui::CalcTextSize(ui_text(lang, UiText::breaks_apply)).x +
                         ImGui::GetStyle().FramePadding.x * 2;
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - button_w - ImGui::GetStyle().ItemSpacing.x);
  bool apply = ImGui::InputTextWithHint("##breaks-text", ui_text(lang, UiText::breaks_hint), text_.data(),
                                        text_.size(), ImGuiInputTextFlags_EnterReturnsTrue);
  apply |= ImGui::IsItemDeactivatedAfterEdit();
  editing_ = ImGui::IsItemActive();
  ImGui::SameLine();
  apply |= ImGui::Button(ui_text(lang, UiText::breaks_apply));
  if (apply) {
    const BreaksParse parsed = parse_breaks(text_.data(), lang);
    if (parsed.ok()) {
      error_.clear();
      request = parsed.breaks;
    } else {
      error_ = parsed.error;
    }
  }
  if (!error_.empty()) warning_text(error_ + ". " + ui_text(lang, UiText::breaks_kept));
}

}  // namespace hgm::app
