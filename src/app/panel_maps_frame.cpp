#include "app/panel_maps_frame.h"

#include <algorithm>

#include "app/app_text.h"
#include "core/errors.h"
#include "core/layout/layout_metrics.h"
#include "core/text/i18n.h"
#include "core/views/multiples_view.h"

namespace hgm::app {

namespace {

// One line saying why the view is empty, centred in its room, shrunk to fit.
Frame message_frame(const std::string& text, const MapSpec& spec, int width, int height, const TextMeasurer& m) {
  Frame frame;
  frame.width = width;
  frame.height = height;
  frame.background = layout::kWhite;
  FrameText line;
  line.utf8 = text;
  line.color = layout::kMutedInk;
  line.size_px = std::max(16.0, height / 45.0) * text_scale(spec.layout.text_size).factor;
  const double room = width - 32.0;
  const double wide = m.text_width(line.utf8, line.size_px);
  if (wide > room && wide > 0) line.size_px = std::max(11.0, line.size_px * room / wide);
  line.x = std::max(16.0, (width - m.text_width(line.utf8, line.size_px)) / 2);
  line.y = height / 2.0;
  frame.texts.push_back(line);
  return frame;
}

}  // namespace

bool is_panel_maps_view(ViewKind view) { return view == ViewKind::multiples || view == ViewKind::change; }

PanelMapsFrame layout_panel_maps_frame(const MapState& state, PixelSize size, int chart_width, const MapView& view,
                                       const LayoutOptions& layout, const SeriesPlace& series,
                                       const TextMeasurer& m) {
  MapSpec spec = state.spec();
  spec.layout = layout;
  PanelMapsFrame out;
  try {
    if (spec.view == ViewKind::change && spec.compared_period.empty()) {
      out.frame = message_frame(ui_text(spec.lang, UiText::change_needs_period), spec, chart_width, size.height, m);
      out.frame.width = size.width;
      return out;
    }
    if (spec.view == ViewKind::change) {
      // In the width the panel leaves, as the side-by-side maps: the change legend (classes,
      // ranges and notes) is taller than a map's and left no room for the panel under it.
      out.change = make_change_picture(state.inputs(), state.table(), spec);
      out.frame = layout_frame(out.change->scene, chart_width, size.height, view, m, layout, series);
      out.frame.width = size.width;
      return out;
    }
    MultiplesPicture picture = layout_multiples_view(state.inputs(), state.table(), spec, chart_width, size.height, m);
    out.scenes = std::move(picture.scenes);
    out.frame = std::move(picture.frame);
  } catch (const UsageError& e) {
    out = {};
    out.frame = message_frame(e.what(), spec, chart_width, size.height, m);
  }
  out.frame.width = size.width;
  return out;
}

std::optional<DistrictDetails> panel_maps_details(const MapState& state, const PanelMapsFrame& shown, Vec2 pixel,
                                                  int district) {
  const Lang lang = state.spec().lang;
  if (shown.change) {
    std::optional<DistrictDetails> d = district_details(state, shown.change->choropleth, district);
    if (!d) return d;
    const IndicatorChange& c = shown.change->change;
    d->period = period_title(c.from_period, lang) + " → " + period_title(c.to_period, lang);
    d->difference.clear();  // the choropleth's reference is the 0 of no change, not the province
    const DistrictChange& one = c.districts.at(static_cast<std::size_t>(district));
    d->value_text = one.text;
    d->has_value = one.is_numeric();
    return d;
  }
  const std::vector<FrameMap>& maps = shown.frame.panel_maps;
  for (std::size_t i = 0; i < maps.size(); ++i) {
    if (!maps[i].viewport.contains(pixel.x, pixel.y)) continue;
    const std::vector<MultiplesPanel> panels = multiples_panels(state.spec());
    if (i >= panels.size()) return std::nullopt;
    return district_details(state, panels[i].indicator, panels[i].period, district);
  }
  return std::nullopt;
}

}  // namespace hgm::app
