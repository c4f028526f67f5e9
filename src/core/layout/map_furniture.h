#pragma once
// Scale bar, north arrow and the locator inset, each returning the box it occupies so
// labels keep clear of it.
#include "core/layout/layout_metrics.h"
#include "core/layout/scene.h"
#include "core/layout/spotlight.h"

namespace hgm::layout {

// A bar of a round length (1, 2 or 5 × 10ⁿ km) near a fifth of the viewport width,
// in the viewport's bottom-left corner.
Box add_scale_bar(const Scene& scene, Frame& f, const Metrics& k, const TextMeasurer& m);

// An arrow pointing to grid north (within 0,3° of true north over Hà Giang in
// VN-2000 / UTM 48N) in the viewport's top-right corner.
Box add_north_arrow(const Scene& scene, Frame& f, const Metrics& k, const TextMeasurer& m);

// A slide counter ("3 / 12") in the viewport's bottom-right corner, muted: the room
// should see the map, the presenter where they are.
Box add_counter(const std::string& text, Frame& f, const Metrics& k, const TextMeasurer& m);
// The same counter on a frame drawn without one (a chart, side-by-side maps): in the
// frame's bottom-right corner, or its top-right one when a text already stands there.
void add_frame_counter(const std::string& text, Frame& f, const Metrics& k, const TextMeasurer& m);

// The spotlight: the other districts veiled, this one outlined heavy, a callout with its
// name and figure inside the viewport, where it covers the least of the province (beside
// the district, else a corner of the viewport, with a line to it), never the district
// itself nor `keep_out` (scale bar, arrow, counter). Nothing when the scene has no such
// district. Returns the callout's box.
Box add_spotlight(const Scene& scene, const Spotlight& spot, Frame& f, const Metrics& k, const TextMeasurer& m,
                  const std::vector<Box>& keep_out = {});
// The scene's highlighted districts (--highlight, a story slide's spotlight on paper) made to
// stand out as the spotlight does it, without its callout: the others veiled, these
// outlined heavy. Nothing when none is highlighted.
void add_highlights(const Scene& scene, Frame& f, const Metrics& k);

// The country's provinces in `r`, the scene's province highlighted, with a caption and
// the names of the islands (inset_labels.h). `all_named` says whether every name found a
// place in the sea (a name without one is left out).
struct LocatorDrawn {
  Box box;
  bool all_named = true;
};
LocatorDrawn add_locator(const Scene& scene, Frame& f, const PixelRect& r, const Metrics& k, const TextMeasurer& m);

// The round number (1, 2 or 5 × 10ⁿ) nearest `target` (> 0; 1 otherwise): scale bars
// and chart axes step by it.
double nice_number(double target);

// A scale bar's label ("20 km", "0,5 km"); its length is nice_number of about the length wanted.
std::string format_km_label(double km, Lang lang);

}  // namespace hgm::layout
