#include "render/map_renderer.h"

#include <cstring>
#include <optional>

#include "render/coverage_geometry.h"
#include "render/text/font.h"
#include "render/frame_shapes.h"
#include "render/gl/coverage_layer.h"
#include "render/gl/fill_pass.h"
#include "render/gl/gl_state.h"
#include "render/gl/outline_pass.h"
#include "render/gl/plain_polygon_pass.h"
#include "render/gl/rect_pass.h"
#include "render/gl/scene_buffers.h"
#include "render/gl/text_pass.h"
#include "render/scene_geometry.h"

namespace hgm::render {

namespace {

// A cheap summary of a scene's geometry. Guards the cache against a new Scene that
// happens to be allocated where a destroyed one was.
std::uint64_t geometry_fingerprint(const hgm::Scene& scene) {
  std::uint64_t h = 1469598103934665603ull;
  auto mix = [&h](std::uint64_t v) { h = (h ^ v) * 1099511628211ull; };
  auto mix_double = [&mix](double d) {
    std::uint64_t bits = 0;
    std::memcpy(&bits, &d, sizeof bits);
    mix(bits);
  };
  mix(scene.features.size());
  for (const auto& feature : scene.features) {
    mix(feature.mesh.vertices.size());
    mix(feature.mesh.indices.size());
    mix(feature.shape.size());
    if (!feature.mesh.vertices.empty()) {
      mix_double(feature.mesh.vertices.front().x);
      mix_double(feature.mesh.vertices.back().y);
    }
    if (!feature.shape.empty() && !feature.shape.front().outer.empty()) {
      mix(feature.shape.front().outer.size());
      mix_double(feature.shape.front().outer.front().x);
    }
  }
  return h;
}

}  // namespace

struct MapRenderer::Impl {
  explicit Impl(const Font& font) : text(font) {}

  gl::FillPass fill;
  gl::OutlinePass outline;
  gl::RectPass rects;
  gl::PlainPolygonPass plain_polygons;
  gl::CoverageLayer coverage;  // the polygon pass and the line pass
  gl::TextPass text;

  std::uint64_t generation = 0;
  // What the uploaded geometry was built from.
  const hgm::Scene* cached_scene = nullptr;
  std::uint64_t cached_generation = 0;
  std::uint64_t cached_fingerprint = 0;
  std::optional<gl::SceneBuffers> buffers;

  const gl::SceneBuffers& buffers_for(const hgm::Scene& scene) {
    const std::uint64_t fingerprint = geometry_fingerprint(scene);
    if (!buffers || cached_scene != &scene || cached_generation != generation || cached_fingerprint != fingerprint) {
      buffers.reset();
      buffers.emplace(build_scene_geometry(scene));
      cached_scene = &scene;
      cached_generation = generation;
      cached_fingerprint = fingerprint;
    }
    return *buffers;
  }

  void draw_map(const hgm::Frame& frame, GLuint target) {
    const PixelBox box = map_viewport_box(frame);
    if (box.empty()) return;
    const gl::SceneBuffers& scene_buffers = buffers_for(*frame.scene);
    const PixelMapping mapping = pixel_mapping(frame.transform, scene_buffers.origin());
    glEnable(GL_SCISSOR_TEST);
    glScissor(box.left, frame.height - box.bottom, box.width(), box.height());  // GL's origin is bottom-left
    fill.draw(scene_buffers, frame, mapping);
    outline.draw(scene_buffers, frame, mapping, target);
    glDisable(GL_SCISSOR_TEST);
  }
};

MapRenderer::MapRenderer(const Font& font) {
  gl::GlStateGuard guard;  // building buffers binds things; leave the context as found
  impl_ = std::make_unique<Impl>(font);
}

MapRenderer::~MapRenderer() = default;
MapRenderer::MapRenderer(MapRenderer&&) noexcept = default;
MapRenderer& MapRenderer::operator=(MapRenderer&&) noexcept = default;

void MapRenderer::draw(const hgm::Frame& frame) {
  if (frame.width <= 0 || frame.height <= 0) return;
  gl::GlStateGuard guard;
  gl::set_plain_2d_state(frame.width, frame.height);
  const hgm::Color bg = frame.background;
  glClearColor(static_cast<float>(bg.r) / 255.0f, static_cast<float>(bg.g) / 255.0f,
               static_cast<float>(bg.b) / 255.0f, static_cast<float>(bg.a) / 255.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  if (frame.scene != nullptr && !frame.scene->features.empty()) impl_->draw_map(frame, guard.draw_framebuffer());
  // Frame furniture, clipped to the frame only, in the documented order.
  impl_->rects.draw(frame);
  if (!frame.polygons.empty()) {
    impl_->plain_polygons.draw(frame);
    impl_->coverage.draw(build_polygon_coverage(frame), frame, guard.draw_framebuffer());
  }
  if (!frame.lines.empty()) impl_->coverage.draw(build_line_coverage(frame), frame, guard.draw_framebuffer());
  impl_->text.draw(frame);
}

void MapRenderer::invalidate() { ++impl_->generation; }
std::uint64_t MapRenderer::generation() const { return impl_->generation; }

}  // namespace hgm::render
