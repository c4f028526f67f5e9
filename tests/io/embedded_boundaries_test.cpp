// The default map's boundaries are committed in geodata/: their SHA-256 sums must be the
// ones written in geodata/BOUNDARIES.md, the districts and the locator provinces must load
// from there, and the inset layer must keep the Hoàng Sa and Trường Sa islands.
#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "core/errors.h"
#include "io/boundary_loader.h"
#include "io/locator_loader.h"
#include "io/map_inputs.h"
#include "io/national_layer.h"
#include "io/project_data.h"
#include "io/projection.h"
#include "sha256.h"

namespace hgm::io {
namespace {

namespace fs = std::filesystem;

const fs::path kGeodata = HGM_TEST_PROJECT_GEODATA_DIR;
const std::set<std::string> kBoundaryExtensions = {".shp", ".shx", ".dbf", ".prj", ".cpg"};

// "<64 hex>  <file name>" lines of BOUNDARIES.md.
std::map<std::string, std::string> sums_in_boundaries_md() {
  std::ifstream in(kGeodata / "BOUNDARIES.md");
  std::map<std::string, std::string> sums;
  const std::regex line(R"(^([0-9a-f]{64})  ([A-Za-z0-9_.-]+)\s*$)");
  std::smatch m;
  for (std::string text; std::getline(in, text);)
    if (std::regex_match(text, m, line)) sums[m[2]] = m[1];
  return sums;
}

TEST(EmbeddedBoundaries, Sha256OfEveryCommittedFileMatchesBoundariesMd) {
  const auto listed = sums_in_boundaries_md();
  ASSERT_FALSE(listed.empty()) << "no checksum lines found in " << (kGeodata / "BOUNDARIES.md");
  int checked = 0;
  for (const auto& entry : fs::directory_iterator(kGeodata)) {
    if (!kBoundaryExtensions.count(entry.path().extension().string())) continue;
    const std::string name = entry.path().filename().string();
    SCOPED_TRACE(name);
    const auto it = listed.find(name);
    ASSERT_NE(it, listed.end()) << name << " is in geodata/ but has no SHA-256 line in BOUNDARIES.md";
    EXPECT_EQ(test::sha256_of_file(entry.path().string()), it->second)
        << name << " differs from the SHA-256 in BOUNDARIES.md";
    EXPECT_LT(fs::file_size(entry.path()), 400u * 1024) << name << " is too large to commit";
    ++checked;
  }
  for (const auto& [name, sum] : listed) EXPECT_TRUE(fs::exists(kGeodata / name)) << name << " is listed but missing";
  EXPECT_EQ(checked, static_cast<int>(listed.size()));
}

TEST(EmbeddedBoundaries, Sha256MatchesKnownVectors) {
  auto of = [](const std::string& s) { return test::sha256_hex(std::vector<unsigned char>(s.begin(), s.end())); };
  EXPECT_EQ(of(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(of("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  // Two blocks of padding.
  EXPECT_EQ(of("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST(EmbeddedBoundaries, InsetLayerIsSmall) {
  std::uintmax_t total = 0;
  for (const char* ext : {".shp", ".shx", ".dbf", ".prj", ".cpg"})
    total += fs::file_size(kGeodata / (std::string("vietnam_adm1_inset") + ext));
  EXPECT_LT(total, 200u * 1024);
}

TEST(EmbeddedBoundaries, DefaultMapComesFromGeodataWithItsLocator) {
  if (std::getenv("HAGIANG_GEODATA_DIR")) GTEST_SKIP() << "$HAGIANG_GEODATA_DIR is set: the default is that folder";
  EXPECT_EQ(fs::path(default_boundary_file()), kGeodata / "hagiang_districts.shp");
  const MapInputs in = load_map_inputs();
  EXPECT_EQ(in.boundaries.districts.size(), 11u);
  EXPECT_TRUE(in.boundaries.warnings.empty()) << in.boundaries.warnings.front();
  EXPECT_EQ(locator_file_beside(default_boundary_file()), (kGeodata / "vietnam_adm1_inset.shp").string());
  EXPECT_EQ(in.locator.shapes.size(), 63u);
  EXPECT_EQ(in.locator.highlight_code, "02");
  EXPECT_EQ(in.locator.labels.size(), 2u);
}

TEST(EmbeddedBoundaries, EnvironmentOverridesTheEmbeddedCopy) {
  const char* old = std::getenv("HAGIANG_GEODATA_DIR");
  const std::string saved = old ? old : "";
  ::setenv("HAGIANG_GEODATA_DIR", "/somewhere/else", 1);
  EXPECT_EQ(default_boundary_file(), "/somewhere/else/hagiang_districts.shp");
  if (old) ::setenv("HAGIANG_GEODATA_DIR", saved.c_str(), 1);
  else ::unsetenv("HAGIANG_GEODATA_DIR");
}

struct LonLatBox {
  double min_lon, min_lat, max_lon, max_lat;
  bool contains(double lon, double lat) const {
    return lon >= min_lon && lon <= max_lon && lat >= min_lat && lat <= max_lat;
  }
};
constexpr LonLatBox kHoangSa{111.0, 15.5, 113.0, 17.5};
constexpr LonLatBox kTruongSa{111.0, 6.5, 118.0, 12.0};

// Polygon parts of a province layer lying in `box` (by their first vertex), read with OGR.
int parts_in_file(const fs::path& file, const LonLatBox& box) {
  GDALAllRegister();
  GDALDatasetUniquePtr ds(GDALDataset::Open(file.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
  if (!ds) return -1;
  int n = 0;
  for (const auto& feature : *ds->GetLayer(0)) {
    const OGRGeometry* g = feature->GetGeometryRef();
    if (!g) continue;
    auto count = [&](const OGRPolygon& p) {
      OGRPoint first;
      p.getExteriorRing()->getPoint(0, &first);
      n += box.contains(first.getX(), first.getY());
    };
    if (wkbFlatten(g->getGeometryType()) == wkbPolygon) count(*g->toPolygon());
    else if (wkbFlatten(g->getGeometryType()) == wkbMultiPolygon)
      for (const OGRPolygon* p : *g->toMultiPolygon()) count(*p);
  }
  return n;
}

// Parts of the loaded locator map lying in `box` (by their first vertex).
int parts_in_locator(const LocatorMap& map, const LonLatBox& box) {
  const Projection back("EPSG:4326", kDefaultMapCrs);
  int n = 0;
  for (const LocatorShape& s : map.shapes)
    for (const Polygon& p : s.shape) {
      const Vec2 ll = back.inverse(p.outer.front());
      n += box.contains(ll.x, ll.y);
    }
  return n;
}

TEST(EmbeddedBoundaries, InsetKeepsEveryIslandOfHoangSaAndTruongSa) {
  const fs::path inset = kGeodata / "vietnam_adm1_inset.shp";
  const LocatorMap map = load_locator(inset.string());
  for (const auto& [name, box] : {std::pair{"Hoàng Sa", kHoangSa}, std::pair{"Trường Sa", kTruongSa}}) {
    SCOPED_TRACE(name);
    const int in_file = parts_in_file(inset, box);
    EXPECT_GT(in_file, 10) << "the inset layer should hold the archipelago's islands";
    EXPECT_EQ(parts_in_locator(map, box), in_file) << "the locator drops islands of the file";
    // With the national layers obtained, the inset must hold every island of the full layer.
    const fs::path full = fs::path(HGM_TEST_NATIONAL_DIR) / "vietnam_adm1.shp";
    if (fs::exists(full)) {
      EXPECT_EQ(in_file, parts_in_file(full, box));
    }
  }
}

TEST(NationalLayer, MissingLayerSaysHowToObtainIt) {
  const std::string missing = "/nonexistent/vietnam_adm2.shp";
  ASSERT_TRUE(is_national_layer(missing));
  EXPECT_FALSE(is_national_layer((kGeodata / "hagiang_districts.shp").string()));
  for (const Lang lang : {Lang::vi, Lang::en}) {
    try {
      load_map_inputs(missing, HGM_TEST_PROJECT_GEODATA_DIR, lang);
      FAIL() << "a missing national layer must be a DataError";
    } catch (const DataError& e) {
      const std::string msg = e.what();
      EXPECT_NE(msg.find(missing), std::string::npos) << msg;
      EXPECT_NE(msg.find("scripts/obtain-boundaries.sh"), std::string::npos) << msg;
      EXPECT_NE(msg.find(national_layer_dir()), std::string::npos) << msg;
      EXPECT_NE(msg.find(lang == Lang::vi ? "không có lớp 708 huyện toàn quốc" : "the 708-district national layer (vietnam_adm2) is not there"),
                std::string::npos)
          << msg;
    }
  }
}

TEST(NationalLayer, ElevenDistrictsAreFoundInTheNationalLayerWhenObtained) {
  const fs::path adm2 = fs::path(HGM_TEST_NATIONAL_DIR) / "vietnam_adm2.shp";
  if (!fs::exists(adm2))
    GTEST_SKIP() << adm2 << " not obtained (national layer only; run scripts/obtain-boundaries.sh to test it)";
  const ProjectData data = load_project_data(HGM_TEST_PROJECT_GEODATA_DIR, Lang::vi);
  const BoundarySet set = load_boundaries(adm2.string(), data.registry);
  EXPECT_EQ(set.districts.size(), 11u);
  // The other 697 districts of Viet Nam are reported as skipped, in one line naming a few.
  ASSERT_EQ(set.warnings.size(), 1u);
  EXPECT_NE(set.warnings[0].find("bỏ qua 697 đối tượng"), std::string::npos) << set.warnings[0];
  EXPECT_NE(set.warnings[0].find("và 692 đối tượng khác"), std::string::npos) << set.warnings[0];
  BoundaryOptions english;
  english.lang = Lang::en;
  const BoundarySet en = load_boundaries(adm2.string(), data.registry, english);
  ASSERT_EQ(en.warnings.size(), 1u);
  EXPECT_NE(en.warnings[0].find("skipped 697 features that match no district of Hà Giang"), std::string::npos) << en.warnings[0];
}

}  // namespace
}  // namespace hgm::io
