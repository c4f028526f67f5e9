#pragma once
// A Scene's geometry on the GPU: fill meshes and outline segments, uploaded once.
#include <cstdint>
#include <vector>

#include "render/gl/buffer.h"
#include "render/gl/vertex_array.h"
#include "render/scene_geometry.h"

namespace hgm::render::gl {

class SceneBuffers {
 public:
  explicit SceneBuffers(const SceneGeometry& geometry);

  hgm::Vec2 origin() const { return origin_; }
  const std::vector<SceneGeometry::FeatureRange>& features() const { return features_; }
  GLsizei segment_count() const { return segment_count_; }
  void bind_fills() const { fill_vao_.bind(); }      // attribute 0: position; indices bound
  void bind_outlines() const { outline_vao_.bind(); }  // 0: corner; 1, 2: segment ends (per instance)

 private:
  hgm::Vec2 origin_;
  std::vector<SceneGeometry::FeatureRange> features_;
  GLsizei segment_count_ = 0;
  VertexArray fill_vao_;
  Buffer fill_vertices_;
  Buffer fill_indices_;
  VertexArray outline_vao_;
  Buffer corners_;
  Buffer segments_;
};

}  // namespace hgm::render::gl
