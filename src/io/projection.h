#pragma once
// Coordinate transformation through PROJ (via OGR), with axis order fixed once:
// every point is (x = longitude/easting, y = latitude/northing), whatever the CRS says.
#include <memory>
#include <string>

#include "core/geometry.h"

namespace hgm::io {

inline constexpr const char* kDefaultMapCrs = "EPSG:3405";  // VN-2000 / UTM zone 48N

class Projection {
 public:
  // `from` and `to` in any form OGR understands ("EPSG:4326", WKT, PROJ strings).
  // Throws hgm::DataError naming the CRS that could not be understood.
  Projection(const std::string& from, const std::string& to);
  ~Projection();
  Projection(Projection&&) noexcept;
  Projection& operator=(Projection&&) noexcept;
  Projection(const Projection&) = delete;
  Projection& operator=(const Projection&) = delete;

  Vec2 forward(Vec2 p) const;  // throws hgm::DataError when PROJ fails
  Vec2 inverse(Vec2 p) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace hgm::io
