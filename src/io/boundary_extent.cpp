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

// Viet Nam with its islands (the national layer spans 102.1–117.9° E, 7.2–23.4° N).
struct Region {
  double west, east, south, north, margin, smallest, largest;
};
constexpr Region kProvince{kWest, kEast, kSouth, kNorth, kMargin, kSmallest, kLargest};
constexpr Region kVietNam{102.1, 117.9, 7.1, 23.4, 1.0, 0.005, 20.0};

std::string span(double lo, double hi, Lang lang) {
  return format_number(lo, 4, lang) + "–" + format_number(hi, 4, lang);
}

std::optional<std::string> extent_far_from(const Region& r, const Bounds& bounds, const std::string& map_crs, Lang lang) {
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
  const bool overlaps = geo.max_x >= r.west - r.margin && geo.min_x <= r.east + r.margin &&
                        geo.max_y >= r.south - r.margin && geo.min_y <= r.north + r.margin;
  const double across = std::max(geo.width(), geo.height());
  if (overlaps && across >= r.smallest && across <= r.largest) return std::nullopt;
  return io_message(lang, IoText::extent_degrees,
                    {{"lon", span(geo.min_x, geo.max_x, lang)}, {"lat", span(geo.min_y, geo.max_y, lang)}});
}

}  // namespace

std::optional<std::string> extent_far_from_province(const Bounds& bounds, const std::string& map_crs, Lang lang) {
  return extent_far_from(kProvince, bounds, map_crs, lang);
}

std::optional<std::string> extent_far_from_viet_nam(const Bounds& bounds, const std::string& map_crs, Lang lang) {
  return extent_far_from(kVietNam, bounds, map_crs, lang);
}

}  // namespace hgm::io
