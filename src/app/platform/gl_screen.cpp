// The window's pixels through OpenGL (window_screen.h): the map kept in render::KeptFrame,
// drawn by OpenGL with a GPU, or on the CPU on a software OpenGL.
#include <cmath>
#include <iostream>
#include <optional>

#include "app/platform/screenshot.h"
#include "app/platform/window_screen.h"
#include "render/fill_framebuffer.h"
#include "render/gl_info.h"
#include "render/map_renderer.h"
#include "render/png/png_frame.h"

namespace hgm::app {

namespace {

class GlScreen final : public WindowScreen {
 public:
  GlScreen(AppWindow& window, const render::Font& font)
      : window_(window), font_(font), map_on_cpu_(render::draws_in_software(render::query_gl_info())) {}

  // On a software OpenGL the map is drawn by the export's CPU renderer (the export's very
  // pixels, without shaders to compile or multisampled buffers); with a GPU by OpenGL.
  bool keep_map(const Frame& frame) override {
    if (map_on_cpu_) try {
        return kept_.keep(render::draw_frame_on_cpu(frame, font_));
      } catch (const std::exception& e) {  // cairo's or the picture's memory, a thread not started
        std::cerr << "hagiang-map-app: " << e.what() << "; the map is drawn with OpenGL from now on\n";
        map_on_cpu_ = false;
      }
    return kept_.draw(renderer(), frame);
  }
  void draw_map_straight(const Frame& frame) override { renderer().draw(frame); }
  bool kept() const override { return kept_.kept(); }
  std::string map_drawing() const override {
    const int samples = kept_.kept() ? kept_.samples() : window_.samples();  // where the map was drawn
    return kept_.kept() && map_on_cpu_ ? "drawn on the CPU"
           : samples > 1              ? std::to_string(samples) + "x MSAA"
                                      : "no MSAA";
  }
  void scene_changed() override {
    if (renderer_) renderer_->invalidate();
  }
  void prepare_to_move() override { kept_.prepare_to_move(); }

  void put() override { kept_.put(); }
  void put_moved(const PixelRect& area, const render::PixelMotion& motion, Color fill) override {
    kept_.put_moved(area, motion, fill);
  }
  void fill(Color colour) override { render::fill_bound_framebuffer(colour); }
  void draw_interface(ImGuiLayer& ui) override { ui.render(); }
  // In whole pixels of the interface only: with a fractional display scale ImGui's clip
  // rectangles do not keep to the boxes.
  bool put_with_interface(const std::vector<render::PixelBox>& areas, ImGuiLayer& ui) override {
    const double ratio = window_.pixel_ratio();
    return ratio == std::round(ratio) &&
           kept_.put_with(areas, [&] { ui.render(&areas, render::RowOrder::top_down); });
  }

  void save_screenshot(const std::string& path) override { app::save_screenshot(window_.drawable_size(), path); }
  void show() override { window_.swap(); }
  void finish() override { render::wait_for_gl(); }
  void make_current() override { window_.make_current(); }

 private:
  // The OpenGL map renderer, made when first drawn with: on a software OpenGL the map is
  // drawn on the CPU, and the renderer's shaders would only cost start-up time and memory.
  render::MapRenderer& renderer() {
    if (!renderer_) renderer_.emplace(font_);
    return *renderer_;
  }

  AppWindow& window_;
  const render::Font& font_;
  std::optional<render::MapRenderer> renderer_;
  render::KeptFrame kept_;
  bool map_on_cpu_;  // the kept map is drawn on the CPU (software OpenGL), else by OpenGL
};

}  // namespace

std::unique_ptr<WindowScreen> make_gl_screen(AppWindow& window, const render::Font& font) {
  return std::make_unique<GlScreen>(window, font);
}

}  // namespace hgm::app
