// A boundary file cut off part way (issue 8 item 8): GDAL read the first districts, gave the
// rest null geometries and reported the error to no one; five districts were drawn, exit 0.
#include <gtest/gtest.h>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <filesystem>
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

}  // namespace
}  // namespace hgm::io
