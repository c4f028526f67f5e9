// A boundary file cut off part way (issue 8 item 8): GDAL read the first districts, gave the
// rest null geometries and reported the error to no one; five districts were drawn, exit 0.
#include <gtest/gtest.h>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/errors.h"
#include "io/boundary_loader.h"
#include "io/project_data.h"

namespace hgm::io {
namespace {

namespace fs = std::filesystem;

class HostileBoundary : public ::testing::Test {
 protected:
  ProjectData data = load_project_data(HGM_TEST_PROJECT_GEODATA_DIR, Lang::vi);
  fs::path tmp = fs::temp_directory_path() / ("hgm_hostile_shp_" + std::to_string(::getpid()));
  fs::path shp = tmp / "hagiang_districts.shp";
  void SetUp() override {
    fs::create_directories(tmp);
    for (const char* ext : {".shp", ".shx", ".dbf", ".prj", ".cpg"})
      fs::copy_file(std::string(HGM_TEST_PROJECT_GEODATA_DIR) + "/hagiang_districts" + ext,
                    tmp / (std::string("hagiang_districts") + ext));
  }
  void TearDown() override { fs::remove_all(tmp); }

  // A GeoJSON file of the 11 districts (their codes) whose geometry is `change`d from the
  // real outline; `change` may return nullptr for a feature without geometry.
  fs::path rewritten(const std::string& name, const std::function<OGRGeometry*(const OGRGeometry&)>& change) const {
    GDALAllRegister();
    GDALDatasetUniquePtr in(GDALDataset::Open(shp.c_str(), GDAL_OF_VECTOR));
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GeoJSON");
    const fs::path out = tmp / name;
    GDALDatasetUniquePtr ds(driver->Create(out.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    OGRLayer* layer = ds->CreateLayer("districts", in->GetLayer(0)->GetSpatialRef(), wkbUnknown, nullptr);
    OGRFieldDefn code("code", OFTString);
    layer->CreateField(&code);
    for (const auto& f : *in->GetLayer(0)) {
      OGRFeatureUniquePtr g(OGRFeature::CreateFeature(layer->GetLayerDefn()));
      g->SetField("code", f->GetFieldAsString("code"));
      if (OGRGeometry* geometry = change(*f->GetGeometryRef())) g->SetGeometryDirectly(geometry);
      EXPECT_EQ(layer->CreateFeature(g.get()), OGRERR_NONE);
    }
    return out;
  }

  static std::string load_error(const fs::path& path, const DistrictRegistry& registry, Lang lang) {
    BoundaryOptions options;
    options.lang = lang;
    try {
      return "loaded " + std::to_string(load_boundaries(path.string(), registry, options).districts.size());
    } catch (const DataError& e) {
      return e.what();
    }
  }

  // The districts' GSO codes in the file's feature order, read by GDAL from the intact copy.
  std::vector<std::string> codes_in_order() const {
    GDALAllRegister();
    GDALDatasetUniquePtr ds(GDALDataset::Open(shp.c_str(), GDAL_OF_VECTOR));
    std::vector<std::string> codes;
    for (const auto& f : *ds->GetLayer(0)) codes.push_back(f->GetFieldAsString("code"));
    return codes;
  }
};

TEST_F(HostileBoundary, TruncatedShpFailsAndNamesTheMissingDistricts) {
  const std::vector<std::string> codes = codes_in_order();
  ASSERT_EQ(codes.size(), 11u);
  ASSERT_EQ(load_boundaries(shp.string(), data.registry).districts.size(), 11u);  // intact: all of them
  fs::resize_file(shp, fs::file_size(shp) / 2);
  for (Lang lang : {Lang::vi, Lang::en}) {
    BoundaryOptions options;
    options.lang = lang;
    try {
      const BoundarySet set = load_boundaries(shp.string(), data.registry, options);
      FAIL() << "loaded " << set.districts.size() << " districts from a truncated file";
    } catch (const DataError& e) {
      const std::string msg = e.what();
      EXPECT_EQ(msg.rfind(shp.string() + (lang == Lang::vi ? ": tệp ranh giới không đọc trọn được ("
                                                            : ": the boundary file cannot be read in full ("),
                          0),
                0u)
          << msg;
      // Every district after the cut is named with its code; the ones read are not.
      int named = 0;
      for (const std::string& code : codes) named += msg.find("(" + code + ")") != std::string::npos;
      EXPECT_GE(named, 1) << msg;
      EXPECT_LT(named, 11) << msg;
      EXPECT_NE(msg.find("(" + codes.back() + ")"), std::string::npos) << msg;
      EXPECT_EQ(msg.find("(" + codes.front() + ")"), std::string::npos) << msg;
    }
  }
}

// A .prj naming the wrong coordinate system drew a normal-looking map with a "0 km" scale bar.
TEST_F(HostileBoundary, APrjInTheWrongCrsFailsNamingTheFileAndWhereTheDistrictsLie) {
  OGRSpatialReference mercator;
  ASSERT_EQ(mercator.importFromEPSG(3857), OGRERR_NONE);
  mercator.morphToESRI();
  char* wkt = nullptr;
  mercator.exportToWkt(&wkt);
  std::ofstream(tmp / "hagiang_districts.prj", std::ios::trunc) << wkt;
  CPLFree(wkt);
  const std::string en = load_error(shp, data.registry, Lang::en);
  EXPECT_EQ(en.rfind(shp.string() + ": in the coordinate system the file names (", 0), 0u) << en;
  EXPECT_NE(en.find(", hagiang_districts.prj), the districts lie at longitude 0.00"), std::string::npos) << en;
  EXPECT_NE(en.find("nowhere near Hà Giang (longitude 104.3–105.6°, latitude 22.1–23.3°)"), std::string::npos) << en;
  EXPECT_NE(en.find("its .prj file) is probably wrong"), std::string::npos) << en;
  const std::string vi = load_error(shp, data.registry, Lang::vi);
  EXPECT_NE(vi.find("các huyện nằm ở kinh độ 0,00"), std::string::npos) << vi;
  EXPECT_NE(vi.find("cách xa tỉnh Hà Giang"), std::string::npos) << vi;
}

// Points, lines, features without geometry and polygons without area used to end in "no
// feature matched"; each now says which feature and why.
TEST_F(HostileBoundary, FeaturesThatCannotBeDrawnSayWhy) {
  const auto points = rewritten("points.geojson", [](const OGRGeometry& g) {
    auto* p = new OGRPoint();
    g.Centroid(p);
    return p;
  });
  const std::string en = load_error(points, data.registry, Lang::en);
  EXPECT_EQ(en.rfind(points.string() + ": 11 feature(s) match a district but cannot be drawn, e.g. feature 0 is not "
                                       "a polygon (Point). The map would lack: ",
                     0),
            0u)
      << en;
  EXPECT_NE(en.find("A boundary file needs one polygon (Polygon or MultiPolygon) with an area for each district"),
            std::string::npos);
  EXPECT_NE(load_error(points, data.registry, Lang::vi).find("11 đối tượng khớp với huyện nhưng không vẽ được"),
            std::string::npos);

  const auto lines = rewritten("lines.geojson", [](const OGRGeometry& g) { return g.Boundary(); });
  EXPECT_NE(load_error(lines, data.registry, Lang::en).find("Line String)"), std::string::npos)
      << load_error(lines, data.registry, Lang::en);

  const auto nothing = rewritten("null.geojson", [](const OGRGeometry&) { return nullptr; });
  EXPECT_NE(load_error(nothing, data.registry, Lang::en).find("feature 0 ("), std::string::npos);
  EXPECT_NE(load_error(nothing, data.registry, Lang::en).find(") has no geometry."), std::string::npos)
      << load_error(nothing, data.registry, Lang::en);

  // Three points on a line: a polygon with no area.
  const auto flat = rewritten("flat.geojson", [](const OGRGeometry& g) {
    OGREnvelope e;
    g.getEnvelope(&e);
    auto* ring = new OGRLinearRing();
    ring->addPoint(e.MinX, e.MinY);
    ring->addPoint((e.MinX + e.MaxX) / 2, (e.MinY + e.MaxY) / 2);
    ring->addPoint(e.MaxX, e.MaxY);
    ring->closeRings();
    auto* polygon = new OGRPolygon();
    polygon->addRingDirectly(ring);
    return polygon;
  });
  const std::string zero = load_error(flat, data.registry, Lang::en);
  EXPECT_NE(zero.find("11 feature(s) match a district but cannot be drawn"), std::string::npos) << zero;
  EXPECT_NE(zero.find("is a polygon with no area (its points lie on a line)"), std::string::npos) << zero;
}

}  // namespace
}  // namespace hgm::io
