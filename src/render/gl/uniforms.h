#pragma once
// Small helpers for setting uniforms from core types.
#include "core/thematic/color.h"
#include "core/layout/frame.h"
#include "render/frame_shapes.h"
#include "render/gl/framebuffer.h"
#include "render/gl/program.h"
#include "render/scene_geometry.h"

namespace hgm::render::gl {

inline void set_color(GLint location, hgm::Color c) {
  glUniform4f(location, static_cast<float>(c.r) / 255.0f, static_cast<float>(c.g) / 255.0f,
              static_cast<float>(c.b) / 255.0f, static_cast<float>(c.a) / 255.0f);
}

inline void set_mapping(GLint location, const PixelMapping& m) {
  glUniform4f(location, static_cast<float>(m.scale_x), static_cast<float>(m.scale_y), static_cast<float>(m.offset_x),
              static_cast<float>(m.offset_y));
}

// The uniforms of frame_space.glsl and frag_space.glsl. A band of a frame is drawn with
// the viewport lowered by the frame rows below the band (set_plain_2d_state), so that is
// where the band's offset is read from: fragment shaders then see frame pixels either way.
class FrameSpaceUniforms {
 public:
  explicit FrameSpaceUniforms(const Program& program)
      : size_(program.uniform("u_frame_size")),
        band_bottom_(glGetUniformLocation(program.id(), "u_band_bottom")),  // -1 (ignored) if unused
        rows_top_first_(glGetUniformLocation(program.id(), "u_rows_top_first")) {}

  void set(const hgm::Frame& frame, const DrawTarget& target) const {
    glUniform2f(size_, static_cast<float>(frame.width), static_cast<float>(frame.height));
    GLint viewport[4] = {};
    glGetIntegerv(GL_VIEWPORT, viewport);
    glUniform1f(band_bottom_, static_cast<float>(-viewport[1]));
    glUniform1i(rows_top_first_, target.rows_top_first ? 1 : 0);
  }

 private:
  GLint size_, band_bottom_, rows_top_first_;
};

inline void set_frame_size(const FrameSpaceUniforms& uniforms, const hgm::Frame& frame, const DrawTarget& target) {
  uniforms.set(frame, target);
}

// The uniforms of shaders/pattern.glsl.
class AreaStyleUniforms {
 public:
  explicit AreaStyleUniforms(const Program& program)
      : fill_(program.uniform("u_fill")),
        pattern_color_(program.uniform("u_pattern_color")),
        pattern_(program.uniform("u_pattern")),
        spacing_(program.uniform("u_pattern_spacing")),
        line_(program.uniform("u_pattern_line")),
        origin_(program.uniform("u_pattern_origin")) {}

  // `origin`: a frame pixel that pattern lines pass through (see render::pattern_anchor).
  void set(const hgm::AreaStyle& style, const hgm::Frame& frame, hgm::Vec2 origin = {}) const {
    set_color(fill_, style.fill);
    set_color(pattern_color_, style.pattern_color);
    glUniform1i(pattern_, style.pattern == hgm::FillPattern::solid ? 0 : style.pattern == hgm::FillPattern::hatch ? 1 : 2);
    const PatternLines lines = pattern_lines(frame);
    glUniform1f(spacing_, static_cast<float>(lines.spacing));
    glUniform1f(line_, static_cast<float>(lines.width));
    glUniform2f(origin_, static_cast<float>(origin.x), static_cast<float>(origin.y));
  }

 private:
  GLint fill_, pattern_color_, pattern_, spacing_, line_, origin_;
};

}  // namespace hgm::render::gl
