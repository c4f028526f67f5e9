// The window's pixels without OpenGL (window_screen.h): the map drawn on the CPU by the
// export's renderer and kept as a picture; each frame copies the parts that changed onto
// the window's own pixels (SDL's window surface, shared memory with the X server), draws
// the interface over them (ImGuiSoftwareRenderer) and shows only those parts.
// No OpenGL driver is loaded: on a PC without a GPU that driver is Mesa's llvmpipe, whose
// LLVM alone is some 60 MiB of the process, to copy pictures the CPU copies as well.
#include <SDL.h>

#include <algorithm>
#include <cmath>
#include <iostream>

#include "app/platform/window_screen.h"
#include "render/image.h"
#include "render/moved_copy.h"
#include "render/png/png_frame.h"
#include "render/png/png_io.h"

namespace hgm::app {

namespace {

SDL_Rect rect_of(const render::PixelBox& b) { return {b.left, b.top, b.width(), b.height()}; }

render::XrgbPixels pixels_of(const SDL_Surface& s) { return {static_cast<std::uint8_t*>(s.pixels), s.w, s.h, s.pitch}; }

struct SurfaceFree {
  void operator()(SDL_Surface* s) const { SDL_FreeSurface(s); }
};
using Surface = std::unique_ptr<SDL_Surface, SurfaceFree>;

// The pixel format everything here draws in: 32 bits, red, green and blue a byte each
// (cairo's RGB24), as X gives a window on a 24-bit display.
constexpr Uint32 kCanvasFormat = SDL_PIXELFORMAT_RGB888;

class SoftwareScreen final : public WindowScreen {
 public:
  SoftwareScreen(AppWindow& window, const render::Font& font) : window_(window), font_(font) {}

  // The picture is kept in the canvas's pixel format, so that putting it back (every frame
  // the map moves, or part of it when the interface changed) is a plain copy. Drawn into a
  // new picture first: a map that cannot be drawn (memory) leaves none kept and says why.
  bool keep_map(const Frame& frame) override {
    map_.reset();
    try {
      render::Image picture = render::draw_frame_on_cpu(frame, font_);
      const Surface drawn(SDL_CreateRGBSurfaceWithFormatFrom(picture.rgba.data(), picture.width, picture.height, 32,
                                                             picture.width * 4, SDL_PIXELFORMAT_RGBA32));
      if (drawn) map_.reset(SDL_ConvertSurfaceFormat(drawn.get(), kCanvasFormat, 0));
      if (!map_) throw_sdl_failure("SDL cannot hold the map's picture");
    } catch (const std::exception& e) {  // cairo's or the picture's memory, a thread not started
      std::cerr << "hagiang-map-app: the map could not be drawn: " << e.what() << "\n";
      return false;
    }
    SDL_SetSurfaceBlendMode(map_.get(), SDL_BLENDMODE_NONE);  // opaque: copied, not blended
    return true;
  }
  // Only when keep_map() could not draw the map: its background, the interface over it.
  void draw_map_straight(const Frame& frame) override { fill(frame.background); }
  bool kept() const override { return map_ != nullptr; }
  std::string map_drawing() const override { return "drawn on the CPU, without OpenGL"; }
  void scene_changed() override {}
  void prepare_to_move() override {}

  void put() override {
    if (map_) SDL_BlitSurface(map_.get(), nullptr, canvas(), nullptr);
    whole_ = true;
  }
  // As OpenGL's KeptFrame::put_moved: only the area's own pixels move, a drag by whole
  // pixels, the wheel's scaling filtered.
  void put_moved(const PixelRect& area, const render::PixelMotion& motion, Color fill) override {
    put();
    SDL_Surface* s = canvas();
    const render::PixelBox box = render::intersection(
        render::pixels_covering(area.x, area.y, area.x + area.w, area.y + area.h), {0, 0, s->w, s->h});
    if (!map_ || box.empty()) return;
    const SDL_Rect clip = rect_of(box);
    SDL_FillRect(s, &clip, SDL_MapRGB(s->format, fill.r, fill.g, fill.b));
    if (std::abs(motion.scale - 1) < 1e-9) {
      const int dx = static_cast<int>(std::lround(motion.shift.x)), dy = static_cast<int>(std::lround(motion.shift.y));
      SDL_SetClipRect(s, &clip);
      SDL_Rect from = clip, to{box.left + dx, box.top + dy, clip.w, clip.h};
      SDL_BlitSurface(map_.get(), &from, s, &to);
      SDL_SetClipRect(s, nullptr);
    } else {
      render::copy_moved(pixels_of(*map_), pixels_of(*s), box, motion);
    }
  }
  void fill(Color colour) override {
    SDL_Surface* s = canvas();
    SDL_FillRect(s, nullptr, SDL_MapRGB(s->format, colour.r, colour.g, colour.b));
    whole_ = true;
  }
  void draw_interface(ImGuiLayer& ui) override {
    ui.render_onto(canvas());
    whole_ = true;
  }
  bool put_with_interface(const std::vector<render::PixelBox>& areas, ImGuiLayer& ui) override {
    if (!map_) return false;
    SDL_Surface* s = canvas();
    const render::PixelBox all{0, 0, s->w, s->h};
    for (const render::PixelBox& area : areas) {
      const render::PixelBox in = render::intersection(area, all);
      if (in.empty()) continue;
      SDL_Rect from = rect_of(in), to = from;
      SDL_BlitSurface(map_.get(), &from, s, &to);
      changed_.push_back(from);
    }
    ui.render_onto(s, &areas);
    return true;
  }

  void save_screenshot(const std::string& path) override {
    SDL_Surface* s = canvas();
    render::Image image(s->w, s->h);
    if (SDL_ConvertPixels(s->w, s->h, s->format->format, s->pixels, s->pitch, SDL_PIXELFORMAT_RGBA32,
                          image.rgba.data(), s->w * 4) != 0)
      throw_sdl_failure("SDL cannot read the window's pixels");
    for (std::size_t i = 3; i < image.rgba.size(); i += 4) image.rgba[i] = 255;  // a window is shown opaque
    render::write_png(path, image);
  }
  void show() override {
    if (whole_ || changed_.empty()) changed_ = {SDL_Rect{0, 0, canvas()->w, canvas()->h}};
    if (shadow_) {
      SDL_Surface* window = window_surface();
      for (SDL_Rect r : changed_) {
        SDL_Rect to = r;
        SDL_BlitSurface(shadow_.get(), &r, window, &to);
      }
    }
    SDL_UpdateWindowSurfaceRects(window_.handle(), changed_.data(), static_cast<int>(changed_.size()));
    whole_ = false;
    changed_.clear();
  }
  void finish() override {}
  void make_current() override {}

 private:
  // The window's pixels: made anew by SDL when the window's size changed.
  SDL_Surface* window_surface() {
    SDL_Surface* s = SDL_GetWindowSurface(window_.handle());
    if (s == nullptr) throw_sdl_failure("SDL gives no pixels for the window");
    return s;
  }
  // Where a frame is drawn: the window's pixels when they are in kCanvasFormat, else (a
  // 16- or 30-bit display) a picture of the window's size in it, copied over by show().
  SDL_Surface* canvas() {
    SDL_Surface* window = window_surface();
    if (window->format->format == kCanvasFormat) {
      shadow_.reset();
      return window;
    }
    if (!shadow_ || shadow_->w != window->w || shadow_->h != window->h) {
      shadow_.reset(SDL_CreateRGBSurfaceWithFormat(0, window->w, window->h, 32, kCanvasFormat));
      if (!shadow_) throw_sdl_failure("SDL cannot hold the window's picture");
      SDL_SetSurfaceBlendMode(shadow_.get(), SDL_BLENDMODE_NONE);
    }
    return shadow_.get();
  }

  AppWindow& window_;
  const render::Font& font_;
  Surface map_;     // the kept map, in kCanvasFormat
  Surface shadow_;  // the window's picture when its own pixels are in another format
  std::vector<SDL_Rect> changed_;  // the parts of the window drawn since the last show()
  bool whole_ = false;             // all of it was
};

}  // namespace

std::unique_ptr<WindowScreen> make_software_screen(AppWindow& window, const render::Font& font) {
  return std::make_unique<SoftwareScreen>(window, font);
}

}  // namespace hgm::app
