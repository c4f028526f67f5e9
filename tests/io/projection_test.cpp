#include <gtest/gtest.h>
#include <ogr_spatialref.h>

#include <cmath>
#include <memory>

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

// PROJ's full search (GDAL's own transformation, which may pick per point among the
// operations it finds) from `from` to the map's system.
class FullSearch {
 public:
  explicit FullSearch(const char* from) {
    OGRSpatialReference source, target;
    source.SetFromUserInput(from);
    target.SetFromUserInput(kDefaultMapCrs);
    source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    target.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    t_.reset(OGRCreateCoordinateTransformation(&source, &target));
  }
  Vec2 operator()(Vec2 p) const {
    EXPECT_TRUE(t_ && t_->Transform(1, &p.x, &p.y));
    return p;
  }

 private:
  std::unique_ptr<OGRCoordinateTransformation> t_;
};

// The projection takes PROJ's best direct operation (found in a tenth of the time) instead
// of the full search: in Hà Giang the same numbers; anywhere in Viet Nam within a metre
// (the full search may switch to an older VN-2000 shift in the south).
TEST(Projection, TheDirectOperationIsWhatTheFullSearchGives) {
  const Projection p("EPSG:4326", kDefaultMapCrs);
  const FullSearch full_search("EPSG:4326");
  for (const Vec2 lonlat : {Vec2{104.48, 22.63}, Vec2{105.33, 23.36}, Vec2{104.98, 22.82}, Vec2{105.5, 22.2}}) {
    const Vec2 mine = p.forward(lonlat), full = full_search(lonlat);
    EXPECT_NEAR(mine.x, full.x, 1e-3) << lonlat.x << " " << lonlat.y;
    EXPECT_NEAR(mine.y, full.y, 1e-3) << lonlat.x << " " << lonlat.y;
  }
  for (double lon = 102.5; lon <= 109.5; lon += 0.5)
    for (double lat = 8.5; lat <= 23.5; lat += 0.5) {
      const Vec2 mine = p.forward({lon, lat}), full = full_search({lon, lat});
      EXPECT_LT(std::hypot(mine.x - full.x, mine.y - full.y), 1.0) << lon << " " << lat;
    }
  // A boundary file in web Mercator (a .prj many tools write) goes the same way.
  const Projection mercator("EPSG:3857", kDefaultMapCrs);
  const Vec2 xin_man{11630800, 2587500};
  const Vec2 mine = mercator.forward(xin_man), full = FullSearch("EPSG:3857")(xin_man);
  EXPECT_NEAR(mine.x, full.x, 1e-3);
  EXPECT_NEAR(mine.y, full.y, 1e-3);
}

// With no direct operation (Indian 1960, an older datum of Viet Nam, has none to VN-2000: only a
// ballpark offset, hundreds of metres off), the full search goes through WGS 84 and decides.
TEST(Projection, WithoutADirectOperationTheFullSearchDecides) {
  const Projection p("EPSG:4131", kDefaultMapCrs);
  const Vec2 lonlat{106.7, 10.8};  // Hồ Chí Minh City, where Indian 1960's shifts to WGS 84 apply
  const Vec2 mine = p.forward(lonlat), full = FullSearch("EPSG:4131")(lonlat);
  EXPECT_EQ(mine.x, full.x);
  EXPECT_EQ(mine.y, full.y);
}

TEST(Projection, UnknownCrsIsADataError) {
  EXPECT_THROW(Projection("EPSG:4326", "EPSG:999999"), DataError);
  EXPECT_THROW(Projection("not a crs", kDefaultMapCrs), DataError);
}

}  // namespace
}  // namespace hgm::io
