#include "core/views/rank_view.h"

#include "core/layout/frame_layout.h"
#include "core/layout/layout_metrics.h"
#include "core/layout/scene_builder.h"
#include "core/spec/make_scene.h"
#include "core/views/rank_chart.h"
#include "core/views/rank_rows.h"

namespace hgm {

Frame layout_rank_view(const MapInputs& inputs, const IndicatorTable& table, const MapSpec& spec, int width,
                       int height, const TextMeasurer& measurer) {
  const RankRows rows = rank_rows(inputs.data.registry, table, spec);
  // The map's own title, subtitle, source line and attribution frame the chart: the map
  // layout with only those shown leaves its viewport to the chart.
  Scene words = titled_scene(*rows.indicator, spec.period, rows.values, spec.lang, kBoundaryAttribution);
  apply_spec_titles(words, spec);
  LayoutOptions only_words;
  only_words.show_title = spec.layout.show_title;
  only_words.show_credits = spec.layout.show_credits;
  only_words.show_legend = only_words.show_labels = only_words.show_scale_bar = only_words.show_north_arrow =
      only_words.show_locator = false;
  Frame frame = layout_frame(words, width, height, MapView{}, measurer, only_words);
  // No map: the chart is the frame's own rectangles, lines and texts, drawn where the
  // map would be (map_viewport keeps saying where, for a front end placing its panels).
  const PixelRect chart = frame.map_viewport;
  frame.scene = nullptr;
  frame.transform = {};
  draw_rank_chart(rows, chart, spec.lang, layout::Metrics(width, height), measurer, frame);
  return frame;
}

}  // namespace hgm
