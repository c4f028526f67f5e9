#include "app/window_loop.h"

#include <SDL.h>

#include <cmath>
#include <ctime>
#include <deque>
#include <iostream>

#include "app/app_text.h"
#include "app/district_pick.h"
#include "app/frame_bench.h"
#include "app/panels/chart_place_button.h"
#include "app/panels/district_details.h"
#include "app/panels/hover_tooltip.h"
#include "app/panels/panel_placement.h"
#include "app/platform/open_folder.h"
#include "app/platform/startup_clock.h"
#include "app/present/slides.h"
#include "app/recent_files.h"
#include "app/table_drop.h"
#include "core/errors.h"
#include "core/views/view_frame.h"

namespace hgm::app {

namespace {

// Frames drawn after the last event, so ImGui's hover and animation state settles before
// the loop goes back to sleeping in SDL_WaitEvent.
constexpr int kSettleFrames = 3;
constexpr int kIdleWaitMs = 500;
constexpr int kPortalWaitMs = 50;  // while the desktop's chooser is open, its answer is polled this often
// While the interface changes with time alone (a tooltip due, a blinking text cursor),
// frames come this often though nothing happens; each shows only what changed.
constexpr int kInterfaceTickMs = 100;
// The wheel has stopped when no notch came for this long: the map is then laid out and
// drawn sharp at its new zoom (until then the kept picture is scaled).
constexpr auto kWheelSettle = std::chrono::milliseconds(150);

}  // namespace

WindowLoop::WindowLoop(AppWindow& window, ImGuiLayer& ui, MapState& state, const render::Font& font)
    : window_(window),
      ui_(ui),
      state_(state),
      font_(font),
      screen_(make_window_screen(window, font)) {}

bool WindowLoop::map_moving() const {
  return input_.dragging() || std::chrono::steady_clock::now() - wheeled_at_ < kWheelSettle;
}

int WindowLoop::ms_until_wheel_settles() const {
  const auto left = wheeled_at_ + kWheelSettle - std::chrono::steady_clock::now();
  return std::max(1, static_cast<int>(std::chrono::ceil<std::chrono::milliseconds>(left).count()));
}

void WindowLoop::run(const LoopOptions& o) {
  sync_title();
  recent_file_ = recent_tables_file();
  if (!recent_file_.empty()) recent_tables_ = read_recent_files(recent_file_);
  panel_.set_recent_tables(recent_tables_);
  // Tables from the command line with problems: their mapping step or report is the first
  // thing to read.
  const std::vector<TableLoad>& loads = state_.table_loads();
  for (std::size_t i = loads.size(); i-- > 0;)
    if (!loads[i].clean()) {
      show_load(i);
      break;
    }
  window_.show();
  start_story(o);
  if (o.present) apply(WindowCommand::toggle_presentation);
  int drawn = 0;
  int settle = kSettleFrames;
  std::optional<FrameBench> bench;
  if (o.bench) bench.emplace(window_);
  while (!quit_) {
    if (bench) {
      const PixelSize size = window_.drawable_size();
      if (!bench->feed(frames_.map_viewport(state_, size, font_, panel_visible_, series(size), chart_place()), window_.pixel_ratio()))
        break;
    }
    const auto events_start = std::chrono::steady_clock::now();
    const std::clock_t cpu_start = std::clock();
    // A presenter's map sits still most of the time: sleep until something happens.
    // While an export runs, frames go on (its progress), a few each second.
    const bool wait = o.frames == 0 && !bench && (settle <= 0 || job_);
    // A map shown moved (the wheel turning) is drawn sharp once the motion has stopped.
    const bool sharpen = moved_on_screen_ && !input_.dragging();
    int wait_ms = portal_.pending() || job_ ? kPortalWaitMs : kIdleWaitMs;
    if (sharpen) wait_ms = std::min(wait_ms, ms_until_wheel_settles());
    // A tooltip on a presented slide goes once the pointer has rested (pointer_rest.h).
    if (const auto left = told_presenting_ ? present_.until_pointer_rests() : std::nullopt)
      wait_ms = std::min(wait_ms, 1 + static_cast<int>(std::chrono::ceil<std::chrono::milliseconds>(*left).count()));
    // ImGui's timers (the tooltip of a cut tab label, the text cursor's blink) run only
    // in frames: without these, a tooltip waited for the next event.
    const bool ticking = ui_.changes_with_time();
    if (ticking) wait_ms = std::min(wait_ms, kInterfaceTickMs);
    const bool events = handle_events(wait, wait_ms);
    const bool rested = told_presenting_ && !present_.pointer_awake();
    if (job_) settle = kSettleFrames;
    if (poll_portal() || events) {
      settle = kSettleFrames;
    } else if (wait && !job_ && !sharpen && !rested && !ticking) {
      continue;  // nothing happened: nothing to redraw
    }
    const bool last = (o.frames > 0 && drawn + 1 >= o.frames) || quit_;
    if (quit_ && o.screenshot.empty()) break;
    const auto frame_start = std::chrono::steady_clock::now();
    const bool exporting = job_ != nullptr;
    draw(last ? o.screenshot : std::string());
    if (exporting && job_) job_frame_ms_.push_back(ms_since(frame_start));
    if (bench) {
      screen_->finish();
      const FrameWork work = nothing_new_ ? FrameWork::nothing_new
                             : map_drawn_ ? FrameWork::map_drawn
                                          : FrameWork::kept_map;
      bench->record(ms_since(events_start), 1000.0 * static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC,
                    work, outlined_);
    }
    ++drawn;
    --settle;
    // Scripted runs (a frame count, a screenshot, the bench) are told when the window is ready.
    if (drawn == 1 && (o.frames > 0 || !o.screenshot.empty() || bench)) report_first_frame(o.started);
    // What the wheel's first notch needs is made once the map is shown, not before it.
    if (!moving_ && !nothing_new_) screen_->prepare_to_move();
    if (last) break;
  }
  if (bench) std::cout << bench->report();
}

bool WindowLoop::handle_events(bool wait, int wait_ms) {
  // ImGui 1.86 reads keys as held or not once a frame: a key pressed and released between
  // two frames (a slow frame, a quick key, xdotool) would never be seen by the interface,
  // and a key pressed in the frame another is released in can act before the first one's
  // release is done (Tab after Space). So one key change per frame: a second waits for
  // the next frame, and everything after it waits too, to keep the order.
  bool key_changed = false;
  bool any = false;
  const auto take = [&](const SDL_Event& event) {
    const bool key = event.type == SDL_KEYDOWN || event.type == SDL_KEYUP;
    if (!held_.empty() || (key && key_changed)) {
      held_.push_back(event);
      return;
    }
    key_changed |= key;
    handle(event);
    any = true;
  };
  std::deque<SDL_Event> earlier;
  earlier.swap(held_);
  for (const SDL_Event& event : earlier) take(event);
  SDL_Event event;
  if (wait && held_.empty() && SDL_WaitEventTimeout(&event, wait_ms) != 0) take(event);
  while (SDL_PollEvent(&event) != 0) take(event);
  return any || !held_.empty();
}

void WindowLoop::handle(const SDL_Event& event) {
  if (const std::optional<std::string> dropped = take_dropped_file(event)) {
    drop_file(*dropped);
    return;
  }
  // A story question on screen takes the keys its buttons name (Enter, D, Esc); while it
  // asks about unsaved changes, no other key acts either.
  if (story_prompt_.shown() && event.type == SDL_KEYDOWN) {
    const bool asking_unsaved = story_prompt_.kind() == StoryPrompt::Kind::unsaved;
    const StoryPrompt::Answer answer =
        event.key.repeat == 0 ? story_prompt_.key(event.key.keysym.sym) : StoryPrompt::Answer::none;
    if (answer != StoryPrompt::Answer::none) {
      answered(answer);
      return;
    }
    if (asking_unsaved) return;
  }
  // Ctrl+E and Ctrl+Q even while a field or the export dialog has the keyboard: no field
  // here uses them.
  if (event.type == SDL_KEYDOWN && (event.key.keysym.mod & KMOD_CTRL) != 0) {
    const bool shift = (event.key.keysym.mod & KMOD_SHIFT) != 0;
    if (event.key.keysym.sym == SDLK_s || (shift && event.key.keysym.sym == SDLK_a)) {  // the story's
      if (event.key.repeat == 0) event.key.keysym.sym == SDLK_s ? void(save_story(shift)) : add_slide();
      return;
    }
    if (event.key.keysym.sym == SDLK_e) {
      if (event.key.repeat == 0) open_export();
      return;
    }
    if (event.key.keysym.sym == SDLK_q) {
      if (event.key.repeat == 0) request(AfterAsking::quit);
      return;
    }
    if ((event.key.keysym.sym == SDLK_RETURN || event.key.keysym.sym == SDLK_KP_ENTER) && mapping_.shown()) {
      mapping_.apply_soon();
      return;
    }
    if (event.key.keysym.sym == SDLK_t) {  // the data tab's template dialog
      if (event.key.repeat == 0) template_.open(state_.table());
      return;
    }
  }
  // Esc closes an open dialog even while one of its fields has the keyboard, and does
  // nothing else (escape.h).
  if (event.type == SDL_KEYDOWN && event.key.keysym.sym == SDLK_ESCAPE && escape_action() == EscapeAction::close_dialog) {
    if (event.key.repeat == 0) escape();
    return;
  }
  ui_.process_event(event);
  if (event.type == SDL_WINDOWEVENT) shown_.forget();  // shown, exposed, resized: draw the window again
  MapInputContext context;
  // Not frame_for: a motion event while panning must not lay the map out again.
  const PixelSize size = window_.drawable_size();
  context.map_viewport = frames_.map_viewport(state_, size, font_, panel_visible_, series(size), chart_place());
  context.pixel_ratio = window_.pixel_ratio();
  context.ui_wants_mouse = ui_.wants_mouse();
  context.ui_wants_keyboard = ui_.wants_keyboard();
  // Charts and side-by-side maps have nothing to pan or zoom (the change map does); beside
  // a chart the map does, while the pointer is on it.
  const std::optional<Vec2> pointer = input_.pointer();
  const bool on_map = chart_place() == ChartPlace::beside_map && pointer &&
                      context.map_viewport.contains(pointer->x, pointer->y);
  context.chart = (is_chart_view(state_.spec().view) && !on_map) || state_.spec().view == ViewKind::multiples;
  if (event.type == SDL_MOUSEMOTION) present_.pointer_moved();
  const std::uint64_t revision = state_.revision();
  const MapView view_before = state_.view();
  const bool accepted = attempt([&] {
    // Esc closes an open list, and does nothing more (it used to unpin all behind it).
    if (event.type == SDL_KEYDOWN && event.key.keysym.sym == SDLK_ESCAPE && ui_.popup_open()) {
      ui_.close_popups();
      return;
    }
    if (!context.ui_wants_keyboard && event.type == SDL_KEYDOWN && event.key.keysym.sym == SDLK_ESCAPE) {
      if (event.key.repeat == 0) escape();  // a held Esc does one step, not all of them
      return;
    }
    // A presenter's keys first; the map's own keys (zoom, language …) still work.
    if (!context.ui_wants_keyboard && present_.key(event, state_)) return;
    if (const auto command = input_.handle(event, state_, context)) apply(*command);
    if (const auto click = input_.take_click()) click_at(*click);
    if (const auto notches = input_.take_chart_wheel()) scroll_rows(*notches);
  });
  // Most events do not touch the map; only one that rebuilt it answers an earlier refusal.
  if (accepted && state_.revision() != revision) panel_.set_error({});
  if (event.type == SDL_MOUSEWHEEL && state_.view() != view_before) wheeled_at_ = std::chrono::steady_clock::now();
}

bool WindowLoop::attempt(const std::function<void()>& change) {
  try {
    change();
    return true;
  } catch (const UsageError& e) {
    // The map stays as it was; the panel says why.
    panel_.set_error(e.what());
    std::cerr << "hagiang-map-app: " << e.what() << "\n";
    return false;
  }
}

// A click on a district (on the map, or its row in a chart) pins it, or unpins it; on a
// presented map it spotlights it instead. One hit-test, on the frame on screen.
void WindowLoop::click_at(Vec2 pixel) {
  if (present_.blank_colour()) return;  // nothing on screen to click
  const PixelSize size = window_.drawable_size();
  const Frame& frame = frames_.frame_for(state_, size, font_, panel_visible_, series(size), chart_place());
  const std::optional<std::string> code = district_at_pixel(state_, frame, pixel);
  if (!code) return;
  if (present_.active() && frame.scene != nullptr) {
    present_.toggle_spotlight(static_cast<int>(*state_.inputs().data.registry.find_code(*code)));
  } else {
    state_.toggle_pin(*code);
  }
}

// The wheel over a table chart that does not show all its rows scrolls them, three a notch
// as a text editor does; up (away from the user) goes back towards the first.
void WindowLoop::scroll_rows(double notches) {
  constexpr double kRowsPerNotch = 3;
  const PixelSize size = window_.drawable_size();
  const Frame& frame = frames_.frame_for(state_, size, font_, panel_visible_, series(size), chart_place());
  if (frame.rows.shown >= frame.rows.total) return;
  const double last_first = static_cast<double>(frame.rows.total - frame.rows.shown);
  const double first = std::clamp(static_cast<double>(frame.rows.first) - std::round(notches * kRowsPerNotch), 0.0, last_first);
  frames_.scroll_rows_to(static_cast<std::size_t>(first));
}

void WindowLoop::apply(WindowCommand command) {
  switch (command) {
    case WindowCommand::quit: request(AfterAsking::quit); break;
    case WindowCommand::toggle_fullscreen: window_.set_fullscreen(!window_.fullscreen()); break;
    case WindowCommand::toggle_panel: panel_visible_ = !panel_visible_; break;
    case WindowCommand::toggle_chart_alone:
      chart_places_[state_.spec().view] =
          window_chart_place() == ChartPlace::alone ? ChartPlace::beside_map : ChartPlace::alone;
      break;
    case WindowCommand::toggle_presentation:
      if (present_.active()) {
        present_.stop(window_, panel_visible_);
      } else {
        // The story as edited now, if it has slides.
        attempt([&] { present_.start(state_, window_, panel_visible_, story_slides(story_.story())); });
      }
      break;
  }
}

EscapeAction WindowLoop::escape_action() const {
  return app::escape_action({.dialog = export_.is_open() && !browser_.shown(),
                             .blanked = present_.blanked(),
                             .spotlight = present_.spotlight(),
                             .presenting = present_.active(),
                             .pinned = !state_.spec().pinned.empty(),
                             .fullscreen = window_.fullscreen()});
}

void WindowLoop::escape() {
  switch (escape_action()) {
    case EscapeAction::close_dialog:
      export_.close();
      std::cerr << "hagiang-map-app: export dialog closed (Esc)\n";
      break;
    case EscapeAction::unblank: present_.unblank(); break;
    case EscapeAction::clear_spotlight: present_.clear_spotlight(); break;
    case EscapeAction::leave_presenting: present_.stop(window_, panel_visible_); break;
    case EscapeAction::unpin: state_.clear_pins(); break;
    case EscapeAction::leave_fullscreen: window_.set_fullscreen(false); break;
    case EscapeAction::nothing: break;
  }
}

void WindowLoop::apply(const PanelRequests& r) {
  const auto request = [&](const std::function<void()>& change) {
    if (attempt(change)) panel_.set_error({});
  };
  if (r.view) request([&] { state_.select_view(*r.view); });
  if (r.panel_indicators) request([&] { state_.set_panel_indicators(*r.panel_indicators); });
  if (r.compared_period) request([&] { state_.select_compared_period(*r.compared_period); });
  if (r.overview_all || r.overview_order)
    request([&] {
      state_.select_overview(r.overview_all.value_or(state_.spec().overview_all),
                             r.overview_order.value_or(state_.spec().overview_order));
    });
  if (r.clear_pins) request([&] { state_.clear_pins(); });
  if (r.toggle_pin) request([&] { state_.toggle_pin(*r.toggle_pin); });
  if (r.indicator) request([&] { state_.select_indicator(*r.indicator); });
  if (r.period) request([&] { state_.select_period(*r.period); });
  if (r.lang) request([&] { state_.select_lang(*r.lang); });
  if (r.method) request([&] { state_.select_method(*r.method); });
  if (r.classes) request([&] { state_.select_classes(*r.classes); });
  if (r.breaks) request([&] { state_.select_breaks(*r.breaks); });
  if (r.palette) request([&] { state_.select_palette(*r.palette); });
  if (r.titles) request([&] { state_.set_titles(r.titles->first, r.titles->second); });
  if (r.layout) state_.set_layout(*r.layout);
  if (r.load_table) load_table(*r.load_table);
  if (r.choose_table) choose_file(Choosing::table);
  if (r.open_export) open_export();
  if (r.open_template) template_.open(state_.table());
  if (r.map_columns) mapping_.open(state_, *r.map_columns);
  if (r.show_report) report_.open(*r.show_report);
  if (r.reset_view) state_.reset_view();
  if (r.toggle_fullscreen) apply(WindowCommand::toggle_fullscreen);
  if (r.hide_panel) panel_visible_ = false;
  if (r.present_only_with_data) request([&] { present_.set_only_with_data(*r.present_only_with_data, state_); });
  if (r.present) apply(WindowCommand::toggle_presentation);
  if (r.story.any()) apply(r.story);
  sync_title();
}

void WindowLoop::draw(const std::string& screenshot_path) {
  map_drawn_ = false;
  outlined_ = false;
  told_presenting_ = false;
  // Presenting, the pointer hides with the tooltip when it rests, as slide software does.
  const bool pointer_shown = present_.pointer_awake();
  if ((SDL_ShowCursor(SDL_QUERY) == SDL_ENABLE) != pointer_shown) SDL_ShowCursor(pointer_shown ? SDL_ENABLE : SDL_DISABLE);
  nothing_new_ = false;
  const PixelSize size = window_.drawable_size();
  if (size.width <= 0 || size.height <= 0) return;  // minimised
  const double ratio = window_.pixel_ratio();

  ui_.set_text_scale(static_cast<float>(text_scale(state_.layout().text_size).factor));
  ui_.begin_frame();
  if (const std::optional<Color> blank = present_.blank_colour()) {
    draw_blank(*blank, screenshot_path);
    return;
  }
  const Frame* frame = &shown_frame(size);
  PanelRequests requests;
  panel_.set_present_only_with_data(present_.only_with_data());
  if (panel_visible_)
    requests = panel_.draw(state_, place_panel(*frame, size, ratio), window_.fullscreen(), escape_action(), ui_.fonts());
  const PixelSize screen = window_.window_size();
  const auto screen_w = static_cast<float>(screen.width), screen_h = static_cast<float>(screen.height);
  if (const auto asked = report_.draw(state_, ui_.fonts(), screen_w, screen_h)) reperiod_table(asked->load, asked->period);
  const std::optional<AppliedMapping> mapped = mapping_.draw(state_, ui_.fonts(), screen_w, screen_h);
  const TemplateActions templating = template_.draw(state_.selection().lang, ui_.fonts(), screen_w, screen_h);
  const ExportActions exporting = export_.draw(state_.spec(), state_.table(), ui_.fonts(), screen_w, screen_h);
  // While a dialog is open it is worked from the keyboard (arrows, Space, Tab); with none
  // open (closed by Esc too), the arrow keys are the map's again.
  ui_.set_keyboard_navigation(export_.is_open() || mapping_.shown() || template_.shown() || report_.shown());
  if (const std::optional<std::string> path = browser_.draw(state_.selection().lang, ui_.fonts(), screen_w, screen_h))
    chosen(*path);
  else if (!browser_.shown() && !portal_.pending())
    chooser_closed();
  const StoryPrompt::Answer answer = story_prompt_.draw(state_.selection().lang, ui_.fonts(), screen_w, screen_h);
  if (!moving_) draw_hover(*frame, ratio);  // the district under the pointer moves with the map
  draw_chart_place_control(size, ratio);
  apply(requests);
  if (mapped) apply_mapping(*mapped);
  if (templating.choose_target) choose_file(Choosing::template_target);
  if (templating.open_folder) open_folder(*templating.open_folder);
  if (exporting.choose_target) choose_file(Choosing::export_target);
  if (exporting.open_folder) open_folder(*exporting.open_folder);
  if (exporting.write) write_export(*exporting.write);
  follow_export(exporting);
  if (exporting.refused) std::cerr << "hagiang-map-app: " << *exporting.refused << "\n";
  answered(answer);
  autosave_story();
  frame = &shown_frame(size);  // the requests may have changed the map

  if (state_.revision() != drawn_revision_) {
    screen_->scene_changed();  // a rebuilt scene: upload its geometry again
    drawn_revision_ = state_.revision();
  }
  // A frame showing what the last one showed (a settle frame, the pointer still on the
  // same district) is not drawn: the window keeps showing the last one.
  const UiPrint ui_print = ui_.end_frame();
  if (screenshot_path.empty() && !moving_ && kept_fresh(size) && shown_.last_is(kept_maps_, ui_print)) {
    nothing_new_ = true;
    return;
  }
  const bool on_kept_map = update_map(*frame, size);
  // Over the kept map, the window's picture (the map with the interface over it) is kept
  // too, and a frame draws in it again only what the interface changed since the last
  // (in whole pixels of the interface: with a fractional display scale, all of it). A
  // screenshot's frame is drawn whole: it is what the tests hold the window's screen to.
  const std::optional<ChangedArea> part =
      screenshot_path.empty() ? shown_.to_draw(kept_maps_, ui_print) : std::nullopt;
  const std::vector<PixelBox> whole = {{0, 0, size.width, size.height}};
  const std::vector<PixelBox>& boxes = part ? part->boxes() : whole;
  if (on_kept_map && screen_->put_with_interface(boxes, ui_)) {
    shown_.shown(kept_maps_, ui_print, true);
  } else {
    if (on_kept_map) screen_->put();
    screen_->draw_interface(ui_);
    if (on_kept_map) {
      shown_.shown(kept_maps_, ui_print, false);
    } else {
      shown_.forget();
    }
  }
  finish_frame(screenshot_path);
}

bool WindowLoop::kept_fresh(PixelSize size) const {
  return screen_->kept() && kept_size_ == size && kept_revision_ == state_.revision() &&
         kept_layouts_ == frames_.layouts();
}

const Frame& WindowLoop::shown_frame(PixelSize size) {
  moving_ = false;
  if (map_moving() && kept_fresh(size))
    if (const Frame* kept = frames_.laid_out_for_any_view(state_, size, panel_visible_, series(size), chart_place());
        kept != nullptr && kept->scene != nullptr && kept->panel_maps.empty()) {
      moving_ = true;
      return *kept;
    }
  return frames_.frame_for(state_, size, font_, panel_visible_, series(size), chart_place());
}

// The map from the kept picture: as it is when the frame is the one it was drawn from,
// moved to the view on screen while the map moves, drawn anew into it otherwise.
bool WindowLoop::update_map(const Frame& frame, PixelSize size) {
  moved_on_screen_ = moving_;
  if (moving_) {
    const MapTransform now = state_.view().transform(state_.scene().bounds, frame.map_viewport);
    screen_->put_moved(frame.map_viewport, render::motion_between(frame.transform, now), frame.background);
    return false;
  }
  const bool fresh = kept_fresh(size);
  map_drawn_ = !fresh;
  if (fresh) return true;
  if (screen_->keep_map(frame)) {
    ++kept_maps_;
    kept_size_ = size;
    kept_revision_ = state_.revision();
    kept_layouts_ = frames_.layouts();
    return true;
  }
  screen_->draw_map_straight(frame);  // no picture that large here: straight onto the window
  return false;
}

// B or W in presentation mode: nothing but the colour until the next key.
void WindowLoop::draw_blank(Color colour, const std::string& screenshot_path) {
  shown_.forget();
  screen_->fill(colour);
  screen_->draw_interface(ui_);
  finish_frame(screenshot_path);
}

void WindowLoop::finish_frame(const std::string& screenshot_path) {
  if (!screenshot_path.empty()) {
    screen_->save_screenshot(screenshot_path);
    std::cerr << "hagiang-map-app: screenshot written to " << screenshot_path << "\n";
  }
  screen_->show();
}

ChartPlace WindowLoop::chart_place() const { return present_.active() ? ChartPlace::slide : window_chart_place(); }

ChartPlace WindowLoop::window_chart_place() const {
  const ViewKind view = state_.spec().view;
  const auto moved = chart_places_.find(view);
  if (moved != chart_places_.end()) return moved->second;
  const PixelSize size = window_.drawable_size();
  const double text_factor = text_scale(state_.layout().text_size).factor;
  return first_chart_place(view, chart_rooms(size.width, size.height, panel_visible_, ChartPlace::beside_map, text_factor).map,
                           text_factor * window_.pixel_ratio());
}

void WindowLoop::draw_chart_place_control(PixelSize size, double pixel_ratio) {
  if (!is_chart_view(state_.spec().view) || chart_place() == ChartPlace::slide) return;
  const ChartRooms rooms = chart_rooms(size.width, size.height, panel_visible_, window_chart_place(),
                                       text_scale(state_.layout().text_size).factor);
  if (chart_place_button(rooms.control, window_chart_place(), state_.selection().lang, pixel_ratio))
    apply(WindowCommand::toggle_chart_alone);
}

SeriesPlace WindowLoop::series(PixelSize size) {
  return present_.series(state_, size, font_, window_layout(state_.layout(), panel_visible_));
}

PanelPlacement WindowLoop::place_panel(const Frame& frame, PixelSize size, double pixel_ratio) {
  if (placement_ && placed_at_size_ == size && ui_.wants_mouse()) return *placement_;
  // The interface's text scale was set from the map's preset this frame (draw()).
  placement_ = panel_placement(frame, pixel_ratio, ui_.scale() * ui_.text_scale(), &font_,
                               is_chart_view(state_.spec().view));
  placed_at_size_ = size;
  return *placement_;
}

// The district under the pointer (on the map, or its row in a chart): on the map outlined,
// in both with its figure and provenance in a tooltip (over a chart, above or below the row).
void WindowLoop::draw_hover(const Frame& frame, double pixel_ratio) {
  const std::optional<Vec2> pointer = input_.pointer();
  if (!pointer || input_.dragging() || ui_.wants_mouse() || !present_.pointer_awake()) return;
  const std::optional<std::string> code = district_at_pixel(state_, frame, *pointer);
  if (!code) return;
  const int district = static_cast<int>(*state_.inputs().data.registry.find_code(*code));
  // A panel's map, an overview or profile cell tells its own indicator's figure and words.
  const FrameDistrictArea* cell = district_area_at(frame, *pointer);
  const std::optional<DistrictDetails> details =
      is_panel_maps_view(state_.spec().view) ? panel_maps_details(state_, frames_.panel_maps(), *pointer, district)
      : cell && !cell->indicator.empty()     ? district_details(state_, cell->indicator, state_.spec().period, district)
                                             : district_details(state_, district);
  if (!details) return;
  const DistrictGeometry* g = state_.inputs().boundaries.find(static_cast<std::size_t>(district));
  if (g && frame.scene != nullptr) draw_district_outline(g->shape, frame, pixel_ratio);
  mark_district_areas(frame, *code, pixel_ratio);  // its row, or its cells, in a chart
  outlined_ = g != nullptr;
  // Side by side, the district is outlined in every panel.
  if (g)
    for (const FrameMap& panel : frame.panel_maps) draw_district_outline(g->shape, panel.viewport, panel.transform, pixel_ratio);
  // Over a chart, clear of the hovered row, so its bars and the cells beside it show.
  draw_district_tooltip(*details, state_.selection().lang, ui_.fonts(), cell ? &cell->rect : nullptr, pixel_ratio);
  told_presenting_ = present_.active();
}

void WindowLoop::sync_title() {
  const std::string title = ui_text(state_.selection().lang, UiText::window_title);
  if (title == title_) return;
  window_.set_title(title);
  title_ = title;
}

void WindowLoop::report_first_frame(std::chrono::steady_clock::time_point main_started) const {
  const PixelSize size = window_.drawable_size();
  const std::string drawn = screen_->map_drawing();
  const std::optional<double> since_start = ms_since_process_start();
  std::cerr << "hagiang-map-app: first frame after ";
  if (since_start) std::cerr << static_cast<long>(*since_start) << " ms from process start, ";
  std::cerr << static_cast<long>(ms_since(main_started)) << " ms from main (" << size.width << "x" << size.height
            << ", " << drawn << ")\n";
}

}  // namespace hgm::app
