#pragma once
// Map feature fills, each in its AreaStyle. Opaque fills are drawn without blending so
// the pixels inside a district are exactly its #rrggbb.
#include "core/layout/frame.h"
#include "render/gl/program.h"
#include "render/gl/scene_buffers.h"
#include "render/gl/uniforms.h"

namespace hgm::render::gl {

class FillPass {
 public:
  FillPass();
  // `buffers` hold `scene`'s geometry; the caller has set the scissor to the map viewport.
  void draw(const SceneBuffers& buffers, const hgm::Scene& scene, const hgm::Frame& frame,
            const PixelMapping& mapping,
            const DrawTarget& target) const;

 private:
  Program program_;
  FrameSpaceUniforms frame_size_;
  GLint mapping_;
  AreaStyleUniforms style_;
};

}  // namespace hgm::render::gl
