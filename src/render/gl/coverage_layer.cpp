#include "render/gl/coverage_layer.h"

#include <cstddef>

#include "render/gl/gl_state.h"
#include "render/gl/uniforms.h"

namespace hgm::render::gl {

namespace {

const void* byte_offset(std::size_t bytes) { return reinterpret_cast<const void*>(bytes); }

// Attribute `index` of the bound VAO: per instance, from the bound GL_ARRAY_BUFFER.
void instance_attribute(GLuint index, GLint size, GLsizei stride, std::size_t offset) {
  glVertexAttribPointer(index, size, GL_FLOAT, GL_FALSE, stride, byte_offset(offset));
}

}  // namespace

CoverageLayer::CoverageLayer()
    : segments_("segment.vert", "segment_coverage.frag"),
      seg_frame_size_(segments_),
      edges_("edge_area.vert", "edge_area.frag"),
      edge_frame_size_(edges_),
      clear_("tile.vert", "coverage_clear.frag"),
      clear_frame_size_(clear_),
      composite_("tile.vert", "coverage_composite.frag"),
      comp_frame_size_(composite_),
      comp_coverage_(composite_.uniform("u_coverage")),
      comp_color_(composite_.uniform("u_color")) {
  const std::vector<float> corners = {-1, -1, -1, 1, 1, -1, 1, 1};
  corners_.upload(GL_ARRAY_BUFFER, corners, GL_STATIC_DRAW);
  // Segments and edges are instances of one quad; the per-instance pointers are set per
  // batch, at the batch's first instance.
  for (const VertexArray* vao : {&segment_vao_, &edge_vao_}) {
    vao->bind();
    glBindBuffer(GL_ARRAY_BUFFER, corners_.id());
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 2 * sizeof(float), nullptr);
    glEnableVertexAttribArray(1);
    glVertexAttribDivisor(1, 1);
    glEnableVertexAttribArray(2);
    glVertexAttribDivisor(2, 1);
  }
  rect_vao_.bind();
  glEnableVertexAttribArray(0);
  glVertexAttribDivisor(0, 1);
  glBindVertexArray(0);
}

void CoverageLayer::ensure_size(int width, int height) {
  if (width == width_ && height == height_) return;
  // Float: polygon coverage is a signed sum of edge areas.
  coverage_.allocate(GL_R32F, width, height, GL_RED, GL_FLOAT, nullptr);
  glBindFramebuffer(GL_FRAMEBUFFER, coverage_fbo_.id());
  glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, coverage_.id(), 0);
  require_complete_framebuffer(GL_FRAMEBUFFER, "frame polygon and line coverage layer");
  width_ = width;
  height_ = height;
}

void CoverageLayer::set_uniforms(const hgm::Frame& frame, const DrawTarget& target) {
  segments_.use();
  set_frame_size(seg_frame_size_, frame, target);
  edges_.use();
  set_frame_size(edge_frame_size_, frame, target);
  clear_.use();
  set_frame_size(clear_frame_size_, frame, target);
  composite_.use();
  set_frame_size(comp_frame_size_, frame, target);
  glUniform1i(comp_coverage_, 0);
}

void CoverageLayer::draw(const CoverageGeometry& geometry, const hgm::Frame& frame, DrawTarget target) {
  if (geometry.batches.empty()) return;
  ensure_size(frame.width, target.rows);  // drawn and read in the target's pixels
  segment_buffer_.upload(GL_ARRAY_BUFFER, geometry.segments, GL_STREAM_DRAW);
  edge_buffer_.upload(GL_ARRAY_BUFFER, geometry.edges, GL_STREAM_DRAW);
  rect_buffer_.upload(GL_ARRAY_BUFFER, geometry.rects, GL_STREAM_DRAW);
  set_uniforms(frame, target);
  glActiveTexture(GL_TEXTURE0);

  for (const CoverageBatch& batch : geometry.batches) {
    if (batch.rect_count == 0) continue;
    const auto rects = static_cast<GLsizei>(batch.rect_count);
    rect_vao_.bind();
    glBindBuffer(GL_ARRAY_BUFFER, rect_buffer_.id());
    instance_attribute(0, 4, sizeof(TileRect), batch.first_rect * sizeof(TileRect));

    // 1. Clear the batch's tiles of the layer: one instanced draw for all its rectangles.
    glBindFramebuffer(GL_FRAMEBUFFER, coverage_fbo_.id());
    glDisable(GL_BLEND);
    clear_.use();
    glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, rects);

    // 2. Line segments merge by maximum; polygon edge areas add up.
    glEnable(GL_BLEND);
    glBlendFunc(GL_ONE, GL_ONE);
    if (batch.segment_count > 0) {
      glBlendEquation(GL_MAX);
      segments_.use();
      segment_vao_.bind();
      glBindBuffer(GL_ARRAY_BUFFER, segment_buffer_.id());
      const std::size_t first = batch.first_segment * sizeof(CoverageSegment);
      instance_attribute(1, 4, sizeof(CoverageSegment), first);
      instance_attribute(2, 2, sizeof(CoverageSegment), first + offsetof(CoverageSegment, half_width));
      glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, static_cast<GLsizei>(batch.segment_count));
    }
    if (batch.edge_count > 0) {
      glBlendEquation(GL_FUNC_ADD);
      edges_.use();
      edge_vao_.bind();
      glBindBuffer(GL_ARRAY_BUFFER, edge_buffer_.id());
      const std::size_t first = batch.first_edge * sizeof(CoverageEdge);
      instance_attribute(1, 4, sizeof(CoverageEdge), first);
      instance_attribute(2, 1, sizeof(CoverageEdge), first + offsetof(CoverageEdge, left));
      glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, static_cast<GLsizei>(batch.edge_count));
    }
    glBlendEquation(GL_FUNC_ADD);

    // 3. Lay the tiles over the target in the batch colour.
    glBindFramebuffer(GL_FRAMEBUFFER, target.framebuffer);
    set_straight_alpha_blend();  // edge pixels are partly covered
    composite_.use();
    set_color(comp_color_, batch.color);
    glBindTexture(GL_TEXTURE_2D, coverage_.id());
    rect_vao_.bind();
    glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, rects);
  }
  glDisable(GL_BLEND);
  glBindFramebuffer(GL_FRAMEBUFFER, target.framebuffer);
}

}  // namespace hgm::render::gl
