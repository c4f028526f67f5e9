// The programs draw the default map from what the build baked from geodata/ (through GDAL,
// PROJ and GEOS) instead of loading GDAL: it must be the map GDAL reads, in both languages,
// and anything else — another folder, an edited file, a file more or less — must be left to
// GDAL.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "io/baked_default.h"
#include "io/map_inputs.h"

namespace hgm::io::baked_test {
namespace {

namespace fs = std::filesystem;

const fs::path kGeodata = HGM_TEST_PROJECT_GEODATA_DIR;

void expect_same_shape(const MultiPolygon& a, const MultiPolygon& b) {
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].outer, b[i].outer);
    EXPECT_EQ(a[i].holes, b[i].holes);
  }
}

void expect_same_mesh(const TriangleMesh& a, const TriangleMesh& b) {
  EXPECT_EQ(a.vertices, b.vertices);
  EXPECT_EQ(a.indices, b.indices);
}

void expect_same_box(const Bounds& a, const Bounds& b) {
  EXPECT_EQ(a.min_x, b.min_x);
  EXPECT_EQ(a.min_y, b.min_y);
  EXPECT_EQ(a.max_x, b.max_x);
  EXPECT_EQ(a.max_y, b.max_y);
}

// Every field the loaders fill, compared exactly: the baked map is not "close to" the read one.
void expect_same_inputs(const MapInputs& read, const MapInputs& baked) {
  const BoundarySet& r = read.boundaries;
  const BoundarySet& b = baked.boundaries;
  ASSERT_EQ(r.districts.size(), b.districts.size());
  for (std::size_t i = 0; i < r.districts.size(); ++i) {
    SCOPED_TRACE("district " + std::to_string(i));
    const DistrictGeometry& x = r.districts[i];
    const DistrictGeometry& y = b.districts[i];
    EXPECT_EQ(x.district, y.district);
    expect_same_shape(x.shape, y.shape);
    expect_same_shape(x.exact, y.exact);
    expect_same_box(x.extent, y.extent);
    expect_same_mesh(x.mesh.get(), y.mesh.get());
    EXPECT_EQ(x.label_anchor, y.label_anchor);
    EXPECT_EQ(x.inscribed_radius, y.inscribed_radius);
  }
  EXPECT_EQ(r.source, b.source);
  EXPECT_EQ(r.crs, b.crs);
  expect_same_box(r.bounds, b.bounds);
  EXPECT_EQ(r.warnings, b.warnings);

  const LocatorMap& lr = read.locator;
  const LocatorMap& lb = baked.locator;
  ASSERT_EQ(lr.shapes.size(), lb.shapes.size());
  for (std::size_t i = 0; i < lr.shapes.size(); ++i) {
    EXPECT_EQ(lr.shapes[i].code, lb.shapes[i].code);
    expect_same_shape(lr.shapes[i].shape, lb.shapes[i].shape);
    expect_same_mesh(lr.shapes[i].mesh, lb.shapes[i].mesh);
  }
  ASSERT_EQ(lr.labels.size(), lb.labels.size());
  for (std::size_t i = 0; i < lr.labels.size(); ++i) {
    EXPECT_EQ(lr.labels[i].position, lb.labels[i].position);
    EXPECT_EQ(lr.labels[i].vi, lb.labels[i].vi);
    EXPECT_EQ(lr.labels[i].en, lb.labels[i].en);
    EXPECT_EQ(lr.labels[i].text_left_of_position, lb.labels[i].text_left_of_position);
    expect_same_box(lr.labels[i].islands, lb.labels[i].islands);
  }
  expect_same_box(lr.bounds, lb.bounds);
  EXPECT_EQ(lr.highlight_code, lb.highlight_code);
  EXPECT_EQ(lr.caption, lb.caption);

  EXPECT_EQ(read.data.registry.size(), baked.data.registry.size());
  EXPECT_EQ(read.data.table.indicators().size(), baked.data.table.indicators().size());
}

TEST(BakedDefault, TheEmbeddedMapIsTheOneGdalReadsInBothLanguages) {
  for (const Lang lang : {Lang::vi, Lang::en}) {
    SCOPED_TRACE(lang == Lang::vi ? "vi" : "en");
    const std::optional<MapInputs> baked = load_baked_default({}, {}, lang);
    ASSERT_TRUE(baked) << "the embedded bytes were not taken for the default map";
    const MapInputs read = load_map_inputs({}, {}, lang, {}, Triangles::now);
    ASSERT_EQ(read.boundaries.districts.size(), 11u);
    ASSERT_FALSE(read.locator.empty());
    expect_same_inputs(read, *baked);
  }
}

class BakedCopy : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("hgm_baked_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
                                        "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    for (const auto& entry : fs::directory_iterator(kGeodata)) fs::copy_file(entry.path(), dir_ / entry.path().filename());
    boundaries_ = (dir_ / "hagiang_districts.shp").string();
    bytes_ = baked_default_bytes(load_map_inputs(boundaries_, dir_.string(), Lang::vi),
                                 load_map_inputs(boundaries_, dir_.string(), Lang::en), boundaries_, dir_.string());
  }
  void TearDown() override { fs::remove_all(dir_); }

  bool taken() const { return load_baked(bytes_, boundaries_, dir_.string(), Lang::vi).has_value(); }
  void append_to(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name, std::ios::app | std::ios::binary) << text;
  }

  fs::path dir_;
  std::string boundaries_;
  std::string bytes_;
};

TEST_F(BakedCopy, BakedBytesAreTakenOnlyForTheFolderTheyWereBakedFrom) {
  EXPECT_TRUE(taken());
  const std::optional<MapInputs> baked = load_baked(bytes_, boundaries_, dir_.string(), Lang::en);
  ASSERT_TRUE(baked);
  expect_same_inputs(load_map_inputs(boundaries_, dir_.string(), Lang::en), *baked);
  // The program's own bytes are of geodata/, not of this copy.
  EXPECT_FALSE(load_baked_default(boundaries_, dir_.string(), Lang::vi));
  EXPECT_FALSE(load_baked(bytes_, {}, {}, Lang::vi));
}

TEST_F(BakedCopy, AnEditedBoundaryFileIsReadAgain) {
  append_to("hagiang_districts.dbf", " ");
  EXPECT_FALSE(taken());
}

TEST_F(BakedCopy, AnEditedProvincesLayerIsReadAgain) {
  append_to("vietnam_adm1_inset.prj", "\n");
  EXPECT_FALSE(taken());
}

TEST_F(BakedCopy, AnEditedDistrictListIsReadAgain) {
  append_to("districts.csv", "\n");
  EXPECT_FALSE(taken());
}

TEST_F(BakedCopy, AFileAddedBesideTheBoundariesIsReadAgain) {
  // GDAL would read a spatial index or a code page beside the shapefile.
  append_to("hagiang_districts.qix", "index");
  EXPECT_FALSE(taken());
}

TEST_F(BakedCopy, AFullProvincesLayerPutBesideIsReadAgain) {
  // vietnam_adm1.shp beside the districts replaces the inset layer for the locator.
  fs::copy_file(dir_ / "vietnam_adm1_inset.shp", dir_ / "vietnam_adm1.shp");
  EXPECT_FALSE(taken());
}

TEST_F(BakedCopy, TheProjectsTablesAreReadAtEveryLoadAndMayChange) {
  // Xín Mần's budget figure edited from 47.4 to 51.2: the boundaries stay baked, the table is read anew.
  const fs::path values = dir_ / "values-2021-Q1.csv";
  std::ifstream in(values, std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), {});
  in.close();
  const std::string row = "budget_revenue_attainment,2021-Q1,033,Xín Mần,exact,47.4,";
  const std::size_t at = text.find(row);
  ASSERT_NE(at, std::string::npos);
  text.replace(at + row.size() - 5, 4, "51.2");
  std::ofstream(values, std::ios::binary | std::ios::trunc) << text;
  const std::optional<MapInputs> baked = load_baked(bytes_, boundaries_, dir_.string(), Lang::vi);
  ASSERT_TRUE(baked);
  const StatedValue* v = baked->data.table.find("budget_revenue_attainment", "2021-Q1", "033");
  ASSERT_NE(v, nullptr);
  EXPECT_EQ(v->value, 51.2);
}

TEST_F(BakedCopy, BytesCutShortOrRunningOnAreNotTaken) {
  // The bytes are the program's own (no checksum of their own): this is about their reader
  // never reading past them or taking a layout it did not finish.
  ASSERT_TRUE(taken());
  for (const std::size_t keep : {std::size_t{0}, std::size_t{10}, bytes_.size() / 2, bytes_.size() - 1})
    for (const Lang lang : {Lang::vi, Lang::en})
      EXPECT_FALSE(load_baked(std::string_view(bytes_).substr(0, keep), boundaries_, dir_.string(), lang)) << keep;
  EXPECT_FALSE(load_baked(bytes_ + "more", boundaries_, dir_.string(), Lang::vi)) << "bytes past the end";
}

}  // namespace
}  // namespace hgm::io::baked_test
