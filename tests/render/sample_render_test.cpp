// A full 1920x1080 frame of the test scene with a legend and labels, written to the test
// output folder as render_sample.png for a person to look at.
#include <gtest/gtest.h>

#include <cmath>

#include "render/png/png_io.h"
#include "renderer_fixture.h"
#include "test_scene.h"

namespace hgm::render {
namespace {

// A star with sharp spikes and a near-circle: slanted and curved outlines at many angles.
hgm::MapFeature polygon_feature(const char* label, int points, double radius_in, double radius_out, double cx,
                                double cy, hgm::AreaStyle style) {
  hgm::MapFeature f;
  f.label = label;
  hgm::Ring ring;
  f.mesh.vertices.push_back({test::kBaseX + cx, test::kBaseY + cy});
  for (int i = 0; i < points; ++i) {
    const double angle = 2 * 3.14159265358979 * i / points;
    const double r = i % 2 ? radius_in : radius_out;
    ring.push_back({test::kBaseX + cx + r * std::cos(angle), test::kBaseY + cy + r * std::sin(angle)});
    f.mesh.vertices.push_back(ring.back());
    f.mesh.indices.insert(f.mesh.indices.end(), {0u, static_cast<std::uint32_t>(i + 1),
                                                 static_cast<std::uint32_t>((i + 1) % points + 1)});
  }
  f.shape = {hgm::Polygon{ring, {}}};
  f.label_anchor = {test::kBaseX + cx, test::kBaseY + cy};
  f.style = style;
  return f;
}

hgm::Scene sample_scene() {
  hgm::Scene scene = test::make_test_scene();
  scene.features.push_back(polygon_feature("Vòng tròn", 96, 45, 45, 60, -70, {{0x9e, 0xca, 0xe1, 255}, hgm::FillPattern::solid, test::kBlack}));
  scene.features.push_back(polygon_feature("Sao", 14, 18, 55, 200, -75, {{0xfd, 0x8d, 0x3c, 255}, hgm::FillPattern::solid, test::kBlack}));
  for (const auto& f : scene.features) scene.bounds.extend(hgm::bounds_of(f.shape));
  return scene;
}

hgm::Frame sample_frame(const hgm::Scene& scene, const Font& font) {
  hgm::Frame frame;
  frame.width = 1920;
  frame.height = 1080;
  frame.background = test::kWhite;
  frame.map_viewport = {40, 140, 1300, 880};
  frame.transform.scale = 3.4;
  frame.transform.center = {test::kBaseX + 160, test::kBaseY + 0};
  frame.transform.origin_x = 40 + 650;
  frame.transform.origin_y = 140 + 440;
  frame.scene = &scene;
  frame.outline_width_px = 1.5;
  frame.outline = {64, 64, 64, 255};
  frame.pattern_spacing_px = 8;
  frame.pattern_line_px = 2;

  const hgm::Color ink{30, 30, 30, 255};
  const hgm::Color halo{255, 255, 255, 230};
  frame.texts.push_back({"Hà Giang – Xín Mần: tỷ lệ hộ nghèo 2023", 40, 80, 44, ink, {255, 255, 255, 0}, 0});
  frame.texts.push_back({"Thử nghiệm bộ vẽ bản đồ · ĐỒNG VĂN · Mèo Vạc · Quản Bạ · Lạ", 40, 120, 24,
                         {90, 90, 90, 255}, {255, 255, 255, 0}, 0});
  for (const auto& feature : scene.features) {
    const hgm::Vec2 p = frame.transform.to_pixel(feature.label_anchor);
    const double size = 26;
    const double w = font.text_width(feature.label, size);
    frame.texts.push_back({feature.label, p.x - w / 2, p.y + size * 0.35, size, ink, halo, 3});
  }
  // Legend.
  const double lx = 1400, ly = 200;
  frame.texts.push_back({"Chú giải", lx, ly, 30, ink, {255, 255, 255, 0}, 0});
  const struct {
    hgm::AreaStyle style;
    const char* label;
  } entries[] = {{scene.features[0].style, "21,7 – 24,9%"},
                 {scene.features[2].style, "≥ 40% (chỉ biết cận dưới)"},
                 {scene.features[1].style, "Không có số liệu"}};
  for (int i = 0; i < 3; ++i) {
    const double y = ly + 30 + i * 56;
    frame.rects.push_back({{lx, y, 64, 40}, entries[i].style, {64, 64, 64, 255}, 1});
    frame.texts.push_back({entries[i].label, lx + 84, y + 29, 24, ink, {255, 255, 255, 0}, 0});
  }
  frame.texts.push_back({"Nguồn: số liệu thử, không phải thật", 40, 1050, 20, {90, 90, 90, 255}, {255, 255, 255, 0}, 0});
  return frame;
}

TEST(SampleRender, FullHdFrameWithLegendAndLabels) {
  const hgm::Scene scene = sample_scene();
  OffscreenRenderer& renderer = test::shared_renderer();
  const Image image = renderer.render(sample_frame(scene, renderer.font()));
  ASSERT_EQ(image.width, 1920);
  ASSERT_EQ(image.height, 1080);
  const std::string path = test::output_path("render_sample.png");
  write_png(path, image);
  std::cout << "sample written to " << path << " (" << describe(renderer.gl_info()) << ", "
            << renderer.samples() << "x MSAA)\n";
}

}  // namespace
}  // namespace hgm::render
