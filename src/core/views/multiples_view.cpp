#include "core/views/multiples_view.h"

#include <algorithm>
#include <cmath>
#include <variant>

#include "core/errors.h"
#include "core/layout/frame_layout.h"
#include "core/layout/layout_metrics.h"
#include "core/layout/frame_compose.h"
#include "core/spec/make_scene.h"
#include "core/text/i18n.h"
#include "core/thematic/choropleth.h"
#include "core/thematic/classify.h"
#include "core/views/chart_furniture.h"

namespace hgm {

using namespace layout;

namespace {

constexpr std::size_t kMostPanels = 4;

// The whole frame's sizes, no text under the legible size (credits are the first to go
// under it on a 1280×720 projector).
Metrics frame_metrics(int width, int height, TextSize text_size) {
  Metrics k(width, height, text_size);
  for (double* t : {&k.title, &k.subtitle, &k.credits}) *t = std::max(*t, views::kLegibleText);
  return k;
}

// A panel's sizes: a step under the whole frame's (its title about the frame's subtitle),
// a further step for a grid of four, never under the legible size. Scale-free, so a
// layout that fits at one size fits at any larger one once the floor no longer holds
// text up.
Metrics panel_metrics(const Metrics& whole, std::size_t panels) {
  Metrics p = whole;
  const double step = panels > 2 ? 0.72 : 0.85;
  const auto text = [](double size, double share) { return std::max(size * share, views::kLegibleText); };
  p.unit = whole.unit * step;
  p.margin = whole.margin * 0.5;
  p.title = text(whole.subtitle, step + 0.1);
  p.subtitle = text(whole.legend_text, step);
  p.legend_title = text(whole.legend_title, step);
  p.legend_text = text(whole.legend_text, step);
  p.legend_count = text(whole.legend_count, step);
  p.label = text(whole.label, step);
  p.label_at_scale = whole.label_at_scale * step;
  p.credits = text(whole.credits, 1.0);
  p.north_letter = text(whole.north_letter, step);
  p.locator_label = text(whole.locator_label, step);
  p.scale_text = text(whole.scale_text, step);
  // What is measured against the text keeps its proportion to it.
  const double t = p.legend_text / std::max(whole.legend_text, 1e-9);
  p.swatch_w = whole.swatch_w * t;
  p.swatch_h = whole.swatch_h * t;
  p.row_gap = whole.row_gap * t;
  p.halo = whole.halo * t;
  p.panel_pad = whole.panel_pad * t;
  return p;
}

// A panel is legible when its own layout kept every text and legend box inside it and
// left the map a fair share of it (a legend as tall as the panel leaves none).
bool panel_fits(const Frame& f, int w, int h, const TextMeasurer& m) {
  constexpr double slack = 0.5;
  for (const FrameText& t : f.texts) {
    if (t.x < -slack || t.x + m.text_width(t.utf8, t.size_px) > w + slack) return false;
    if (t.y - m.ascent(t.size_px) < -slack || t.y + m.descent(t.size_px) > h + slack) return false;
  }
  for (const FrameRect& r : f.rects)
    if (r.rect.x < -slack || r.rect.y < -slack || r.rect.x + r.rect.w > w + slack || r.rect.y + r.rect.h > h + slack)
      return false;
  return f.map_viewport.w >= 0.3 * w && f.map_viewport.h >= 0.3 * h;
}

struct Grid {
  int cols = 1, rows = 1;
};

Grid grid_for(std::size_t panels, int width, int height) {
  if (panels <= 2) return height > width ? Grid{1, 2} : Grid{2, 1};
  return {2, 2};
}

// The panels' source lines as one: "Nguồn: báo cáo … (mục I.5.a; mục I.5.c)" when they
// name the same document, else each in turn.
std::string source_words(const std::vector<std::unique_ptr<Scene>>& scenes) {
  std::vector<std::string> lines;
  for (const auto& s : scenes)
    if (std::find(lines.begin(), lines.end(), s->source_line) == lines.end()) lines.push_back(s->source_line);
  const auto document = [](const std::string& line) {
    const std::size_t open = line.rfind(" (");
    return open != std::string::npos && line.back() == ')' ? line.substr(0, open) : std::string();
  };
  bool one_document = !document(lines.front()).empty();
  for (const std::string& line : lines) one_document = one_document && document(line) == document(lines.front());
  std::string joined;
  if (one_document) {
    const std::size_t from = document(lines.front()).size() + 2;
    for (const std::string& line : lines)
      joined += (joined.empty() ? document(line) + " (" : "; ") + line.substr(from, line.size() - from - 1);
    return joined + ")";
  }
  // "Nguồn số liệu: báo cáo …; bảng q2.csv": the words before the first colon once.
  const std::size_t colon = lines.front().find(": ");
  const std::string lead = colon == std::string::npos ? "" : lines.front().substr(0, colon + 2);
  for (const std::string& line : lines)
    joined += joined.empty() ? line : "; " + (!lead.empty() && line.rfind(lead, 0) == 0 ? line.substr(lead.size()) : line);
  return joined;
}

views::ChartWords frame_words(const IndicatorTable& table, const MapSpec& spec,
                              const std::vector<MultiplesPanel>& panels,
                              const std::vector<std::unique_ptr<Scene>>& scenes) {
  views::ChartWords words;
  const bool two_periods = panels.front().indicator == panels.back().indicator;
  if (two_periods) {
    const Indicator* ind = table.find_indicator(panels.front().indicator);
    words.title = ind ? pick(spec.lang, ind->name_vi, ind->name_en) : panels.front().indicator;
    words.subtitle = tr(spec.lang, Msg::multiples_periods,
                        {{"period", period_title(panels.front().period, spec.lang)},
                         {"compared", period_title(panels.back().period, spec.lang)}});
  } else {
    words.title = tr(spec.lang, Msg::multiples_title, {{"count", std::to_string(panels.size())}});
    words.subtitle = period_title(spec.period, spec.lang);
  }
  // What the pinned outline and the highlight mean is said once, here, not in every legend.
  if (!scenes.empty())
    for (const std::string& note : marked_district_notes(*scenes.front(), spec)) words.subtitle += " · " + note;
  words.source_line = source_words(scenes);
  return words;
}

// The frame at width×height, and whether every panel fits legibly.
struct Attempt {
  Frame frame;
  std::vector<PixelRect> panels;
  bool fits = true;
};

Attempt lay_out_at(const MapSpec& spec, const views::ChartWords& words,
                   const std::vector<std::unique_ptr<Scene>>& scenes, int width, int height, const TextMeasurer& m) {
  const Metrics k = frame_metrics(width, height, spec.layout.text_size);
  const Metrics kp = panel_metrics(k, scenes.size());
  Attempt a;
  Frame& f = a.frame;
  f = views::blank_chart_frame(width, height);
  const PixelRect body = views::add_chart_furniture(f, words, spec, k, m);
  const Grid g = grid_for(scenes.size(), width, height);
  const double gap = k.margin * 0.5;
  const double pw = (body.w - gap * (g.cols - 1)) / g.cols;
  const double ph = (body.h - gap * (g.rows - 1)) / g.rows;
  const int pw_px = std::max(1, static_cast<int>(std::floor(pw))), ph_px = std::max(1, static_cast<int>(std::floor(ph)));
  // Panels show their title, legend and labels; one frame title and one set of credits
  // serve them all, and a locator or scale bar in every small panel would crowd its map.
  LayoutOptions o = spec.layout;
  o.show_title = true;
  o.show_credits = false;
  o.show_locator = false;
  o.show_scale_bar = false;
  o.show_north_arrow = false;
  // At the layout's proportions a panel names all its districts, as the single map does;
  // where the legible floor holds the names larger than that, the small map keeps only the
  // names that fit in their districts (and the pinned and highlighted ones).
  const LabelRoom labels = kp.label > kp.label_at_scale * 1.001 ? LabelRoom::tight : LabelRoom::ample;
  for (std::size_t i = 0; i < scenes.size(); ++i) {
    const int col = static_cast<int>(i) % g.cols, row = static_cast<int>(i) / g.cols;
    double x = body.x + col * (pw + gap);
    // A lone panel in the last row of a 2×2 grid sits in the middle.
    if (scenes.size() == 3 && i == 2) x = body.x + (body.w - pw) / 2;
    const double y = body.y + row * (ph + gap);
    const Frame panel = layout_frame_sized(*scenes[i], pw_px, ph_px, MapView{}, m, o, kp, labels);
    a.fits = a.fits && panel_fits(panel, pw_px, ph_px, m);
    if (i == 0) {
      f.outline = panel.outline;
      f.outline_width_px = panel.outline_width_px;
      f.pattern_spacing_px = panel.pattern_spacing_px;
      f.pattern_line_px = panel.pattern_line_px;
    }
    append_drawing(f, panel, x, y);
    FrameMap map;
    map.scene = scenes[i].get();
    map.viewport = {panel.map_viewport.x + x, panel.map_viewport.y + y, panel.map_viewport.w, panel.map_viewport.h};
    map.transform = panel.transform;
    map.transform.origin_x += x;
    map.transform.origin_y += y;
    f.panel_maps.push_back(map);
    a.panels.push_back({x, y, static_cast<double>(pw_px), static_cast<double>(ph_px)});
  }
  return a;
}

std::string size_words(const OutputSize& size, int width, int height, double scale) {
  if (const auto* paper = std::get_if<PaperSize>(&size))
    return "--dpi " + std::to_string(static_cast<int>(std::ceil(paper->dpi * scale)));
  return "--size " + std::to_string(static_cast<int>(std::ceil(width * scale))) + "x" +
         std::to_string(static_cast<int>(std::ceil(height * scale)));
}

}  // namespace

std::vector<MultiplesPanel> multiples_panels(const MapSpec& spec) {
  const Lang lang = spec.lang;
  if (!spec.compared_period.empty()) {
    if (spec.indicators.size() > 1) throw UsageError(tr(lang, Msg::multiples_both));
    if (spec.compared_period == spec.period)
      throw UsageError(tr(lang, Msg::multiples_same_period, {{"period", spec.compared_period}}));
    const std::string& id = spec.indicators.empty() ? spec.indicator : spec.indicators.front();
    return {{id, spec.period}, {id, spec.compared_period}};
  }
  if (spec.indicators.size() < 2 || spec.indicators.size() > kMostPanels)
    throw UsageError(tr(lang, Msg::multiples_count, {{"count", std::to_string(spec.indicators.size())}}));
  std::vector<MultiplesPanel> panels;
  for (const std::string& id : spec.indicators) {
    for (const MultiplesPanel& p : panels)
      if (p.indicator == id) throw UsageError(tr(lang, Msg::multiples_twice, {{"indicator", id}}));
    panels.push_back({id, spec.period});
  }
  return panels;
}

namespace {

// One indicator in two periods: the same class limits in both panels, so a colour means
// the same range in both, drawn from both periods' exact figures. Only for the automatic
// methods on the indicator's own (sequential) palette; limits the planner chose, or a
// diverging palette centred on the province figure, are left to each panel.
void share_classes(const MapInputs& inputs, const IndicatorTable& table, const std::vector<MultiplesPanel>& panels,
                   MapSpec& spec) {
  const bool automatic = spec.method == ClassMethod::natural_breaks || spec.method == ClassMethod::quantile ||
                         spec.method == ClassMethod::equal_interval;
  if (panels.front().indicator != panels.back().indicator || !automatic || !spec.breaks.empty() ||
      !spec.palette.empty())
    return;
  std::vector<double> exact;
  std::size_t classes = 0;
  for (const MultiplesPanel& p : panels) {
    ChoroplethOptions o = choropleth_options(spec);
    o.indicator = p.indicator;
    o.period = p.period;
    const Choropleth c = build_choropleth(inputs.data.registry, table, o);
    for (const DistrictShading& d : c.districts)
      if (d.value != nullptr && d.value->is_exact()) exact.push_back(d.value->value);
    classes = std::max(classes, c.classes.size());
  }
  if (classes < 2) return;
  const Classes shared = classify(exact, spec.method, static_cast<int>(classes));
  if (shared.size() < 2) return;
  spec.method = ClassMethod::manual;
  spec.breaks.assign(shared.upper.begin(), shared.upper.end() - 1);
}

}  // namespace

MultiplesPicture layout_multiples_view(const MapInputs& inputs, const IndicatorTable& table, const MapSpec& asked,
                                       int width, int height, const TextMeasurer& m) {
  const std::vector<MultiplesPanel> panels = multiples_panels(asked);
  MapSpec spec = asked;
  share_classes(inputs, table, panels, spec);
  MultiplesPicture picture;
  for (const MultiplesPanel& p : panels) {
    // Each panel is the single map of its indicator and period, with the spec's classes,
    // palette and pinned districts; the spec's own title belongs to the whole frame.
    MapSpec one = spec;
    one.view = ViewKind::map;
    one.indicator = p.indicator;
    one.period = p.period;
    one.indicators.clear();
    one.compared_period.clear();
    one.title.clear();
    one.subtitle.clear();
    auto scene = std::make_unique<Scene>(make_picture(inputs, table, one).scene);
    scene->legend.title.clear();  // the panel's title right above it says the same
    scene->attribution.clear();   // said once under the panels, as the frame's credits
    // The marked districts are said once, under the frame's title (frame_words), not in every legend.
    auto& notes = scene->legend.notes;
    for (const std::string& said : marked_district_notes(*scene, spec))
      notes.erase(std::remove(notes.begin(), notes.end(), said), notes.end());
    picture.scenes.push_back(std::move(scene));
  }
  const views::ChartWords words = frame_words(table, spec, panels, picture.scenes);
  Attempt a = lay_out_at(spec, words, picture.scenes, width, height, m);
  if (!a.fits) {
    const std::string count = std::to_string(panels.size());
    const std::string size = std::to_string(width) + "x" + std::to_string(height);
    const std::string px = std::to_string(static_cast<int>(views::kLegibleText));
    // Ten per cent larger at a time, same proportions, up to the largest size a spec may name.
    for (double s = 1.1; width * s <= kMaxSide && height * s <= kMaxSide; s *= 1.1) {
      const int w = static_cast<int>(std::ceil(width * s)), h = static_cast<int>(std::ceil(height * s));
      if (lay_out_at(spec, words, picture.scenes, w, h, m).fits)
        throw UsageError(tr(spec.lang, Msg::multiples_too_small,
                            {{"count", count}, {"size", size}, {"px", px}, {"least", size_words(spec.size, width, height, s)}}));
    }
    throw UsageError(tr(spec.lang, Msg::multiples_never_fits, {{"count", count}, {"size", size}, {"px", px}}));
  }
  picture.frame = std::move(a.frame);
  picture.panels = std::move(a.panels);
  return picture;
}

}  // namespace hgm
