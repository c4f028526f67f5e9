#pragma once
// Dear ImGui's triangles drawn on the CPU into an SDL surface: the interface of a window
// without OpenGL (app/platform/software_screen.cpp). Drawn as OpenGL draws them (pixel
// centres, the top-left rule, colours and texture coordinates interpolated across each
// triangle, the glyph atlas sampled at the nearest texel, blended by source alpha), and
// each pixel the same whatever part of the window is drawn: the window redraws only the
// boxes that changed, so a pixel drawn in a box must be the pixel of the whole frame.
// SDL's own software renderer is not that: its triangles turned rectangles are scaled
// blits whose clipping moves their edges by a pixel, which left seams on the screen.
#include <cstdint>
#include <vector>

#include "render/frame_shapes.h"

struct ImDrawData;
struct SDL_Surface;

namespace hgm::app {

class ImGuiSoftwareRenderer {
 public:
  // Takes the glyph atlas's coverage from the current ImGui context (building it) and
  // names it as the atlas's texture; the context may then free its own pixels. Again
  // after the atlas was made anew.
  void take_font_atlas();
  // Draws `data` onto `target` (32-bit pixels, origin top-left), only inside the boxes of
  // `only` when given. Throws hgm::EnvironmentError for a target of another depth.
  void draw(const ImDrawData& data, SDL_Surface* target, const std::vector<render::PixelBox>* only) const;

  // The glyph atlas's coverage, one byte a pixel (ImGui's atlas is white glyphs).
  int atlas_width() const { return atlas_width_; }
  int atlas_height() const { return atlas_height_; }

 private:
  std::vector<std::uint8_t> atlas_alpha_;
  int atlas_width_ = 0, atlas_height_ = 0;
};

}  // namespace hgm::app
