#pragma once
// One way from a spec to what is drawn: the choropleth, the scene with the spec's title
// overrides, and the frame at the spec's output size. The CLI, the window and the export
// function all come through here.
#include <functional>
#include <optional>
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

// The legend's notes on the districts `spec` marks on `scene`: what the pinned outline
// means, and the highlighted districts by name (the veil and outline say nothing alone).
std::vector<std::string> marked_district_notes(const Scene& scene, const MapSpec& spec);

// The scene of `spec` from the inputs' own table.
Scene make_scene(const MapInputs& inputs, const MapSpec& spec);

// The smallest text of an export of this size, in pixels: the screen floor for a size in
// pixels, points at the paper's DPI (core/layout/legibility.h).
double legible_text_px(const OutputSize& size);

// The scene laid out at the spec's output size, whole (no pan or zoom), with no text under
// legible_text_px: what an export writes. Throws UsageError naming the smallest legible
// size when even the map and legend are not legible at this one.
Frame layout_for_export(const Scene& scene, const MapSpec& spec, const TextMeasurer& measurer);

// The smallest output of the shape of the spec's size where the scene's map and legend are
// legible: the same aspect ratio in pixels, or the same paper at a higher DPI. Nothing when
// no size within the limits (kMaxSide, kMaxDpi) is. Searches with the real layout.
std::optional<OutputSize> smallest_legible_size(const Scene& scene, const MapSpec& spec, const TextMeasurer& measurer);

// The same search for anything legible at some size: the smallest output of the shape of
// `given` (aspect ratio in pixels, or the same paper at a higher DPI) where `legible` holds.
std::optional<OutputSize> smallest_size_where(const OutputSize& given,
                                              const std::function<bool(const OutputSize&)>& legible);

// "640x360", "A4 dọc, 150 DPI" / "A4 portrait, 150 DPI".
std::string size_text(const OutputSize& size, Lang lang);

}  // namespace hgm
