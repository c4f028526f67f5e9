#include "render/gl/scene_buffer_cache.h"

#include <cstring>

#include "render/scene_geometry.h"

namespace hgm::render::gl {

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

const SceneBuffers& SceneBufferCache::buffers_for(const hgm::Scene& scene) {
  const std::uint64_t fingerprint = geometry_fingerprint(scene);
  if (!buffers_ || cached_scene_ != &scene || cached_generation_ != generation_ || cached_fingerprint_ != fingerprint) {
    buffers_.reset();
    buffers_.emplace(build_scene_geometry(scene));
    cached_scene_ = &scene;
    cached_generation_ = generation_;
    cached_fingerprint_ = fingerprint;
  }
  return *buffers_;
}

}  // namespace hgm::render::gl
