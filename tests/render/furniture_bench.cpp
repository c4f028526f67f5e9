// render_furniture_bench: timings of the frame polygon and line passes at 3840x2160,
// printed for a person to read. It asserts nothing (the machine may be busy) and is not
// part of ctest; run it by hand. Draws with MapRenderer into an offscreen target without
// and with multisampling, as the export and the window do.
#include <glad/gl.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <iostream>

#include "render/coverage_geometry.h"
#include "render/text/font.h"
#include "render/gl/headless_context.h"
#include "render/map_renderer.h"
#include "render/gl/offscreen_target.h"
#include "test_scene.h"

namespace hgm::render {
namespace {

const hgm::Color kColors[5] = {{0xd7, 0x30, 0x27, 255},
                               {0x1a, 0x98, 0x50, 255},
                               {0x20, 0x50, 0xb0, 255},
                               {0x80, 0x40, 0x00, 255},
                               {0x60, 0x60, 0x60, 200}};

hgm::Frame blank_4k() {
  hgm::Frame frame;
  frame.width = 3840;
  frame.height = 2160;
  frame.background = test::kWhite;
  frame.map_viewport = {0, 0, 3840, 2160};
  return frame;
}

// A hundred leader lines of five colours spread over the frame.
void add_leader_lines(hgm::Frame& frame) {
  for (int i = 0; i < 100; ++i) {
    const double x = 100 + (i % 10) * 370, y = 100 + (i / 10) * 200;
    frame.lines.push_back({{{x, y}, {x + 120, y + 60}, {x + 300, y + 60}}, 1.0 + i % 4, kColors[i % 5], false});
  }
}

// An inset locator map: a 600 px disc cut into 12 wedges with 40-point arcs, each a fan of
// triangles, and its outline; plus a north arrow.
void add_inset(hgm::Frame& frame) {
  const double cx = 3400, cy = 1700, r = 300;
  for (int w = 0; w < 12; ++w) {
    hgm::FramePolygon p;
    p.fill = kColors[w % 4];
    p.mesh.vertices.push_back({cx, cy});
    for (int k = 0; k <= 40; ++k) {
      const double angle = (w + k / 40.0) * 2 * 3.14159265358979 / 12;
      p.mesh.vertices.push_back({cx + r * std::cos(angle), cy + r * std::sin(angle)});
      if (k > 0) p.mesh.indices.insert(p.mesh.indices.end(), {0u, static_cast<std::uint32_t>(k), static_cast<std::uint32_t>(k + 1)});
    }
    frame.polygons.push_back(p);
    std::vector<hgm::Vec2> outline = p.mesh.vertices;
    frame.lines.push_back({outline, 2, {64, 64, 64, 255}, true});
  }
  hgm::FramePolygon arrow;
  arrow.mesh.vertices = {{3700, 100}, {3730, 200}, {3700, 180}, {3670, 200}};
  arrow.mesh.indices = {0, 1, 2, 0, 2, 3};
  arrow.fill = test::kBlack;
  frame.polygons.push_back(arrow);
}

struct Timing {
  double empty = 0, lines = 0, inset = 0, full_polygon = 0;
};

double best_ms(MapRenderer& renderer, OffscreenTarget& target, const hgm::Frame& frame) {
  double best = 1e9;
  for (int i = 0; i < 4; ++i) {
    target.bind();
    glFinish();
    const auto start = std::chrono::steady_clock::now();
    renderer.draw(frame);
    glFinish();
    best = std::min(best, std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
  }
  return best;
}

Timing time_passes(int samples) {
  HeadlessContext context;
  const Font font = Font::regular();
  OffscreenTarget target(3840, 2160, samples);
  MapRenderer renderer(font);
  Timing t;
  const hgm::Frame empty = blank_4k();
  hgm::Frame lines = blank_4k();
  add_leader_lines(lines);
  hgm::Frame inset = blank_4k();
  add_inset(inset);
  hgm::Frame full = blank_4k();
  hgm::FramePolygon cover;
  cover.mesh.vertices = {{-10, -10}, {3850, -10}, {3850, 2170}, {-10, 2170}};
  cover.mesh.indices = {0, 1, 2, 0, 2, 3};
  cover.fill = {0xee, 0xee, 0xdd, 255};
  full.polygons.push_back(cover);
  t.empty = best_ms(renderer, target, empty);
  t.lines = best_ms(renderer, target, lines);
  t.inset = best_ms(renderer, target, inset);
  t.full_polygon = best_ms(renderer, target, full);
  std::cout << "3840x2160, " << (target.samples() > 0 ? std::to_string(target.samples()) + "x MSAA" : "no MSAA")
            << ": clear only " << t.empty << " ms; +100 leader lines (5 colours) " << t.lines - t.empty
            << " ms; +inset (13 polygons, 12 outlines) " << t.inset - t.empty << " ms; +one frame-sized polygon "
            << t.full_polygon - t.empty << " ms\n";
  return t;
}

// A benchmark (render_furniture_bench), not a test: it prints, it asserts no speed.
TEST(FurnitureTiming, PassesAt4K) {
  for (const int samples : {1, 4}) time_passes(samples);
}

}  // namespace
}  // namespace hgm::render
