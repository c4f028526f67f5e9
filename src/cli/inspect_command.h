#pragma once
#include <string>

#include "cli/cli_options.h"
#include "core/thematic/choropleth.h"
#include "core/layout/frame.h"
#include "core/layout/text_measurer.h"
#include "io/map_inputs.h"

namespace hgm::cli {

// Per-district report of what the map shows. With a frame (from --size), each district
// also gets the pixel of its interior point in an export of that size.
// The frame's labels are reported as pixel boxes (measured with `measurer`).
std::string inspect_json(const io::MapInputs& inputs, const Choropleth& map, const Frame* frame,
                         const TextMeasurer* measurer = nullptr);
std::string inspect_text(const io::MapInputs& inputs, const Choropleth& map);

}  // namespace hgm::cli
