#pragma once
// The locator inset's names of islands (Viet Nam's two archipelagos): in the sea beside
// their islands, inside the inset, never on land, whatever the inset's size and aspect.
#include <optional>
#include <vector>

#include "core/layout/layout_metrics.h"
#include "core/layout/scene.h"

namespace hgm::layout {

// The inset's map units to pixels: the locator's bounds fitted and centred in `area`.
struct InsetTransform {
  double scale = 1, ox = 0, oy = 0;
  Bounds bounds;
  Vec2 to_px(Vec2 p) const { return {ox + (p.x - bounds.min_x) * scale, oy + (bounds.max_y - p.y) * scale}; }
};
InsetTransform inset_transform(const LocatorMap& loc, const PixelRect& area);

struct InsetLabel {
  std::vector<std::string> lines;  // one, or two where one line finds no place
  double x = 0, baseline = 0;      // the first line's origin; the next is a line height below
  double line_h = 0;
  Box box;                         // the text's box
};

// One entry per label of `loc`, in order: where it goes (on one line, else wrapped on two
// lines), or nothing when no place beside
// its islands is clear of land and of the other labels at `size` (the inset then gives
// way at small sizes).
std::vector<std::optional<InsetLabel>> place_inset_labels(const LocatorMap& loc, Lang lang, const InsetTransform& t,
                                                          const PixelRect& area, double size, const Metrics& k,
                                                          const TextMeasurer& m);

}  // namespace hgm::layout
