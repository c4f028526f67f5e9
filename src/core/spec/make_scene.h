#pragma once
// One way from a spec to what is drawn: the choropleth, the scene with the spec's title
// overrides, and the frame at the spec's output size. The CLI, the window and the export
// function all come through here.
#include <string>

#include "core/layout/frame.h"
#include "core/layout/frame_layout.h"
#include "core/layout/text_measurer.h"
#include "core/spec/map_inputs.h"
#include "core/spec/map_spec.h"

namespace hgm {

struct MapPicture {
  Choropleth choropleth;  // points into the table it was built from
  Scene scene;            // with the spec's title and subtitle when they are not blank
  std::string automatic_title, automatic_subtitle;  // what the scene says without them
};

// Builds from `table` (the window passes its own copy with planners' tables added).
// Throws UsageError for a view that is not drawn yet, an unknown indicator or period, or
// unusable classification options.
MapPicture make_picture(const MapInputs& inputs, const IndicatorTable& table, const MapSpec& spec);

// The spec's title and subtitle in place of the scene's, where they are not blank.
void apply_spec_titles(Scene& scene, const MapSpec& spec);

// The scene of `spec` from the inputs' own table.
Scene make_scene(const MapInputs& inputs, const MapSpec& spec);

// The scene laid out at the spec's output size, whole (no pan or zoom): what an export writes.
Frame layout_for_export(const Scene& scene, const MapSpec& spec, const TextMeasurer& measurer);

}  // namespace hgm
