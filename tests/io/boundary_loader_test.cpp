#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>

#include "core/errors.h"
#include "io/boundary_loader.h"
#include "io/project_data.h"

namespace hgm::io {
namespace {

namespace fs = std::filesystem;

const std::string kShapefile = std::string(HGM_TEST_PROJECT_GEODATA_DIR) + "/hagiang_districts.shp";

double shape_area(const MultiPolygon& shape) {
  double a = 0;
  for (const Polygon& p : shape) {
    a += std::fabs(signed_area(p.outer));
    for (const Ring& h : p.holes) a -= std::fabs(signed_area(h));
  }
  return a;
}

double mesh_area(const TriangleMesh& m) {
  double a = 0;
  for (std::size_t i = 0; i + 2 < m.indices.size(); i += 3)
    a += std::fabs(signed_area({m.vertices[m.indices[i]], m.vertices[m.indices[i + 1]], m.vertices[m.indices[i + 2]]}));
  return a;
}

class BoundaryLoaderTest : public ::testing::Test {
 protected:
  ProjectData data = load_project_data(HGM_TEST_PROJECT_GEODATA_DIR, Lang::vi);
  fs::path tmp = fs::temp_directory_path() / ("hgm_io_" + std::to_string(::getpid()));
  void SetUp() override { fs::create_directories(tmp); }
  void TearDown() override { fs::remove_all(tmp); }
};

TEST_F(BoundaryLoaderTest, ReadsTheElevenDistrictsInVn2000Utm48) {
  const BoundarySet set = load_boundaries(kShapefile, data.registry);
  EXPECT_EQ(set.districts.size(), 11u);
  EXPECT_TRUE(set.warnings.empty()) << set.warnings.front();
  EXPECT_EQ(set.crs, "EPSG:3405");
  // Areas in EPSG:3405 from geodata SOURCE.md section 4.3 (km²), within 0.05 %.
  const std::map<std::string, double> expected = {
      {"024", 136.09}, {"026", 459.47}, {"027", 574.86}, {"028", 791.36}, {"029", 551.38}, {"030", 1503.32},
      {"031", 844.90}, {"032", 632.63}, {"033", 583.41}, {"034", 1082.44}, {"035", 788.48}};
  for (const DistrictGeometry& g : set.districts) {
    const std::string code = data.registry.at(g.district).code;
    const double km2 = shape_area(g.shape) / 1e6;
    EXPECT_NEAR(km2, expected.at(code), expected.at(code) * 5e-4) << code;
    // The triangulation covers exactly the polygon.
    EXPECT_NEAR(mesh_area(g.mesh.get()) / 1e6, km2, km2 * 1e-9) << code;
    // The label anchor is inside, with a real inscribed circle around it.
    EXPECT_TRUE(point_in_shape(g.label_anchor, g.shape)) << code;
    EXPECT_GT(g.inscribed_radius, 1000) << code;
  }
  // UTM 48N eastings/northings for 104.3–105.6°E, 22.1–23.4°N.
  EXPECT_GT(set.bounds.min_x, 400000);
  EXPECT_LT(set.bounds.max_x, 600000);
  EXPECT_GT(set.bounds.min_y, 2400000);
  EXPECT_LT(set.bounds.max_y, 2600000);
}

TEST_F(BoundaryLoaderTest, ReadsOtherFormatsAndMatchesByAsciiName) {
  // A GeoJSON with one district named as in geoBoundaries (no code, no diacritics) and
  // one feature that is not a Hà Giang district.
  const fs::path file = tmp / "two.geojson";
  std::ofstream(file) << R"({"type":"FeatureCollection","features":[
    {"type":"Feature","properties":{"shapeName":"Xin Man"},"geometry":{"type":"Polygon",
     "coordinates":[[[104.40,22.60],[104.55,22.60],[104.55,22.75],[104.40,22.75],[104.40,22.60]],
                    [[104.45,22.65],[104.50,22.65],[104.50,22.70],[104.45,22.70],[104.45,22.65]]]}},
    {"type":"Feature","properties":{"shapeName":"Ba Dinh"},"geometry":{"type":"Polygon",
     "coordinates":[[[105.8,21.0],[105.9,21.0],[105.9,21.1],[105.8,21.0]]]}}]})";
  const BoundarySet set = load_boundaries(file.string(), data.registry);
  ASSERT_EQ(set.districts.size(), 1u);
  EXPECT_EQ(data.registry.at(set.districts[0].district).code, "033");
  ASSERT_EQ(set.districts[0].shape.front().holes.size(), 1u);
  // The hole is not triangulated: mesh area equals outer minus hole.
  EXPECT_NEAR(mesh_area(set.districts[0].mesh.get()), shape_area(set.districts[0].shape), 1.0);
  bool named_ba_dinh = false;
  for (const std::string& w : set.warnings) named_ba_dinh |= w.find("Ba Dinh") != std::string::npos;
  EXPECT_TRUE(named_ba_dinh);
}

TEST_F(BoundaryLoaderTest, MissingFileSaysWhatToDo) {
  try {
    load_boundaries((tmp / "nothing.shp").string(), data.registry);
    FAIL();
  } catch (const DataError& e) {
    const std::string msg = e.what();
    EXPECT_NE(msg.find("nothing.shp"), std::string::npos);
    EXPECT_NE(msg.find("HAGIANG_GEODATA_DIR"), std::string::npos);
  }
}

TEST_F(BoundaryLoaderTest, MissingFileIsReportedInTheChosenLanguageOnly) {
  for (const Lang lang : {Lang::vi, Lang::en}) {
    try {
      BoundaryOptions options;
      options.lang = lang;
      load_boundaries((tmp / "nothing.shp").string(), data.registry, options);
      FAIL();
    } catch (const DataError& e) {
      const std::string msg = e.what();
      EXPECT_EQ(msg.find("does not exist") != std::string::npos, lang == Lang::en) << msg;
      EXPECT_EQ(msg.find("không có tệp ranh giới") != std::string::npos, lang == Lang::vi) << msg;
    }
  }
}

TEST_F(BoundaryLoaderTest, BrokenShapefileIsAClearError) {
  const fs::path broken = tmp / "broken.shp";
  {
    std::ifstream in(kShapefile, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), {});
    std::ofstream(broken, std::ios::binary) << bytes.substr(0, 50);  // truncated header, no .shx/.dbf
  }
  try {
    load_boundaries(broken.string(), data.registry);
    FAIL();
  } catch (const DataError& e) {
    EXPECT_NE(std::string(e.what()).find("broken.shp"), std::string::npos) << e.what();
  }
}

TEST_F(BoundaryLoaderTest, FileWithNoDistrictIsAnError) {
  const fs::path file = tmp / "elsewhere.geojson";
  std::ofstream(file) << R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"Hoan Kiem"},
    "geometry":{"type":"Polygon","coordinates":[[[105.8,21.0],[105.9,21.0],[105.9,21.1],[105.8,21.0]]]}}]})";
  EXPECT_THROW(load_boundaries(file.string(), data.registry), DataError);
}

}  // namespace
}  // namespace hgm::io
