#include <gtest/gtest.h>

#include "core/errors.h"
#include "io/projection.h"

namespace hgm::io {
namespace {

TEST(Projection, LonLatOrderAndRoundTrip) {
  const Projection p("EPSG:4326", kDefaultMapCrs);
  // Xín Mần area, given as (longitude, latitude) whatever EPSG:4326's official axis order.
  const Vec2 lonlat{104.48, 22.63};
  const Vec2 utm = p.forward(lonlat);
  EXPECT_NEAR(utm.x, 446000, 3000);   // easting west of the 105°E central meridian
  EXPECT_NEAR(utm.y, 2503000, 3000);  // northing
  const Vec2 back = p.inverse(utm);
  EXPECT_NEAR(back.x, lonlat.x, 1e-7);  // ~1 cm
  EXPECT_NEAR(back.y, lonlat.y, 1e-7);
}

TEST(Projection, CentralMeridianMapsToFalseEasting) {
  const Projection p("EPSG:4326", kDefaultMapCrs);
  EXPECT_NEAR(p.forward({105.0, 23.0}).x, 500000, 200);  // VN-2000 datum shift only
}

TEST(Projection, UnknownCrsIsADataError) {
  EXPECT_THROW(Projection("EPSG:4326", "EPSG:999999"), DataError);
  EXPECT_THROW(Projection("not a crs", kDefaultMapCrs), DataError);
}

}  // namespace
}  // namespace hgm::io
