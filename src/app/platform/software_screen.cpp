// The window's pixels without OpenGL (window_screen.h): the map drawn on the CPU by the
// export's renderer and kept as a picture; each frame copies the parts that changed onto
// the window's own pixels (SDL's window surface, shared memory with the X server), draws
// the interface over them (ImGuiSoftwareRenderer) and shows only those parts.
// No OpenGL driver is loaded: on a PC without a GPU that driver is Mesa's llvmpipe, whose
// LLVM alone is some 60 MiB of the process, to copy pictures the CPU copies as well.
#include <SDL.h>

#include <algorithm>
#include <cmath>

#include "app/platform/window_screen.h"
#include "render/image.h"
#include "render/moved_copy.h"
#include "render/png/png_frame.h"
#include "render/png/png_io.h"

namespace hgm::app {

namespace {

SDL_Rect rect_of(const render::PixelBox& b) { return {b.left, b.top, b.width(), b.height()}; }

render::XrgbPixels pixels_of(const SDL_Surface& s) { return {static_cast<std::uint8_t*>(s.pixels), s.w, s.h, s.pitch}; }

class SoftwareScreen final : public WindowScreen {
 public:
  SoftwareScreen(AppWindow& window, const render::Font& font) : window_(window), font_(font) {}
  ~SoftwareScreen() override { forget_map(); }

  // The picture is kept in the window's own pixel format, so that putting it back (every
  // frame the map moves, or part of it when the interface changed) is a plain copy.
  bool keep_map(const Frame& frame) override {
    forget_map();
    render::Image picture = render::draw_frame_on_cpu(frame, font_);
    SDL_Surface* drawn = SDL_CreateRGBSurfaceWithFormatFrom(picture.rgba.data(), picture.width, picture.height, 32,
                                                           picture.width * 4, SDL_PIXELFORMAT_RGBA32);
    if (drawn == nullptr) throw_sdl_failure("SDL cannot hold the map's picture");
    map_ = SDL_ConvertSurfaceFormat(drawn, surface()->format->format, 0);
    SDL_FreeSurface(drawn);
    if (map_ == nullptr) throw_sdl_failure("SDL cannot hold the map's picture");
    SDL_SetSurfaceBlendMode(map_, SDL_BLENDMODE_NONE);  // opaque: copied, not blended
    return true;
  }
  // keep_map() keeps any map the CPU can draw.
  void draw_map_straight(const Frame& frame) override { keep_map(frame); }
  bool kept() const override { return map_ != nullptr; }
  std::string map_drawing() const override { return "drawn on the CPU, without OpenGL"; }
  void scene_changed() override {}
  void prepare_to_move() override {}

  void put() override {
    SDL_Surface* s = surface();
    if (map_ != nullptr) SDL_BlitSurface(map_, nullptr, s, nullptr);
    whole_ = true;
  }
  void put_moved(const PixelRect& area, const render::PixelMotion& motion, Color fill) override {
    put();
    SDL_Surface* s = surface();
    const int x0 = std::clamp(static_cast<int>(std::floor(area.x)), 0, s->w);
    const int y0 = std::clamp(static_cast<int>(std::floor(area.y)), 0, s->h);
    const int x1 = std::clamp(static_cast<int>(std::ceil(area.x + area.w)), 0, s->w);
    const int y1 = std::clamp(static_cast<int>(std::ceil(area.y + area.h)), 0, s->h);
    if (map_ == nullptr || x1 <= x0 || y1 <= y0) return;
    const SDL_Rect clip{x0, y0, x1 - x0, y1 - y0};
    SDL_FillRect(s, &clip, SDL_MapRGB(s->format, fill.r, fill.g, fill.b));
    SDL_SetClipRect(s, &clip);
    const auto moved = [&](double v, double shift) { return static_cast<int>(std::lround(v * motion.scale + shift)); };
    SDL_Rect from = clip;
    SDL_Rect to{moved(x0, motion.shift.x), moved(y0, motion.shift.y), 0, 0};
    to.w = moved(x1, motion.shift.x) - to.x;
    to.h = moved(y1, motion.shift.y) - to.y;
    if (std::abs(motion.scale - 1) < 1e-9) {
      SDL_BlitSurface(map_, &from, s, &to);  // a drag: a copy
    } else if (s->format->format == SDL_PIXELFORMAT_RGB888 || s->format->format == SDL_PIXELFORMAT_ARGB8888) {
      // The wheel: filtered, as OpenGL's blit is (SDL's scaled blit takes the nearest pixel).
      render::copy_moved(pixels_of(*map_), pixels_of(*s), {x0, y0, x1, y1}, motion);
    } else {
      SDL_BlitScaled(map_, &from, s, &to);
    }
    SDL_SetClipRect(s, nullptr);
  }
  void fill(Color colour) override {
    SDL_Surface* s = surface();
    SDL_FillRect(s, nullptr, SDL_MapRGB(s->format, colour.r, colour.g, colour.b));
    whole_ = true;
  }
  void draw_interface(ImGuiLayer& ui) override {
    ui.render_onto(surface());
    whole_ = true;
  }
  bool put_with_interface(const std::vector<render::PixelBox>& areas, ImGuiLayer& ui) override {
    if (map_ == nullptr) return false;
    SDL_Surface* s = surface();
    const render::PixelBox all{0, 0, std::min(s->w, map_->w), std::min(s->h, map_->h)};
    for (const render::PixelBox& area : areas) {
      const render::PixelBox in = render::intersection(area, all);
      if (in.empty()) continue;
      SDL_Rect from = rect_of(in), to = from;
      SDL_BlitSurface(map_, &from, s, &to);
      changed_.push_back(from);
    }
    ui.render_onto(s, &areas);
    return true;
  }

  void save_screenshot(const std::string& path) override {
    SDL_Surface* s = surface();
    render::Image image(s->w, s->h);
    if (SDL_ConvertPixels(s->w, s->h, s->format->format, s->pixels, s->pitch, SDL_PIXELFORMAT_RGBA32,
                          image.rgba.data(), s->w * 4) != 0)
      throw_sdl_failure("SDL cannot read the window's pixels");
    for (std::size_t i = 3; i < image.rgba.size(); i += 4) image.rgba[i] = 255;  // a window is shown opaque
    render::write_png(path, image);
  }
  void show() override {
    if (whole_ || changed_.empty()) SDL_UpdateWindowSurface(window_.handle());
    else SDL_UpdateWindowSurfaceRects(window_.handle(), changed_.data(), static_cast<int>(changed_.size()));
    whole_ = false;
    changed_.clear();
  }
  void finish() override {}
  void make_current() override {}

 private:
  // The window's pixels: made anew by SDL when the window's size changed.
  SDL_Surface* surface() {
    SDL_Surface* s = SDL_GetWindowSurface(window_.handle());
    if (s == nullptr) throw_sdl_failure("SDL gives no pixels for the window");
    return s;
  }
  void forget_map() {
    if (map_ != nullptr) SDL_FreeSurface(map_);
    map_ = nullptr;
  }

  AppWindow& window_;
  const render::Font& font_;
  SDL_Surface* map_ = nullptr;  // the kept map, in the window's pixel format
  std::vector<SDL_Rect> changed_;  // the parts of the window drawn since the last show()
  bool whole_ = false;             // all of it was
};

}  // namespace

std::unique_ptr<WindowScreen> make_software_screen(AppWindow& window, const render::Font& font) {
  return std::make_unique<SoftwareScreen>(window, font);
}

}  // namespace hgm::app
