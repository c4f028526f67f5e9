#pragma once
// The overview view as a Frame (see view_frame.h).
#include <cstddef>
#include <optional>

#include "core/layout/frame.h"
#include "core/layout/text_measurer.h"
#include "core/spec/map_inputs.h"
#include "core/spec/map_spec.h"

namespace hgm {

Frame layout_overview_view(const MapInputs& inputs, const IndicatorTable& table, const MapSpec& spec, int width,
                       int height, const TextMeasurer& measurer, std::optional<std::size_t> first_row = std::nullopt);

}  // namespace hgm
