#include "core/spec/map_spec.h"

#include <cmath>
#include <utility>

#include "core/text/text_fold.h"

namespace hgm {

namespace {

struct ViewName {
  ViewKind kind;
  const char* id;
};
constexpr ViewName kViews[] = {{ViewKind::map, "map"},           {ViewKind::rank, "rank"},
                               {ViewKind::overview, "overview"}, {ViewKind::profile, "profile"},
                               {ViewKind::multiples, "multiples"}, {ViewKind::change, "change"}};

bool same_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

}  // namespace

const char* view_kind_id(ViewKind kind) {
  for (const ViewName& v : kViews)
    if (v.kind == kind) return v.id;
  return "map";
}

std::optional<ViewKind> parse_view_kind(std::string_view id) {
  for (const ViewName& v : kViews)
    if (id == v.id) return v.kind;
  return std::nullopt;
}

const std::vector<ViewKind>& all_view_kinds() {
  static const std::vector<ViewKind> kinds = [] {
    std::vector<ViewKind> k;
    for (const ViewName& v : kViews) k.push_back(v.kind);
    return k;
  }();
  return kinds;
}

const char* paper_id(Paper paper) { return paper == Paper::a3 ? "A3" : "A4"; }

std::optional<Paper> parse_paper(std::string_view id) {
  if (same_ignoring_case(id, "A4")) return Paper::a4;
  if (same_ignoring_case(id, "A3")) return Paper::a3;
  return std::nullopt;
}

const char* orientation_id(Orientation orientation) {
  return orientation == Orientation::portrait ? "portrait" : "landscape";
}

std::optional<Orientation> parse_orientation(std::string_view id) {
  if (id == "portrait") return Orientation::portrait;
  if (id == "landscape") return Orientation::landscape;
  return std::nullopt;
}

ImageSize pixel_size(const OutputSize& size) {
  if (const auto* pixels = std::get_if<ImageSize>(&size)) return *pixels;
  const PaperSize& paper = std::get<PaperSize>(size);
  // ISO 216, millimetres, portrait.
  double short_mm = 210, long_mm = 297;
  if (paper.paper == Paper::a3) short_mm = 297, long_mm = 420;
  const auto px = [&](double mm) { return static_cast<int>(std::lround(mm / 25.4 * paper.dpi)); };
  if (paper.orientation == Orientation::portrait) return {px(short_mm), px(long_mm)};
  return {px(long_mm), px(short_mm)};
}

ChoroplethOptions choropleth_options(const MapSpec& spec) {
  ChoroplethOptions o;
  o.indicator = spec.indicator;
  o.period = spec.period;
  o.method = spec.method;
  o.classes = spec.classes;
  o.breaks = spec.breaks;
  o.palette = spec.palette;
  o.lang = spec.lang;
  return o;
}

const std::vector<ElementName>& element_names() {
  static const std::vector<ElementName> names = {
      {"title", &LayoutOptions::show_title},         {"legend", &LayoutOptions::show_legend},
      {"labels", &LayoutOptions::show_labels},       {"scale", &LayoutOptions::show_scale_bar},
      {"north", &LayoutOptions::show_north_arrow},   {"locator", &LayoutOptions::show_locator},
      {"credits", &LayoutOptions::show_credits},     {"histogram", &LayoutOptions::show_histogram}};
  return names;
}

std::vector<std::string> shown_elements(const LayoutOptions& layout) {
  std::vector<std::string> shown;
  for (const ElementName& e : element_names())
    if (layout.*e.flag) shown.emplace_back(e.id);
  return shown;
}

const std::string& own_unless_blank(const std::string& own, const std::string& automatic) {
  return trim_spaces(own).empty() ? automatic : own;
}

}  // namespace hgm
