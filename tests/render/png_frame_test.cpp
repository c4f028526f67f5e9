// The PNG export's renderer: frames drawn on the CPU through cairo (png/png_frame.h), in
// bands on several threads. Checked on the project's own default map against the OpenGL
// renderer the window uses, on the tiny frame's fills, hatches, hole and no-data, across
// band counts, and as the PNG file it writes.
#include "render/png/png_frame.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "core/spec/make_scene.h"
#include "render/errors.h"
#include "render/png/png_io.h"
#include "project_inputs.h"
#include "renderer_fixture.h"
#include "svg_test_frames.h"
#include "test_scene.h"

namespace hgm::render {
namespace {

namespace fs = std::filesystem;

int distance(hgm::Color a, hgm::Color b) { return std::max({std::abs(a.r - b.r), std::abs(a.g - b.g), std::abs(a.b - b.b)}); }

// The default map (the report's first indicator) laid out as `export` lays it out.
struct DefaultMap {
  MapPicture picture;
  Frame frame;
  DefaultMap(int width, int height, const Font& font)
      : picture(make_picture(hgm::test::project_inputs(), hgm::test::project_inputs().data.table, spec(width, height))),
        frame(layout_for_export(picture.scene, spec(width, height), font)) {}
  static MapSpec spec(int width, int height) {
    MapSpec s;
    s.size = ImageSize{width, height};
    return s;
  }
};

// The CPU drawing and the OpenGL one of the same frame: the same picture but for the
// edges each anti-aliases its own way and the glyphs each rasteriser shapes a little
// differently. Districts' fills, hatches, the legend and the furniture all agree.
TEST(PngFrame, TheDefaultMapLooksAsOpenGlDrawsIt) {
  OffscreenOptions one_sample;
  one_sample.samples = 1;  // as `export` drew it with OpenGL
  OffscreenRenderer gl(one_sample);
  const DefaultMap map(1280, 720, gl.font());
  const Image cpu = draw_frame_on_cpu(map.frame, gl.font());
  const Image screen = gl.render(map.frame);
  ASSERT_EQ(cpu.width, screen.width);
  ASSERT_EQ(cpu.height, screen.height);
  std::size_t close = 0, far = 0;
  for (int y = 0; y < cpu.height; ++y)
    for (int x = 0; x < cpu.width; ++x) {
      const int d = distance(cpu.pixel(x, y), screen.pixel(x, y));
      close += d <= 8 ? 1 : 0;
      far += d > 96 ? 1 : 0;
    }
  const double pixels = static_cast<double>(cpu.width) * cpu.height;
  const double close_share = static_cast<double>(close) / pixels, far_share = static_cast<double>(far) / pixels;
  EXPECT_GT(close_share, 0.97) << "pixels within 8 levels of OpenGL's";
  EXPECT_LT(far_share, 0.01) << "pixels far from OpenGL's (edges and glyphs only)";
  if (close_share <= 0.97 || far_share >= 0.01) {
    test::save_for_inspection(cpu, "cpu");
    test::save_for_inspection(screen, "gl");
  }
}

// Bands are seams only in the work: 1, 3 and 7 bands (cutting through hatches, outlines,
// labels and the legend) give one picture, byte for byte.
TEST(PngFrame, BandsGiveThePixelsOfOneDraw) {
  const Font& font = hgm::test::project_font();
  const DefaultMap map(1280, 720, font);
  const Image one = draw_frame_on_cpu(map.frame, font, 1);
  for (const int bands : {3, 7}) {
    const Image banded = draw_frame_on_cpu(map.frame, font, bands);
    std::size_t differ = 0;
    for (std::size_t i = 0; i < one.rgba.size(); ++i) differ += one.rgba[i] != banded.rgba[i] ? 1 : 0;
    EXPECT_EQ(differ, 0u) << bands << " bands";
    if (differ != 0) {
      test::save_for_inspection(one, "one_band");
      test::save_for_inspection(banded, std::to_string(bands) + "_bands");
    }
  }
}

TEST(PngFrame, FillsHatchesHolesAndNoDataOfTheTinyFrame) {
  const hgm::Scene scene = test::tiny_scene();
  const Image img = draw_frame_on_cpu(test::tiny_frame(scene), hgm::test::project_font());
  ASSERT_EQ(img.width, 200);
  ASSERT_EQ(img.height, 100);
  const hgm::Color solid{0x4f, 0x9d, 0x69, 255}, hatch_fill{0xf0, 0xc0, 0x60, 255}, hatch{0x80, 0x40, 0x00, 255};
  const hgm::Color white{255, 255, 255, 255}, grey{0xdd, 0xdd, 0xdd, 255}, dark_grey{0x80, 0x80, 0x80, 255};
  const auto count = [&](int x0, int y0, int x1, int y1, hgm::Color c) {
    int n = 0;
    for (int y = y0; y < y1; ++y)
      for (int x = x0; x < x1; ++x) n += distance(img.pixel(x, y), c) <= 12 ? 1 : 0;
    return n;
  };
  EXPECT_EQ(count(55, 30, 95, 70, solid), 40 * 40);           // district a
  EXPECT_GT(count(103, 28, 113, 72, hatch_fill), 100);        // district b, hatched
  EXPECT_GT(count(103, 28, 113, 72, hatch), 40);
  EXPECT_EQ(count(118, 43, 132, 57, white), 14 * 14);         // its hole
  EXPECT_GT(count(152, 72, 168, 78, grey), 20);               // the no-data rectangle
  EXPECT_GT(count(152, 72, 168, 78, dark_grey), 10);
  EXPECT_LE(distance(img.pixel(180, 25), {0, 0, 0, 255}), 12);  // the north arrow
}

// A grid of no-data squares, `count` of them: fifteen in a row, the rest in a row far
// below (their outlines reach none of the fifteen's pixels).
static_assert(render::kUnitsSharingAHatch > 15 && render::kUnitsSharingAHatch <= 20,
              "15 squares are hatched each on its own, 20 from one layer");
hgm::Scene no_data_squares(int count) {
  hgm::Scene scene;
  for (int i = 0; i < count; ++i) {
    const double x = (i % 15) * 20.0, y = i < 15 ? 0.0 : 80.0;
    const auto at = [](double px, double py) { return hgm::Vec2{test::kBaseX + px, test::kBaseY + py}; };
    hgm::MapFeature f;
    f.code = std::to_string(i);
    f.shape = {hgm::Polygon{{at(x, y), at(x + 16, y), at(x + 16, y + 16), at(x, y + 16)}, {}}};
    f.style = {test::kNoDataFill, hgm::FillPattern::no_data, test::kNoDataPattern};
    scene.features.push_back(std::move(f));
  }
  // The bounds of all twenty, whatever the count: the hatch's anchor follows them.
  scene.bounds = {test::kBaseX, test::kBaseY, test::kBaseX + 296, test::kBaseY + 96};
  scene.background = test::kWhite;
  scene.outline = test::kBlack;
  return scene;
}

// Many units of one hatched style are filled from one hatch drawn across them (the 708
// districts without figures), a few each with its own clipped lines: the two give the same
// lines in the same places, within a few levels inside the units (cairo cuts a longer line
// into its pixels a little differently) and a shade at their edges (a line's anti-aliased
// end there). In bands too.
TEST(PngFrame, UnitsHatchedFromOneLayerLookAsUnitsHatchedEachOnItsOwn) {
  const Font& font = hgm::test::project_font();
  const hgm::Scene few = no_data_squares(15), many = no_data_squares(20);
  hgm::Frame few_frame = test::make_test_frame(few), many_frame = test::make_test_frame(many);
  for (hgm::Frame* f : {&few_frame, &many_frame}) f->transform.center = {test::kBaseX + 150, test::kBaseY + 50};
  const Image each = draw_frame_on_cpu(few_frame, font, 1);
  const Image layered = draw_frame_on_cpu(many_frame, font, 1);
  int inside_distance = 0, edge_distance = 0, hatch_each = 0, hatch_layered = 0;
  for (int i = 0; i < 15; ++i) {
    // The square's 32 x 32 pixels: 2 a map unit about the frame's origin (400, 200), y up.
    const int left = 400 + (i * 20 - 150) * 2, top = 200 - (16 - 50) * 2;
    for (int y = top - 3; y < top + 32 + 3; ++y)
      for (int x = left - 3; x < left + 32 + 3; ++x) {
        const int d = distance(each.pixel(x, y), layered.pixel(x, y));
        const bool inside = x >= left + 2 && x < left + 30 && y >= top + 2 && y < top + 30;
        if (inside) {
          inside_distance = std::max(inside_distance, d);
          hatch_each += distance(each.pixel(x, y), test::kNoDataPattern) <= 12 ? 1 : 0;
          hatch_layered += distance(layered.pixel(x, y), test::kNoDataPattern) <= 12 ? 1 : 0;
        } else {
          edge_distance = std::max(edge_distance, d);
        }
      }
  }
  EXPECT_GT(hatch_each, 15 * 100) << "the squares are hatched";
  EXPECT_NEAR(hatch_layered, hatch_each, hatch_each / 100) << "the lines' pixels";
  EXPECT_LE(inside_distance, 6);
  EXPECT_LE(edge_distance, 16);
  if (inside_distance > 6 || edge_distance > 16) {
    test::save_for_inspection(each, "each");
    test::save_for_inspection(layered, "layered");
  }
}

// Where the bands cut the units of one hatch, the picture is still the one drawn whole,
// byte for byte (the layer's lines span the units' box in the frame, not the band's part
// of it: cairo places a line's pixels by its ends, and a PNG would otherwise depend on the
// machine's core count). Forty-five units of sizes that do not divide into the bands.
TEST(PngFrame, BandsCuttingUnitsHatchedFromOneLayerGiveThePixelsOfOneDraw) {
  const Font& font = hgm::test::project_font();
  hgm::Scene scene;
  const auto at = [](double px, double py) { return hgm::Vec2{test::kBaseX + px, test::kBaseY + py}; };
  for (int i = 0; i < 45; ++i) {
    const double x = (i % 9) * 33.0 + (i / 9) * 3.7, y = (i / 9) * 19.3, w = 27.0 + (i % 4) * 1.9;
    hgm::MapFeature f;
    f.code = std::to_string(i);
    f.shape = {hgm::Polygon{{at(x, y), at(x + w, y + 1.3), at(x + w - 2.1, y + 17.5), at(x + 0.7, y + 16.2)}, {}}};
    f.style = {test::kNoDataFill, hgm::FillPattern::no_data, test::kNoDataPattern};
    scene.features.push_back(std::move(f));
  }
  for (const auto& f : scene.features) scene.bounds.extend(hgm::bounds_of(f.shape));
  scene.background = test::kWhite;
  scene.outline = test::kBlack;
  hgm::Frame frame = test::make_test_frame(scene, 777, 401);
  frame.transform.scale = 2.3;
  frame.transform.center = at(160, 50);
  frame.pattern_spacing_px = 7.3;
  frame.pattern_line_px = 1.7;
  const Image one = draw_frame_on_cpu(frame, font, 1);
  for (const int bands : {2, 3, 4, 7, 8}) {
    const Image banded = draw_frame_on_cpu(frame, font, bands);
    std::size_t differ = 0;
    for (std::size_t i = 0; i < one.rgba.size(); ++i) differ += one.rgba[i] != banded.rgba[i] ? 1 : 0;
    EXPECT_EQ(differ, 0u) << bands << " bands";
  }
}

class PngFrameFile : public ::testing::Test {
 protected:
  fs::path dir = fs::temp_directory_path() / ("hgm_png_frame_" + std::to_string(::getpid()));
  void SetUp() override { fs::create_directories(dir); }
  void TearDown() override { fs::remove_all(dir); }
};

// The file holds the drawing (opaque: RGB, read back as alpha 255), at the DPI asked.
TEST_F(PngFrameFile, TheFileHoldsTheDrawingAndItsDpi) {
  const Font& font = hgm::test::project_font();
  const DefaultMap map(640, 360, font);
  const fs::path path = dir / "map.png";
  const PngFrameTimes times = write_png_frame(path, map.frame, font, 150);
  EXPECT_GT(times.draw_ms, 0);
  const Image read = read_png(path);
  EXPECT_TRUE(read.rgba == draw_frame_on_cpu(map.frame, font).rgba);
  EXPECT_NEAR(read_png_dpi(path).value_or(0), 150, 0.1);
}

// Over a transparent background the PNG keeps alpha, straight (not premultiplied): the
// solid district is its colour at full alpha, the empty corner fully transparent.
TEST_F(PngFrameFile, ATransparentBackgroundStaysTransparent) {
  const hgm::Scene scene = test::tiny_scene();
  hgm::Frame frame = test::tiny_frame(scene);
  frame.background = {255, 255, 255, 0};
  const fs::path path = dir / "clear.png";
  write_png_frame(path, frame, hgm::test::project_font());
  const Image read = read_png(path);
  EXPECT_EQ(read.pixel(75, 50), (hgm::Color{0x4f, 0x9d, 0x69, 255}));
  EXPECT_EQ(read.pixel(2, 98).a, 0);
}

// Past cairo's largest side nothing is drawn or written, and the message names the file.
TEST_F(PngFrameFile, TooLargeIsRefusedNamingTheFile) {
  const hgm::Scene scene = test::tiny_scene();
  hgm::Frame frame = test::tiny_frame(scene);
  frame.width = kCpuMaxSide + 1;
  const fs::path path = dir / "huge.png";
  try {
    write_png_frame(path, frame, hgm::test::project_font());
    FAIL() << "expected ImageIoError";
  } catch (const ImageIoError& e) {
    EXPECT_NE(std::string(e.what()).find(path.string()), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("32767"), std::string::npos) << e.what();
  }
  EXPECT_TRUE(fs::is_empty(dir));
}

}  // namespace
}  // namespace hgm::render
