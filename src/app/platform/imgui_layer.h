#pragma once
// Dear ImGui on the window: its context, the SDL2 backend and the OpenGL3 one (or, on a
// window without OpenGL, ImGuiSoftwareRenderer), the interface
// fonts (Noto Sans with Vietnamese glyphs) and the look of the panels. Owns the ImGui
// context; everything else in the app reaches ImGui through the current context.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "app/platform/imgui_software.h"
#include "app/platform/sdl_window.h"
#include "app/ui_damage.h"
#include "render/row_order.h"

struct ImDrawData;
struct ImFont;
struct ImGuiContext;
union SDL_Event;
struct SDL_Surface;

namespace hgm::app {

struct UiFontFiles {
  std::string regular;  // font files as fontconfig resolved them (render::Font::file_path)
  int regular_face = 0;
  std::string bold;
  int bold_face = 0;
  std::string symbols;  // fallback for arrows, minus and comparison signs; empty: none
  int symbols_face = 0;
};

// Fonts the panels pick from; all cover Vietnamese.
struct UiFonts {
  ImFont* regular = nullptr;
  ImFont* bold = nullptr;
  ImFont* large = nullptr;  // bold, for the tooltip's name and figure (read from afar)
  ImFont* small = nullptr;  // hints
};

class ImGuiLayer {
 public:
  // `base_px` is the interface text size in screen coordinates before display scaling.
  ImGuiLayer(const AppWindow& window, const UiFontFiles& files, float base_px = 17.0f);
  ~ImGuiLayer();
  ImGuiLayer(const ImGuiLayer&) = delete;
  ImGuiLayer& operator=(const ImGuiLayer&) = delete;

  void process_event(const SDL_Event& event);
  void begin_frame();
  // Ends the interface's frame and returns what it draws, list by list: two frames with
  // the same print draw the same pixels, so the window need not draw the second, and two
  // that differ differ only in changed_pixels().
  UiPrint end_frame();
  // Draws the interface into the current framebuffer (over the map), ending its frame
  // first unless end_frame() did; only inside the boxes of `only` (framebuffer pixels,
  // origin top-left) when given, the same pixels there as drawn whole; upside down in
  // OpenGL's terms into a framebuffer that keeps its rows top down.
  void render(const std::vector<render::PixelBox>* only = nullptr, render::RowOrder rows = render::RowOrder::bottom_up);
  // The same on a window without OpenGL: drawn on the CPU onto `target`, the window's
  // pixels (rows top down).
  void render_onto(SDL_Surface* target, const std::vector<render::PixelBox>* only = nullptr);

  bool wants_mouse() const;     // the pointer is over a panel or dragging a widget
  bool wants_keyboard() const;  // a text field has focus
  bool popup_open() const;      // a list (combo) or menu is open: Esc closes it, nothing more
  // ImGui changes with time alone when the pointer rests on an item (the tooltip of a cut
  // tab label comes after half a second) or text is being typed (the cursor blinks).
  bool changes_with_time() const;
  // Closes every open list or menu at the next frame (Esc: ImGui closes them itself only
  // with its keyboard navigation on, which the map's keys keep off).
  void close_popups() { close_popups_ = true; }
  // Whether the arrow keys, Space and Tab work the interface (ImGui's keyboard navigation)
  // from the next frame on; off, they are the map's.
  void set_keyboard_navigation(bool on);
  const UiFonts& fonts() const { return fonts_; }
  float scale() const { return scale_; }  // interface scale, screen coordinates
  // Text larger by `factor` (the map's text-size preset), so panels and tooltips read
  // as far as the map does.
  void set_text_scale(float factor);
  float text_scale() const { return text_scale_; }

 private:
  void add_fonts(float text_factor);  // the atlas made anew, its glyphs for this text size
  ImDrawData* ended_frame();          // the frame's drawing, its frame ended unless end_frame() did

  ImGuiContext* context_ = nullptr;
  UiFontFiles files_;
  float base_px_;
  float baked_factor_ = 1.0f;  // the text size the atlas's glyphs are for
  std::unique_ptr<ImGuiSoftwareRenderer> software_;  // without OpenGL
  std::vector<unsigned short> glyph_ranges_;  // must outlive the font atlas build
  UiFonts fonts_;
  float scale_ = 1.0f;
  float bake_ = 1.0f;  // glyphs are baked this many times larger than shown
  float text_scale_ = 1.0f;
  bool ended_ = false;  // end_frame() was called since begin_frame()
  bool atlas_handed_over_ = false;  // the glyph atlas is the renderer's and its pixels here freed
  bool close_popups_ = false;
  // Where the window's own events last put the pointer (screen coordinates of the window);
  // nullopt once it left the window.
  std::optional<std::pair<float, float>> pointer_;
};

}  // namespace hgm::app
