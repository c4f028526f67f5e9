#include "core/views/rank_view.h"

#include "core/layout/layout_metrics.h"
#include "core/layout/scene_builder.h"
#include "core/views/chart_furniture.h"
#include "core/views/rank_chart.h"
#include "core/views/rank_rows.h"

namespace hgm {

Frame layout_rank_view(const MapInputs& inputs, const IndicatorTable& table, const MapSpec& spec, int width,
                       int height, const TextMeasurer& measurer) {
  const RankRows rows = rank_rows(inputs.data.registry, table, spec);
  // The words the indicator's map carries (its name, period and unit, where its figures
  // come from), framed as every chart view frames them.
  const Scene titled = titled_scene(*rows.indicator, spec.period, rows.values, spec.lang, kBoundaryAttribution);
  const views::ChartWords words{titled.title, titled.subtitle, {}, titled.source_line};
  const layout::Metrics k = views::chart_metrics(width, height, spec.layout.text_size);
  Frame frame = views::blank_chart_frame(width, height);
  const PixelRect chart = views::add_chart_furniture(frame, words, spec, k, measurer);
  // No map: the chart stands where the map would, and map_viewport says where, so a
  // front end places its panels beside the chart as it does beside a map.
  frame.map_viewport = chart;
  draw_rank_chart(rows, chart, spec.lang, k, measurer, frame);
  return frame;
}

}  // namespace hgm
