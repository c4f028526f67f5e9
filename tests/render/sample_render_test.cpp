// A full 1920x1080 frame of the test scene with a legend and labels, written to the test
// output folder as render_sample.png for a person to look at.
#include <gtest/gtest.h>

#include <cmath>

#include "render/png/png_io.h"
#include "render/svg/svg_writer.h"
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

// Map furniture in pixels: an inset locator map (the districts' meshes shrunk into a
// panel, with outlines), a north arrow, a scale bar and a leader line to a label.
void add_furniture(hgm::Frame& frame, const hgm::Scene& scene, const Font& font) {
  const hgm::Color ink{30, 30, 30, 255};
  const hgm::Color none{255, 255, 255, 0};
  frame.rects.push_back({{1400, 480, 440, 300}, {{248, 248, 244, 255}, hgm::FillPattern::solid, ink}, {120, 120, 120, 255}, 1});
  hgm::MapTransform inset;
  inset.scale = 1.1;
  inset.center = {test::kBaseX + 160, test::kBaseY + 0};
  inset.origin_x = 1620;
  inset.origin_y = 630;
  const hgm::Color inset_fill[2] = {{0xbd, 0xd7, 0xe7, 255}, {0x6b, 0xae, 0xd6, 255}};
  for (std::size_t i = 0; i < scene.features.size(); ++i) {
    const hgm::MapFeature& f = scene.features[i];
    hgm::FramePolygon area;
    for (const hgm::Vec2 v : f.mesh.vertices) area.mesh.vertices.push_back(inset.to_pixel(v));
    area.mesh.indices = f.mesh.indices;
    area.fill = inset_fill[i % 2];
    frame.polygons.push_back(area);
    for (const hgm::Polygon& polygon : f.shape) {
      hgm::FrameLine outline{{}, 1.25, {60, 60, 60, 255}, true};
      for (const hgm::Vec2 v : polygon.outer) outline.points.push_back(inset.to_pixel(v));
      frame.lines.push_back(outline);
    }
  }
  frame.lines.push_back({{{1560, 560}, {1700, 560}, {1700, 700}, {1560, 700}}, 3, {0xd7, 0x30, 0x27, 255}, true});
  frame.texts.push_back({"Vị trí", 1416, 510, 22, ink, none, 0});
  // North arrow: a dark and a light half, outlined.
  hgm::FramePolygon dark, light;
  dark.mesh.vertices = {{1780, 820}, {1800, 900}, {1780, 884}};
  dark.mesh.indices = {0, 1, 2};
  dark.fill = ink;
  light.mesh.vertices = {{1780, 820}, {1780, 884}, {1760, 900}};
  light.mesh.indices = {0, 1, 2};
  light.fill = {255, 255, 255, 255};
  frame.polygons.push_back(dark);
  frame.polygons.push_back(light);
  frame.lines.push_back({{{1780, 820}, {1800, 900}, {1780, 884}, {1760, 900}}, 1.5, ink, true});
  frame.texts.push_back({"B", 1780 - font.text_width("B", 26) / 2, 812, 26, ink, none, 0});
  // Scale bar: alternating blocks, ticks, labels.
  for (int i = 0; i < 4; ++i) {
    hgm::FramePolygon block;
    const double x = 1400 + i * 60;
    block.mesh.vertices = {{x, 880}, {x + 60, 880}, {x + 60, 890}, {x, 890}};
    block.mesh.indices = {0, 1, 2, 0, 2, 3};
    block.fill = i % 2 ? hgm::Color{255, 255, 255, 255} : ink;
    frame.polygons.push_back(block);
  }
  frame.lines.push_back({{{1400, 880}, {1640, 880}, {1640, 890}, {1400, 890}}, 1, ink, true});
  for (int i = 0; i <= 2; ++i) {
    const std::string label = std::to_string(i * 10) + (i == 2 ? " km" : "");
    frame.texts.push_back({label, 1400 + i * 120.0 - font.text_width(std::to_string(i * 10), 18) / 2, 915, 18, ink, none, 0});
  }
  // A leader line from a label outside the map to the star.
  const hgm::Vec2 star = frame.transform.to_pixel({test::kBaseX + 200, test::kBaseY - 75});
  frame.lines.push_back({{{1200, 1000}, {1100, 1000}, star}, 2, {0xd7, 0x30, 0x27, 230}, false});
  frame.texts.push_back({"Điểm chú thích", 1210, 1007, 22, ink, {255, 255, 255, 230}, 3});
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
  add_furniture(frame, scene, font);
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
  // The same frame through the SVG backend, to compare by eye (e.g. rsvg-convert).
  const std::string svg_path = test::output_path("render_sample.svg");
  write_svg(svg_path, sample_frame(scene, renderer.font()));
  std::cout << "SVG written to " << svg_path << "\n";
}

}  // namespace
}  // namespace hgm::render
