#pragma once
// A scene's geometry on the GPU, uploaded on first use and reused while the Scene object,
// its geometry and the cache's generation stay the same.
#include <cstdint>
#include <optional>

#include "core/layout/scene.h"
#include "render/gl/scene_buffers.h"

namespace hgm::render::gl {

class SceneBufferCache {
 public:
  const SceneBuffers& buffers_for(const hgm::Scene& scene);
  // Call when a Scene's shapes or meshes changed in place (same object, new geometry).
  void invalidate() { ++generation_; }
  std::uint64_t generation() const { return generation_; }

 private:
  std::uint64_t generation_ = 0;
  // What the uploaded geometry was built from.
  const hgm::Scene* cached_scene_ = nullptr;
  std::uint64_t cached_generation_ = 0;
  std::uint64_t cached_fingerprint_ = 0;
  std::optional<SceneBuffers> buffers_;
};

}  // namespace hgm::render::gl
