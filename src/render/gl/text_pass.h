#pragma once
// Frame texts: each FrameText is one pixel-aligned quad showing its line of text from the
// atlas, ink over halo, drawn in order in a single draw call.
#include <cstdint>
#include <vector>

#include "core/layout/frame.h"
#include "render/frame_shapes.h"
#include "render/text/glyph_cache.h"
#include "render/gl/buffer.h"
#include "render/gl/program.h"
#include "render/gl/text_atlas.h"
#include "render/gl/uniforms.h"
#include "render/gl/vertex_array.h"

namespace hgm::render::gl {

class TextPass {
 public:
  explicit TextPass(const Font& font);
  // Draws `texts` (visible ones, as frame_walk hands them) in order.
  void draw(const Items<hgm::FrameText>& texts, const hgm::Frame& frame, const DrawTarget& target);

 private:
  struct Vertex {
    float x, y, u, v;
    std::uint8_t ink[4];
    std::uint8_t halo[4];
  };
  // Fills vertices_ for every text; false if the atlas overflowed on the way (with
  // skip_overflow, texts that do not fit are left out instead).
  bool build_quads(const Items<hgm::FrameText>& texts, bool skip_overflow);

  Program program_;
  FrameSpaceUniforms frame_size_;
  GLint atlas_;
  GlyphCache glyphs_;
  TextAtlas text_atlas_;
  VertexArray vao_;
  Buffer vertex_buffer_;
  std::vector<Vertex> vertices_;
};

}  // namespace hgm::render::gl
