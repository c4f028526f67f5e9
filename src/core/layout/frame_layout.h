#pragma once
// Lays a Scene out at a pixel size: title, legend, labels and credits around the map.
// Sizes scale with the frame (a 3840×2160 export is not tiny text). Landscape frames put
// the legend on the right; portrait frames put it under the map.
#include <string>
#include <vector>

#include "core/layout/frame.h"
#include "core/layout/text_measurer.h"

namespace hgm {

// Each element of the map can be shown or hidden. The boundary attribution is part of
// the credits and is always drawn when the credits are.
struct LayoutOptions {
  bool show_title = true;
  bool show_legend = true;
  bool show_labels = true;
  bool show_credits = true;  // source line and boundary attribution
  bool show_scale_bar = true;
  bool show_north_arrow = true;
  bool show_locator = true;
  bool show_histogram = false;  // the values on a number line under the legend
  friend bool operator==(const LayoutOptions&, const LayoutOptions&) = default;
};

// The viewport the map gets at this size, so a front end can pan/zoom before layout.
PixelRect map_viewport(const Scene& scene, int width, int height, const TextMeasurer& measurer,
                       const LayoutOptions& options = {});

Frame layout_frame(const Scene& scene, int width, int height, const MapView& view,
                   const TextMeasurer& measurer, const LayoutOptions& options = {});

}  // namespace hgm
