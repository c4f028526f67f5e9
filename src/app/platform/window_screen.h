#pragma once
// The window's pixels: the map kept between frames, put back each frame with the
// interface drawn over it, then shown. Through OpenGL (its map drawn by OpenGL, or on the
// CPU on a software OpenGL, and kept in render::KeptFrame), or without OpenGL on the CPU
// (software_screen.cpp): a kept map picture copied onto the window's own pixels and the
// interface's triangles drawn over it by ImGuiSoftwareRenderer.
#include <memory>
#include <string>
#include <vector>

#include "app/platform/imgui_layer.h"
#include "app/platform/sdl_window.h"
#include "core/layout/frame.h"
#include "core/thematic/color.h"
#include "render/frame_shapes.h"
#include "render/kept_frame.h"
#include "render/text/font.h"

namespace hgm::app {

class WindowScreen {
 public:
  virtual ~WindowScreen() = default;

  // Draws `frame`'s map and keeps it. False when no picture that large is kept here: the
  // map is then drawn straight onto the window (draw_map_straight).
  virtual bool keep_map(const Frame& frame) = 0;
  virtual void draw_map_straight(const Frame& frame) = 0;
  virtual bool kept() const = 0;
  // How the kept map was drawn, for the first frame's report ("drawn on the CPU", "4x MSAA").
  virtual std::string map_drawing() const = 0;
  // A scene changed in place: geometry uploaded to OpenGL is uploaded again.
  virtual void scene_changed() = 0;
  // Makes ready what the first moved frame needs (render::KeptFrame::prepare_to_move).
  virtual void prepare_to_move() = 0;

  // The kept map onto the window (nothing when none is kept).
  virtual void put() = 0;
  // The kept map with the pixels inside `area` moved by `motion` and clipped to it; what
  // the move uncovers inside `area` is `fill`.
  virtual void put_moved(const PixelRect& area, const render::PixelMotion& motion, Color fill) = 0;
  // The whole window in `colour`.
  virtual void fill(Color colour) = 0;
  // The whole interface over what is on the window.
  virtual void draw_interface(ImGuiLayer& ui) = 0;
  // The kept map with the interface over it where only the pixels inside `areas` are made
  // again; the rest is as the last frame left it. False, doing nothing, when that cannot
  // be done here (nothing kept; through OpenGL also a fractional display scale, or no
  // memory for the picture): the caller draws the whole frame then.
  virtual bool put_with_interface(const std::vector<render::PixelBox>& areas, ImGuiLayer& ui) = 0;

  // Writes the window's pixels as drawn (before show()) as an opaque PNG.
  virtual void save_screenshot(const std::string& path) = 0;
  // Shows what was drawn since the last show().
  virtual void show() = 0;
  // Returns once the drawing asked for is done (OpenGL runs behind the calls).
  virtual void finish() = 0;
  // After another thread made its own OpenGL context current.
  virtual void make_current() = 0;
};

// The screen for `window`: through OpenGL when it has a context, else on the CPU.
std::unique_ptr<WindowScreen> make_window_screen(AppWindow& window, const render::Font& font);
// The two kinds (gl_screen.cpp, software_screen.cpp).
std::unique_ptr<WindowScreen> make_gl_screen(AppWindow& window, const render::Font& font);
std::unique_ptr<WindowScreen> make_software_screen(AppWindow& window, const render::Font& font);

}  // namespace hgm::app
