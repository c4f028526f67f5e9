#pragma once
#include "core/layout/layout_metrics.h"
#include "core/layout/scene.h"

namespace hgm::layout {

struct LegendSize {
  double width = 0, height = 0;
};

LegendSize measure_legend(const Legend& legend, const Metrics& k, const TextMeasurer& m, double max_width,
                          bool with_histogram);
void draw_legend(const Legend& legend, Color swatch_stroke, Frame& f, const PixelRect& r, const Metrics& k,
                 const TextMeasurer& m, bool with_histogram);

}  // namespace hgm::layout
