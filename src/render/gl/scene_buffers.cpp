#include "render/gl/scene_buffers.h"

namespace hgm::render::gl {

SceneBuffers::SceneBuffers(const SceneGeometry& geometry)
    : origin_(geometry.origin),
      features_(geometry.features),
      segment_count_(static_cast<GLsizei>(geometry.segment_count())) {
  fill_vao_.bind();
  fill_vertices_.upload(GL_ARRAY_BUFFER, geometry.fill_vertices, GL_STATIC_DRAW);
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 2 * sizeof(float), nullptr);
  fill_indices_.upload(GL_ELEMENT_ARRAY_BUFFER, geometry.fill_indices, GL_STATIC_DRAW);

  // Outline segments are instances of one quad (a triangle strip of four corners).
  outline_vao_.bind();
  const std::vector<float> corners = {-1, -1, -1, 1, 1, -1, 1, 1};
  corners_.upload(GL_ARRAY_BUFFER, corners, GL_STATIC_DRAW);
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 2 * sizeof(float), nullptr);
  segments_.upload(GL_ARRAY_BUFFER, geometry.segments, GL_STATIC_DRAW);
  glEnableVertexAttribArray(1);
  glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, 4 * sizeof(float), nullptr);
  glVertexAttribDivisor(1, 1);
  glEnableVertexAttribArray(2);
  glVertexAttribPointer(2, 2, GL_FLOAT, GL_FALSE, 4 * sizeof(float), reinterpret_cast<const void*>(2 * sizeof(float)));
  glVertexAttribDivisor(2, 1);
  glBindVertexArray(0);
}

}  // namespace hgm::render::gl
