#pragma once
// The ranking chart as a Frame (see view_frame.h and rank_chart.h): the districts of
// spec.indicator in spec.period sorted with honest ranks, framed by the map's own title,
// subtitle, source line and boundary attribution.
#include "core/layout/frame.h"
#include "core/layout/text_measurer.h"
#include "core/spec/map_inputs.h"
#include "core/spec/map_spec.h"

namespace hgm {

Frame layout_rank_view(const MapInputs& inputs, const IndicatorTable& table, const MapSpec& spec, int width,
                       int height, const TextMeasurer& measurer);

}  // namespace hgm
