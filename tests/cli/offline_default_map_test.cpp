// The default map needs nothing but the repository: run from an empty folder with no
// $HAGIANG_GEODATA_DIR (so no ../shared, no .cache/ can be found from there), the CLI
// draws it from the committed geodata/, locator inset included.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

#include "core/thematic/color.h"
#include "label_boxes.h"
#include "render/png/png_io.h"
#include "run_process.h"

namespace hgm {
namespace {

namespace fs = std::filesystem;
using test::run_process;
using test::shell_quote;

// A fresh empty folder to run in, and the shell prefix that runs there without the variable.
struct EmptyFolder {
  fs::path dir = fs::temp_directory_path() / ("hgm_offline_" + std::to_string(::getpid()));
  EmptyFolder() {
    fs::remove_all(dir);
    fs::create_directories(dir);
  }
  ~EmptyFolder() { fs::remove_all(dir); }
  std::string prefix() const { return "cd " + shell_quote(dir.string()) + " && env -u HAGIANG_GEODATA_DIR "; }
};

TEST(OfflineDefaultMap, ExportFromAnEmptyFolderUsesTheCommittedBoundaries) {
  const EmptyFolder folder;
  const auto in = run_process(HGM_CLI_BINARY, {"inspect", "--json", "--size", "1920x1080"}, folder.prefix());
  ASSERT_EQ(in.exit_code, 0) << in.err;
  EXPECT_EQ(in.err.find("warning"), std::string::npos) << in.err;
  const auto j = nlohmann::json::parse(in.out);
  EXPECT_EQ(fs::path(j["boundary_file"].get<std::string>()),
            fs::path(HGM_TEST_PROJECT_GEODATA_DIR) / "hagiang_districts.shp");
  EXPECT_EQ(j["locator_provinces"], 63) << "the locator inset's provinces come from geodata/ too";

  const auto ex = run_process(HGM_CLI_BINARY, {"export", "--size", "1920x1080", "--out", "map.png"}, folder.prefix());
  ASSERT_EQ(ex.exit_code, 0) << ex.err;
  const render::Image img = render::read_png((folder.dir / "map.png").string());
  ASSERT_EQ(img.width, 1920);
  ASSERT_EQ(img.height, 1080);
  ASSERT_EQ(j["districts"].size(), 11u);
  const test::LabelBoxes labels(j["label_boxes_px"], 1);
  int solid = 0;
  for (const auto& d : j["districts"]) {
    if (d["pattern"] != "solid") continue;
    ++solid;
    // Half the inscribed radius around the interior point, leaving out the label boxes.
    const auto& p = d["interior_point"];
    const double cx = p["pixel_x"], cy = p["pixel_y"], r = 0.5 * p["radius_px"].get<double>();
    int total = 0, fill = 0;
    for (int y = static_cast<int>(cy - r); y <= static_cast<int>(cy + r); ++y)
      for (int x = static_cast<int>(cx - r); x <= static_cast<int>(cx + r); ++x) {
        if ((x - cx) * (x - cx) + (y - cy) * (y - cy) > r * r) continue;
        if (labels.cover(x, y)) continue;
        ++total;
        fill += to_hex(img.pixel(x, y)) == d["fill"].get<std::string>();
      }
    ASSERT_GT(total, 30) << d["code"];
    EXPECT_GT(fill, total * 9 / 10) << d["code"] << " should be filled with " << d["fill"];
  }
  EXPECT_GE(solid, 3);
}

// The default map comes baked into the program (src/io/baked_default.h): drawing it loads
// no GDAL (the dynamic loader's own list, LD_DEBUG), and it is the picture GDAL gives from
// the same files read from another folder, which does load GDAL (so the check can fail).
TEST(OfflineDefaultMap, TheDefaultMapIsDrawnWithoutLoadingGdalAndAsGdalReadsIt) {
  const EmptyFolder folder;
  const auto baked = run_process(HGM_CLI_BINARY, {"export", "--size", "1280x720", "--out", "baked.png"},
                                 folder.prefix() + "LD_DEBUG=libs ");
  ASSERT_EQ(baked.exit_code, 0) << baked.err;
  EXPECT_EQ(baked.err.find("libgdal.so"), std::string::npos) << "GDAL was loaded for the default map";
  EXPECT_EQ(baked.err.find("libproj.so"), std::string::npos) << "PROJ was loaded for the default map";

  fs::create_directories(folder.dir / "geodata");
  for (const auto& entry : fs::directory_iterator(HGM_TEST_PROJECT_GEODATA_DIR))
    fs::copy_file(entry.path(), folder.dir / "geodata" / entry.path().filename());
  const std::string copy = (folder.dir / "geodata").string();
  const auto read = run_process(HGM_CLI_BINARY,
                                {"export", "--boundaries", copy + "/hagiang_districts.shp", "--data", copy, "--size",
                                 "1280x720", "--out", "read.png"},
                                folder.prefix() + "LD_DEBUG=libs ");
  ASSERT_EQ(read.exit_code, 0) << read.err;
  EXPECT_NE(read.err.find("libgdal.so"), std::string::npos) << "another folder's boundaries are read through GDAL";
  const render::Image a = render::read_png((folder.dir / "baked.png").string());
  const render::Image b = render::read_png((folder.dir / "read.png").string());
  ASSERT_EQ(a.width, b.width);
  ASSERT_EQ(a.height, b.height);
  EXPECT_TRUE(a.rgba == b.rgba) << "the baked map draws otherwise than the files read through GDAL";
}

// A copy of the program with a damaged module beside it (the first place looked at) passes
// it over for the build's own module, and draws maps read through GDAL.
TEST(OfflineDefaultMap, ADamagedModuleBesideTheProgramIsPassedOver) {
  const EmptyFolder folder;
  const fs::path bin = folder.dir / "bin";
  fs::create_directories(bin);
  fs::copy_file(HGM_CLI_BINARY, bin / "hagiang-map");
  std::ofstream(bin / "libhagiang-map-gdal.so") << "not a library";
  fs::create_directories(folder.dir / "geodata");
  for (const auto& entry : fs::directory_iterator(HGM_TEST_PROJECT_GEODATA_DIR))
    fs::copy_file(entry.path(), folder.dir / "geodata" / entry.path().filename());
  const std::string copy = (folder.dir / "geodata").string();
  const auto read = run_process((bin / "hagiang-map").string(),
                                {"export", "--boundaries", copy + "/hagiang_districts.shp", "--data", copy, "--size",
                                 "800x600", "--out", "read.png"},
                                folder.prefix());
  EXPECT_EQ(read.exit_code, 0) << read.err;
  EXPECT_TRUE(fs::exists(folder.dir / "read.png"));
}

TEST(OfflineDefaultMap, MissingNationalLayerSaysHowToObtainItInTheUsersLanguage) {
  const EmptyFolder folder;
  const std::string missing = (folder.dir / "vietnam_adm2.shp").string();
  const auto vi = run_process(HGM_CLI_BINARY, {"inspect", "--boundaries", missing}, folder.prefix());
  EXPECT_EQ(vi.exit_code, 3);
  EXPECT_NE(vi.err.find(missing + ": không có lớp 708 huyện toàn quốc"), std::string::npos) << vi.err;
  EXPECT_NE(vi.err.find("scripts/obtain-boundaries.sh"), std::string::npos) << vi.err;
  const auto en = run_process(HGM_CLI_BINARY, {"inspect", "--lang", "en", "--boundaries", missing}, folder.prefix());
  EXPECT_EQ(en.exit_code, 3);
  EXPECT_NE(en.err.find(missing + ": the 708-district national layer"), std::string::npos) << en.err;
  EXPECT_EQ(en.err.find("không có"), std::string::npos) << en.err;
}

}  // namespace
}  // namespace hgm
