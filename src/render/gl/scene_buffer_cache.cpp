#include "render/gl/scene_buffer_cache.h"

#include <algorithm>
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
    const hgm::TriangleMesh& mesh = feature.mesh.get();
    mix(mesh.vertices.size());
    mix(mesh.indices.size());
    mix(feature.shape.size());
    if (!mesh.vertices.empty()) {
      mix_double(mesh.vertices.front().x);
      mix_double(mesh.vertices.back().y);
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
  ++uses_;
  for (Entry& e : entries_)
    if (e.scene == &scene && e.generation == generation_ && e.fingerprint == fingerprint) {
      e.last_used = uses_;
      return *e.buffers;
    }
  // A new scene, or one changed: it takes its own old entry, a free one, or the least recently used.
  auto slot = std::find_if(entries_.begin(), entries_.end(), [&](const Entry& e) { return e.scene == &scene; });
  if (slot == entries_.end() && entries_.size() < kKept) slot = entries_.insert(entries_.end(), Entry{});
  if (slot == entries_.end())
    slot = std::min_element(entries_.begin(), entries_.end(),
                            [](const Entry& a, const Entry& b) { return a.last_used < b.last_used; });
  slot->buffers.reset();  // the old buffers go before the new ones are made
  slot->buffers = std::make_unique<SceneBuffers>(build_scene_geometry(scene));
  slot->scene = &scene;
  slot->generation = generation_;
  slot->fingerprint = fingerprint;
  slot->last_used = uses_;
  return *slot->buffers;
}

}  // namespace hgm::render::gl
