#pragma once
// Dear ImGui's triangles drawn on the CPU into an SDL surface: the interface of a window
// without OpenGL (app/platform/software_screen.cpp). Drawn by OpenGL's rules (pixel
// centres, the top-left rule, colours and texture coordinates interpolated across each
// triangle, source-alpha blending), the glyph atlas sampled at the nearest texel (OpenGL
// filters it: the two agree where glyphs sit one texel a pixel, as the CPU window bakes
// them). Each pixel is the same whatever part of the frame is drawn: the window redraws
// only the boxes that changed, so a pixel drawn in a box must be the whole frame's pixel.
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
  // Draws `data` onto `target` (SDL_PIXELFORMAT_RGB888, origin top-left), only inside the
  // boxes of `only` when given. Throws hgm::EnvironmentError for another pixel format.
  void draw(const ImDrawData& data, SDL_Surface* target, const std::vector<render::PixelBox>* only) const;

  // The glyph atlas's coverage, one byte a pixel (ImGui's atlas is white glyphs).
  int atlas_width() const { return atlas_width_; }
  int atlas_height() const { return atlas_height_; }

 private:
  std::vector<std::uint8_t> atlas_alpha_;
  int atlas_width_ = 0, atlas_height_ = 0;
};

}  // namespace hgm::app
