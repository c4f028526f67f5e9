// A full 1920x1080 frame of the test scene with a legend and labels: spot checks of fills,
// swatches, text and furniture, and the image written to the test output folder as
// render_sample.png (with the SVG of the same frame) for a person to look at.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <iostream>
#include <utility>

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
  hgm::TriangleMesh mesh;
  mesh.vertices.push_back({test::kBaseX + cx, test::kBaseY + cy});
  for (int i = 0; i < points; ++i) {
    const double angle = 2 * 3.14159265358979 * i / points;
    const double r = i % 2 ? radius_in : radius_out;
    ring.push_back({test::kBaseX + cx + r * std::cos(angle), test::kBaseY + cy + r * std::sin(angle)});
    mesh.vertices.push_back(ring.back());
    mesh.indices.insert(mesh.indices.end(), {0u, static_cast<std::uint32_t>(i + 1),
                                             static_cast<std::uint32_t>((i + 1) % points + 1)});
  }
  f.mesh = mesh;
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
    for (const hgm::Vec2 v : f.mesh.get().vertices) area.mesh.vertices.push_back(inset.to_pixel(v));
    area.mesh.indices = f.mesh.get().indices;
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

// Pixels in the box [x0, x1) x [y0, y1) within `tolerance` of `color` (every channel).
int count_near(const Image& image, int x0, int y0, int x1, int y1, hgm::Color color, int tolerance) {
  int count = 0;
  for (int y = y0; y < y1; ++y)
    for (int x = x0; x < x1; ++x) count += test::channel_distance(image.pixel(x, y), color) <= tolerance ? 1 : 0;
  return count;
}

TEST(SampleRender, FullHdFrameWithLegendAndLabels) {
  const hgm::Scene scene = sample_scene();
  OffscreenRenderer& renderer = test::shared_renderer();
  const Font& font = renderer.font();
  const hgm::Frame frame = sample_frame(scene, font);
  const Image image = renderer.render(frame);
  ASSERT_EQ(image.width, 1920);
  ASSERT_EQ(image.height, 1080);
  const std::string path = test::output_path("render_sample.png");
  write_png(path, image);
  std::cout << "sample written to " << path << " (" << describe(renderer.gl_info()) << ", "
            << renderer.samples() << "x MSAA)\n";

  const hgm::Color ink{30, 30, 30, 255};
  // District "A" (solid) covers pixels x 146..486, y 240..580: its exact fill away from
  // its outline and its label in the middle; the frame outside the map is background.
  for (const auto& [x, y] : {std::pair{160, 255}, std::pair{470, 255}, std::pair{160, 565}, std::pair{470, 565},
                            std::pair{200, 330}}) {
    EXPECT_EQ(image.pixel(x, y), test::kSolidFill) << x << "," << y;
  }
  EXPECT_EQ(image.pixel(20, 600), test::kWhite);

  // Its label "Đồng Văn", centred on the anchor: ink inside the text's box, none just
  // above the box and its 3 px halo.
  const hgm::Vec2 anchor = frame.transform.to_pixel(scene.features[0].label_anchor);
  const double size = 26, width = font.text_width(scene.features[0].label, size);
  const int left = static_cast<int>(anchor.x - width / 2), right = static_cast<int>(anchor.x + width / 2) + 1;
  const double baseline = anchor.y + size * 0.35;
  const int top = static_cast<int>(baseline - font.ascent(size)) - 1;
  const int bottom = static_cast<int>(baseline + font.descent(size)) + 1;
  EXPECT_GE(count_near(image, left, top, right, bottom, ink, 8), 60);
  EXPECT_EQ(count_near(image, left - 8, top - 10, right + 8, top - 5, test::kSolidFill, 0), (right - left + 16) * 5);

  // The title, outside the map: ink in its box, none in the row of pixels above it.
  const double title_width = font.text_width(frame.texts[0].utf8, 44);
  EXPECT_GE(count_near(image, 40, static_cast<int>(80 - font.ascent(44)), static_cast<int>(40 + title_width), 90, ink, 8),
            300);
  EXPECT_EQ(count_near(image, 30, 20, 1000, 30, test::kWhite, 0), 970 * 10);

  // Legend swatches (x 1400..1464): the solid one in its exact fill inside its 1 px
  // stroke, the no-data one with both its fill and its crosshatch lines.
  EXPECT_EQ(count_near(image, 1402, 232, 1462, 268, test::kSolidFill, 0), 60 * 36);
  EXPECT_GT(count_near(image, 1402, 344, 1462, 380, test::kNoDataFill, 0), 300);
  EXPECT_GT(count_near(image, 1402, 344, 1462, 380, test::kNoDataPattern, 2), 100);
  // Its text beside it.
  EXPECT_GE(count_near(image, 1484, 232, 1700, 270, ink, 8), 60);

  // Furniture: the red frame in the inset (3 px line at y 560), a scale bar block.
  EXPECT_EQ(image.pixel(1630, 559), (hgm::Color{0xd7, 0x30, 0x27, 255}));
  EXPECT_EQ(image.pixel(1630, 560), (hgm::Color{0xd7, 0x30, 0x27, 255}));
  EXPECT_EQ(image.pixel(1430, 885), ink);
  if (::testing::Test::HasFailure()) test::save_for_inspection(image);

  // The same frame through the SVG backend, to compare by eye (e.g. rsvg-convert).
  const std::string svg_path = test::output_path("render_sample.svg");
  write_svg(svg_path, frame);
  std::cout << "SVG written to " << svg_path << "\n";
}

// Every row render_rows hands over, in order, as one image.
Image render_in_bands(OffscreenRenderer& renderer, const hgm::Frame& frame, int band_rows, int* bands) {
  Image image(frame.width, frame.height);
  std::size_t filled = 0;
  *bands = 0;
  renderer.render_rows(
      frame,
      [&](const std::uint8_t* top_row, int rows, std::ptrdiff_t step) {
        const std::size_t row_bytes = static_cast<std::size_t>(frame.width) * 4;
        EXPECT_LE(filled + row_bytes * static_cast<std::size_t>(rows), image.rgba.size());
        if (filled + row_bytes * static_cast<std::size_t>(rows) > image.rgba.size()) return;
        for (int y = 0; y < rows; ++y, filled += row_bytes)
          std::copy(top_row + y * step, top_row + y * step + static_cast<std::ptrdiff_t>(row_bytes),
                    image.rgba.begin() + static_cast<std::ptrdiff_t>(filled));
        ++*bands;
      },
      band_rows);
  EXPECT_EQ(filled, image.rgba.size());
  return image;
}

// The export draws large images in bands (render_rows): the map with its viewport clip,
// patterns, outlines, the anti-aliased polygons and lines, and the texts must come out as
// one draw gives them, byte for byte, also across band edges that cut through all of
// them (37 rows: bands that divide nothing evenly, the last one shorter). Over the opaque
// background every pixel stays opaque, which is why the exporter writes RGB.
TEST(SampleRender, BandsGiveTheSamePixelsAsOneDraw) {
  const hgm::Scene scene = sample_scene();
  OffscreenOptions one_sample;
  one_sample.samples = 1;  // as `export` draws
  OffscreenRenderer renderer(one_sample);
  const hgm::Frame frame = sample_frame(scene, renderer.font());
  const Image whole = renderer.render(frame);
  int bands = 0;
  const Image banded = render_in_bands(renderer, frame, 37, &bands);
  EXPECT_EQ(bands, (1080 + 36) / 37);
  EXPECT_TRUE(banded.rgba == whole.rgba) << "banded and whole renders differ";
  if (banded.rgba != whole.rgba) test::save_for_inspection(banded, "banded");
  std::size_t translucent = 0;
  for (std::size_t i = 3; i < banded.rgba.size(); i += 4) translucent += banded.rgba[i] != 255 ? 1 : 0;
  EXPECT_EQ(translucent, 0u);
}

// With multisampling each band is resolved on its own rows only.
TEST(SampleRender, MultisampledBandsGiveTheSamePixelsAsOneDraw) {
  const hgm::Scene scene = sample_scene();
  OffscreenRenderer& renderer = test::shared_renderer();
  const hgm::Frame frame = sample_frame(scene, renderer.font());
  const Image whole = renderer.render(frame);
  int bands = 0;
  const Image banded = render_in_bands(renderer, frame, 400, &bands);
  EXPECT_EQ(bands, 3);
  EXPECT_TRUE(banded.rgba == whole.rgba) << "banded and whole renders differ";
  if (banded.rgba != whole.rgba) test::save_for_inspection(banded, "banded");
}

}  // namespace
}  // namespace hgm::render
