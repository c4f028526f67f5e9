#include "io/boundary_extent.h"

#include <algorithm>
#include <cmath>

#include "core/errors.h"
#include "core/text/number_format.h"
#include "io/io_text.h"
#include "io/projection.h"

namespace hgm::io {

namespace {

// Hà Giang spans about 104.3–105.6° E and 22.1–23.3° N; half a degree of margin around it,
// and any size from a small district (~0.1°) to a few provinces, is "near".
constexpr double kWest = 104.3, kEast = 105.6, kSouth = 22.1, kNorth = 23.3;
constexpr double kMargin = 0.5;
constexpr double kSmallest = 0.02, kLargest = 5.0;  // degrees across

std::string span(double lo, double hi, Lang lang) {
  return format_number(lo, 4, lang) + "–" + format_number(hi, 4, lang);
}

}  // namespace

std::optional<std::string> extent_far_from_province(const Bounds& bounds, const std::string& map_crs, Lang lang) {
  if (bounds.empty()) return std::nullopt;
  Bounds geo;
  try {
    const Projection to_degrees(map_crs, "EPSG:4326");
    for (const Vec2 corner : {Vec2{bounds.min_x, bounds.min_y}, Vec2{bounds.min_x, bounds.max_y},
                              Vec2{bounds.max_x, bounds.min_y}, Vec2{bounds.max_x, bounds.max_y}})
      geo.extend(to_degrees.forward(corner));
  } catch (const DataError&) {
    geo = Bounds{};
  }
  const bool finite = !geo.empty() && std::isfinite(geo.width()) && std::isfinite(geo.height());
  if (!finite)
    return io_message(lang, IoText::extent_map_units,
                      {{"x", span(bounds.min_x, bounds.max_x, lang)}, {"y", span(bounds.min_y, bounds.max_y, lang)}});
  const bool overlaps = geo.max_x >= kWest - kMargin && geo.min_x <= kEast + kMargin &&
                        geo.max_y >= kSouth - kMargin && geo.min_y <= kNorth + kMargin;
  const double across = std::max(geo.width(), geo.height());
  if (overlaps && across >= kSmallest && across <= kLargest) return std::nullopt;
  return io_message(lang, IoText::extent_degrees,
                    {{"lon", span(geo.min_x, geo.max_x, lang)}, {"lat", span(geo.min_y, geo.max_y, lang)}});
}

}  // namespace hgm::io
