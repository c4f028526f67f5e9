#include "svg_test_frames.h"

#include <vector>

namespace hgm::render::test {

hgm::Scene tiny_scene() {
  hgm::Scene scene;
  scene.title = "Thử <nghiệm>";
  hgm::MapFeature a;
  a.code = "001";
  a.label = "Đồng Văn";
  a.shape = {hgm::Polygon{{{0, 0}, {10, 0}, {10, 10}, {0, 10}}, {}}};
  a.style = {{0x4f, 0x9d, 0x69, 255}, hgm::FillPattern::solid, {0, 0, 0, 255}};
  hgm::MapFeature b;
  b.code = "002";
  b.label = "Mèo Vạc";
  b.shape = {hgm::Polygon{{{10, 0}, {20, 0}, {20, 10}, {10, 10}}, {{{13, 3}, {13, 7}, {17, 7}, {17, 3}}}}};
  b.style = {{0xf0, 0xc0, 0x60, 255}, hgm::FillPattern::hatch, {0x80, 0x40, 0x00, 255}};
  scene.features = {a, b};
  for (const auto& f : scene.features) scene.bounds.extend(hgm::bounds_of(f.shape));
  return scene;
}

hgm::Frame tiny_frame(const hgm::Scene& scene) {
  hgm::Frame frame;
  frame.width = 200;
  frame.height = 100;
  frame.background = {255, 255, 255, 255};
  frame.map_viewport = {10, 10, 180, 80};
  frame.transform.scale = 5;  // map (x, y) -> (100 + (x - 10) * 5, 50 - (y - 5) * 5)
  frame.transform.center = {10, 5};
  frame.transform.origin_x = 100;
  frame.transform.origin_y = 50;
  frame.scene = &scene;
  frame.outline_width_px = 1.5;
  frame.outline = {0, 0, 0, 255};
  frame.pattern_spacing_px = 8;
  frame.pattern_line_px = 2;
  frame.rects.push_back({{150, 70, 20, 10},
                         {{0xdd, 0xdd, 0xdd, 255}, hgm::FillPattern::no_data, {0x80, 0x80, 0x80, 255}},
                         {64, 64, 64, 255},
                         1});
  hgm::FramePolygon arrow;
  arrow.mesh.vertices = {{180, 10}, {190, 30}, {170, 30}};
  arrow.mesh.indices = {0, 1, 2};
  arrow.fill = {0, 0, 0, 255};
  frame.polygons.push_back(arrow);
  frame.lines.push_back({{{20, 90}, {60.004, 90}}, 2, {0x20, 0x50, 0xb0, 128}, false});
  frame.texts.push_back({"Hà Giang", 20.5, 20.25, 12, {30, 30, 30, 255}, {255, 255, 255, 230}, 2});
  return frame;
}

::testing::AssertionResult well_formed(const std::string& xml) {
  std::vector<std::string> open;
  std::size_t i = 0;
  bool root_seen = false;
  auto fail = [&](const std::string& what) {
    return ::testing::AssertionFailure() << what << " at byte " << i << ": " << xml.substr(i, 60);
  };
  auto check_text = [&](std::size_t from, std::size_t to) -> bool {
    for (std::size_t k = from; k < to; ++k) {
      if (xml[k] == '<') return false;
      if (xml[k] == '&') {
        const std::size_t end = xml.find(';', k);
        if (end == std::string::npos || end > to) return false;
        const std::string ref = xml.substr(k + 1, end - k - 1);
        const bool named = ref == "amp" || ref == "lt" || ref == "gt" || ref == "quot" || ref == "apos";
        const bool numeric = ref.size() > 1 && ref[0] == '#' && ref.find_first_not_of("0123456789", 1) == std::string::npos;
        if (!named && !numeric) return false;
      }
    }
    return true;
  };
  if (xml.rfind("<?xml ", 0) != 0) return fail("no XML declaration");
  i = xml.find("?>") + 2;
  while (i < xml.size()) {
    const std::size_t lt = xml.find('<', i);
    if (lt == std::string::npos) break;
    if (!check_text(i, lt)) return fail("bad text");
    if (open.empty() && root_seen) return fail("content after the root");
    i = lt + 1;
    const bool closing = xml[i] == '/';
    if (closing) ++i;
    const std::size_t name_end = xml.find_first_of(" />", i);
    const std::string name = xml.substr(i, name_end - i);
    if (name.empty()) return fail("empty tag name");
    i = name_end;
    // Attributes: name="value".
    while (i < xml.size() && xml[i] == ' ') {
      const std::size_t eq = xml.find('=', i);
      if (eq == std::string::npos || xml[eq + 1] != '"') return fail("unquoted attribute");
      const std::size_t close = xml.find('"', eq + 2);
      if (closing || !check_text(eq + 2, close)) return fail("bad attribute value");
      i = close + 1;
    }
    const bool empty_element = xml.compare(i, 2, "/>") == 0;
    if (!empty_element && xml[i] != '>') return fail("bad tag end");
    i += empty_element ? 2 : 1;
    if (closing) {
      if (open.empty() || open.back() != name) return fail("mismatched </" + name + ">");
      open.pop_back();
    } else if (!empty_element) {
      open.push_back(name);
      root_seen = true;
    }
  }
  if (!open.empty()) return fail("unclosed <" + open.back() + ">");
  if (xml.find_first_not_of(" \n", i) != std::string::npos) return fail("trailing content");
  return ::testing::AssertionSuccess();
}

}  // namespace hgm::render::test
