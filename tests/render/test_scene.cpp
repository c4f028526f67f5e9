#include "test_scene.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "render/png/png_io.h"

namespace hgm::render::test {

namespace {

hgm::Vec2 at(double x, double y) { return {kBaseX + x, kBaseY + y}; }

hgm::Ring square(double x0, double y0, double x1, double y1) {
  return {at(x0, y0), at(x1, y0), at(x1, y1), at(x0, y1)};  // counter-clockwise
}

hgm::MapFeature square_feature(std::string code, std::string label, double x0, double x1, hgm::AreaStyle style) {
  hgm::MapFeature f;
  f.code = std::move(code);
  f.label = std::move(label);
  f.shape = {hgm::Polygon{square(x0, 0, x1, 100), {}}};
  f.mesh = hgm::TriangleMesh{f.shape[0].outer, {0, 1, 2, 0, 2, 3}};
  f.label_anchor = at((x0 + x1) / 2, 50);
  f.inscribed_radius = (x1 - x0) / 2;
  f.style = style;
  return f;
}

// A square frame around a square hole, triangulated by hand.
hgm::MapFeature feature_with_hole() {
  hgm::MapFeature f;
  f.code = "C";
  f.label = "Có lỗ";
  const hgm::Ring outer = square(220, 0, 320, 100);
  const hgm::Ring hole = {at(250, 30), at(250, 70), at(290, 70), at(290, 30)};  // clockwise
  f.shape = {hgm::Polygon{outer, {hole}}};
  // Vertices: outer 0..3 = (220,0) (320,0) (320,100) (220,100); inner 4..7 = (250,30)
  // (290,30) (290,70) (250,70).
  hgm::TriangleMesh mesh;
  mesh.vertices = outer;
  for (const hgm::Vec2 v : {at(250, 30), at(290, 30), at(290, 70), at(250, 70)}) mesh.vertices.push_back(v);
  mesh.indices = {0, 1, 5, 0, 5, 4,   // bottom band
                  1, 2, 6, 1, 6, 5,   // right band
                  2, 3, 7, 2, 7, 6,   // top band
                  3, 0, 4, 3, 4, 7};  // left band
  f.mesh = mesh;
  f.label_anchor = at(235, 50);
  f.inscribed_radius = 15;
  f.style = {kHatchFill, hgm::FillPattern::hatch, kHatchPattern};
  return f;
}

}  // namespace

hgm::Scene make_test_scene() {
  hgm::Scene scene;
  scene.features.push_back(square_feature("A", "Đồng Văn", 0, 100, {kSolidFill, hgm::FillPattern::solid, kBlack}));
  scene.features.push_back(
      square_feature("B", "Mèo Vạc", 100, 200, {kNoDataFill, hgm::FillPattern::no_data, kNoDataPattern}));
  scene.features.push_back(feature_with_hole());
  for (const auto& f : scene.features) scene.bounds.extend(hgm::bounds_of(f.shape));
  scene.title = "Thử nghiệm";
  scene.background = kWhite;
  scene.outline = kBlack;
  return scene;
}

hgm::Frame make_test_frame(const hgm::Scene& scene, int width, int height) {
  hgm::Frame frame;
  frame.width = width;
  frame.height = height;
  frame.background = kWhite;
  frame.map_viewport = {20, 20, 760, 360};
  frame.transform.scale = 2.0;
  frame.transform.center = at(160, 50);
  frame.transform.origin_x = 400;
  frame.transform.origin_y = 200;
  frame.scene = &scene;
  frame.outline_width_px = 1.5;
  frame.outline = kBlack;
  frame.pattern_spacing_px = 8;
  frame.pattern_line_px = 2;
  return frame;
}

std::string output_path(const std::string& file_name) {
  const std::filesystem::path dir = HGM_RENDER_TEST_OUTPUT;
  std::filesystem::create_directories(dir);
  return (dir / file_name).string();
}

void save_for_inspection(const Image& image, const std::string& suffix) {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  std::string name = info ? std::string(info->test_suite_name()) + "." + info->name() : "image";
  const std::string path = output_path(name + suffix + ".png");
  write_png(path, image);
  std::cerr << "  image written to " << path << "\n";
}

int channel_distance(hgm::Color a, hgm::Color b) {
  return std::max({std::abs(a.r - b.r), std::abs(a.g - b.g), std::abs(a.b - b.b), std::abs(a.a - b.a)});
}

}  // namespace hgm::render::test
