#pragma once
// A scene's geometry on the GPU, uploaded on first use and reused while the Scene object,
// its geometry and the cache's generation stay the same. Several scenes are kept at once
// (side-by-side maps draw two to four in one frame; each would otherwise be uploaded again
// for every frame).
#include <cstdint>
#include <memory>
#include <vector>

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
  // The frame's own map and up to four panels.
  static constexpr std::size_t kKept = 5;
  struct Entry {
    // What the uploaded geometry was built from.
    const hgm::Scene* scene = nullptr;
    std::uint64_t generation = 0;
    std::uint64_t fingerprint = 0;
    std::unique_ptr<SceneBuffers> buffers;
    std::uint64_t last_used = 0;
  };
  std::uint64_t generation_ = 0;
  std::uint64_t uses_ = 0;
  std::vector<Entry> entries_;
};

}  // namespace hgm::render::gl
