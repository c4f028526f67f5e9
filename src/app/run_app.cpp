#include "app/run_app.h"

#include <future>
#include <iostream>
#include <optional>

#include "app/app_options.h"
#include "app/app_text.h"
#include "app/platform/imgui_layer.h"
#include "app/map_state.h"
#include "app/no_display_export.h"
#include "app/platform/sdl_window.h"
#include "app/table_loading.h"
#include "app/window_loop.h"
#include "core/errors.h"
#include "core/text/i18n.h"
#include "io/map_inputs.h"
#include "io/spec_file.h"
#include "app/present/slides.h"
#include "app/story/story_document.h"
#include "render/text/font.h"
#include "render/kept_frame.h"

namespace hgm::app {

namespace {

// The window and its GL context, or why there is none.
struct Display {
  std::optional<SdlVideo> video;
  std::optional<AppWindow> window;  // declared after `video`: destroyed before SDL_Quit
  std::string failure;
};

void start_video(Display& d) {
  try {
    d.video.emplace();
  } catch (const NoDisplayError& e) {
    d.failure = e.what();
  }
}

void open_window(Display& d, const AppOptions& o) {
  if (!d.video) return;
  using Renderer = AppOptions::Renderer;
  WindowOptions w{ui_text(o.spec.lang, UiText::window_title), o.width, o.height};
  w.fit_to_display = !o.size_given;
  // The map is multisampled in the window's kept picture (render/kept_frame.h), so the
  // window itself is not: copying the picture and drawing the interface stay cheap. A
  // window too large to keep a picture for draws the map straight onto itself.
  if (render::keeps_frame_at(w.width, w.height)) w.samples = 0;
  w.opengl = o.renderer == Renderer::opengl || (o.renderer == Renderer::automatic && has_graphics_device());
  try {
    d.window.emplace(w);
    return;
  } catch (const NoDisplayError& e) {
    d.failure = e.what();
  }
  // A graphics device whose driver gives no OpenGL 3.3: the CPU draws the window.
  if (w.opengl && o.renderer == Renderer::automatic) try {
      w.opengl = false;
      d.window.emplace(w);
      std::cerr << "hagiang-map-app: " << d.failure << "; the window is drawn on the CPU\n";
      return;
    } catch (const NoDisplayError&) {
    }
  d.video.reset();
}

// The font fontconfig suggests for the symbols Noto Sans lacks (arrows, minus sign).
std::string symbol_font(const render::Font& font) {
  for (const char32_t c : {U'\u2190', U'\u2212', U'\u2265'}) {
    const render::GlyphId glyph = font.glyph_for(c);
    if (glyph.face != 0 && glyph.index != 0) return font.face_path(glyph.face);
  }
  return {};
}

// The --story file, or DataError (exit 3) listing every problem it has.
Story read_story(const AppOptions& o, const MapState& state) {
  if (o.story_file.empty()) return {};
  return read_checked_story(o.story_file, state.inputs().data.registry, state.table(), o.spec.lang);
}

void show_window(AppWindow& window, MapState& state, const AppOptions& o, Story story,
                 std::chrono::steady_clock::time_point started) {
  const render::Font font = render::Font::regular();
  const render::Font bold = render::Font::bold();
  ImGuiLayer ui(window, {font.file_path(), font.face_index(), bold.file_path(), bold.face_index(), symbol_font(font)});
  WindowLoop loop(window, ui, state, font);  // its GL objects go before the window's context
  loop.run({o.frames, o.screenshot, started, o.present, std::move(story), o.story_file, o.bench});
}

int run(const AppOptions& o, std::chrono::steady_clock::time_point started) {
  switch (o.action) {
    case AppOptions::Action::help: std::cout << app_help_text(); return 0;
    case AppOptions::Action::version: std::cout << "hagiang-map-app " << HGM_VERSION << "\n"; return 0;
    case AppOptions::Action::run: break;
  }
  // Reading the data (GDAL, PROJ) and making the window (loading the GL driver) each take
  // tens of milliseconds, so they overlap. SDL video starts first and alone: it may fork
  // (D-Bus autolaunch), and a fork while the loader thread holds a PROJ lock deadlocks the
  // child. The window stays hidden until the first frame, so a data error shows nothing.
  Display display;
  start_video(display);
  // Triangles are made when OpenGL first fills the shapes: on a software OpenGL the map is
  // drawn on the CPU from the shapes' rings, and never needs them.
  auto loading = std::async(std::launch::async, [&o] {
    return io::load_map_inputs(o.boundaries, o.data_dir, o.spec.lang, o.spec.units, io::Triangles::when_drawn);
  });
  open_window(display, o);
  const io::MapInputs inputs = loading.get();
  for (const std::string& w : inputs.boundaries.warnings) std::cerr << "hagiang-map-app: warning: " << w << "\n";
  // A spec's names are checked against the tables it will be drawn from: with planners'
  // tables, once they are loaded (a spec may name a period only a table has), as the CLI does.
  if (o.spec_as_read && o.tables.empty()) io::check_spec_names(*o.spec_as_read, inputs.data, o.spec_file, o.spec.lang);
  MapState state(inputs, o.spec, o.tables);
  if (o.spec_as_read && !o.tables.empty())
    io::check_spec_names(*o.spec_as_read, ProjectData{inputs.data.registry, state.table()}, o.spec_file, o.spec.lang);
  for (const TableLoad& load : state.table_loads())
    std::cerr << "hagiang-map-app: " << load_summary(load, o.spec.lang) << "\n";
  Story story = read_story(o, state);
  if (!story.slides.empty()) state.select(shown_spec(story_slides(story).front(), state));  // the story opens on its first slide

  if (!display.window) {
    display.video.reset();
    export_without_display(state, o.screenshot.empty() ? default_export_path(state.selection()) : o.screenshot,
                           display.failure);
    return 0;
  }
  show_window(*display.window, state, o, std::move(story), started);
  return 0;
}

}  // namespace

int run_app(const std::vector<std::string>& args, std::chrono::steady_clock::time_point started) {
  return run_with_exit_codes("hagiang-map-app", lang_of_args(args), std::cerr, [&] { return run(parse_app_options(args), started); });
}

}  // namespace hgm::app
