#include "render/gl/text_pass.h"

#include <cmath>
#include <cstddef>
#include <string>

#include "render/frame_shapes.h"
#include "render/gl/uniforms.h"
#include "render/text/text_raster.h"

namespace hgm::render::gl {

namespace {

std::string atlas_key(const std::string& utf8, double size_px, double halo_px, int step) {
  std::string key = utf8;
  key += '\x1f';
  key += std::to_string(std::lround(size_px * 64.0));
  key += '/';
  key += std::to_string(std::lround(halo_px * 64.0));
  key += '/';
  key += std::to_string(step);
  return key;
}

}  // namespace

TextPass::TextPass(const Font& font)
    : program_("text.vert", "text.frag"),
      frame_size_(program_),
      atlas_(program_.uniform("u_atlas")),
      glyphs_(font) {
  vao_.bind();
  glBindBuffer(GL_ARRAY_BUFFER, vertex_buffer_.id());
  const auto stride = static_cast<GLsizei>(sizeof(Vertex));
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<const void*>(offsetof(Vertex, x)));
  glEnableVertexAttribArray(1);
  glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<const void*>(offsetof(Vertex, u)));
  glEnableVertexAttribArray(2);
  glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, reinterpret_cast<const void*>(offsetof(Vertex, ink)));
  glEnableVertexAttribArray(3);
  glVertexAttribPointer(3, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, reinterpret_cast<const void*>(offsetof(Vertex, halo)));
  glBindVertexArray(0);
}

bool TextPass::build_quads(const Items<hgm::FrameText>& texts, bool skip_overflow) {
  vertices_.clear();
  for (const hgm::FrameText* drawn : texts) {
    const hgm::FrameText& text = *drawn;
    const double halo_px = text_halo_px(text);
    const PenColumn pen = split_pen_x(text.x);
    const auto baseline = static_cast<int>(std::lround(text.y));
    const std::string key = atlas_key(text.utf8, text.size_px, halo_px, pen.step);
    TextAtlas::Entry entry;
    if (const TextAtlas::Entry* found = text_atlas_.find(key)) {
      entry = *found;
    } else {
      const TextBitmap bitmap = rasterize_text(glyphs_, text.utf8, text.size_px, halo_px, pen.step);
      const auto added = text_atlas_.add(key, bitmap);
      if (!added) {
        if (skip_overflow) continue;
        return false;
      }
      entry = *added;
    }
    if (entry.width == 0 || entry.height == 0) continue;
    const auto x0 = static_cast<float>(pen.column + entry.left);
    const auto y0 = static_cast<float>(baseline - entry.top);
    const auto x1 = x0 + static_cast<float>(entry.width);
    const auto y1 = y0 + static_cast<float>(entry.height);
    const auto u0 = static_cast<float>(entry.x), v0 = static_cast<float>(entry.y);
    const auto u1 = u0 + static_cast<float>(entry.width), v1 = v0 + static_cast<float>(entry.height);
    const hgm::Color ink = text.color;
    const hgm::Color halo = halo_px > 0 ? text.halo : hgm::Color{0, 0, 0, 0};
    auto vertex = [&](float x, float y, float u, float v) {
      return Vertex{x, y, u, v, {ink.r, ink.g, ink.b, ink.a}, {halo.r, halo.g, halo.b, halo.a}};
    };
    vertices_.insert(vertices_.end(), {vertex(x0, y0, u0, v0), vertex(x1, y0, u1, v0), vertex(x0, y1, u0, v1),
                                       vertex(x1, y0, u1, v0), vertex(x1, y1, u1, v1), vertex(x0, y1, u0, v1)});
  }
  return true;
}

void TextPass::draw(const Items<hgm::FrameText>& texts, const hgm::Frame& frame, const DrawTarget& target) {
  glyphs_.trim();
  if (!build_quads(texts, false)) {
    // The atlas is full of texts from earlier frames: start it afresh with this frame's
    // (leaving out any text too big for the largest texture the driver allows).
    text_atlas_.clear();
    build_quads(texts, true);
  }
  if (vertices_.empty()) return;
  text_atlas_.sync_and_bind();
  vertex_buffer_.upload(GL_ARRAY_BUFFER, vertices_, GL_STREAM_DRAW);
  program_.use();
  set_frame_size(frame_size_, frame, target);
  glUniform1i(atlas_, 0);
  vao_.bind();
  glEnable(GL_BLEND);
  glBlendFunc(GL_ONE, GL_ONE_MINUS_SRC_ALPHA);  // the shader outputs premultiplied colour
  glDrawArrays(GL_TRIANGLES, 0, static_cast<GLsizei>(vertices_.size()));
  glDisable(GL_BLEND);
}

}  // namespace hgm::render::gl
