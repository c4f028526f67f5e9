#pragma once
// The window's event and drawing loop: events to the interface and the map input, panel
// requests to the MapState, the Frame to the MapRenderer, the interface (panel, import
// report, hover tooltip) on top.
#include <SDL_events.h>

#include <chrono>
#include <cstdint>
#include <deque>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/escape.h"
#include "app/export_job.h"
#include "app/frame_cache.h"
#include "app/platform/imgui_layer.h"
#include "app/panels/import_report_window.h"
#include "app/panels/mapping_step.h"
#include "app/panels/template_dialog.h"
#include "app/map_input.h"
#include "app/map_state.h"
#include "app/panels/export_dialog.h"
#include "app/panels/file_browser.h"
#include "app/panels/side_panel.h"
#include "app/panels/story_prompt.h"
#include "app/platform/file_chooser.h"
#include "app/present/present_mode.h"
#include "app/story/story_document.h"
#include "app/platform/sdl_window.h"
#include "app/platform/window_screen.h"
#include "app/ui_damage.h"
#include "render/text/font.h"


namespace hgm::app {

struct LoopOptions {
  int frames = 0;           // stop after this many frames; 0: when the window closes
  std::string screenshot;   // PNG of the last frame, if set
  std::chrono::steady_clock::time_point started;  // process start, for the first-frame time
  bool present = false;     // start in presentation mode
  Story story;             // the story edited in the story tab; F5 presents its slides
  std::string story_path;  // its file (empty: a new story)
  bool bench = false;      // feed frame_bench.h's walk, print its frame times, then stop
};

class WindowLoop {
 public:
  // All references must outlive the loop.
  WindowLoop(AppWindow& window, ImGuiLayer& ui, MapState& state, const render::Font& font);
  void run(const LoopOptions& options);

 private:
  // Handles pending events (waiting for one first if `wait`); false when asked to quit.
  bool handle_events(bool wait, int wait_ms);
  void handle(const SDL_Event& event);
  // Runs a change to the map, from a key or the panel. A refused one (hgm::UsageError)
  // leaves the map as it was and is shown under the panel's tabs and on stderr; false then.
  bool attempt(const std::function<void()>& change);
  void apply(WindowCommand command);
  // What Esc does now (escape.h), and doing it.
  EscapeAction escape_action() const;
  void escape();
  void click_at(Vec2 pixel);
  void scroll_rows(double notches);
  void apply(const PanelRequests& requests);
  void draw(const std::string& screenshot_path);
  // The frame on screen: while the map moves (dragged, or the wheel turning) the kept
  // picture's frame at its old view, without laying the map out again; else frame_for.
  const Frame& shown_frame(PixelSize size);
  // The map of this frame: moved on the window while it moves, drawn straight onto it when
  // no picture that large is kept (false then), else kept, drawn anew into the kept
  // picture when it changed (true: to be put on the window).
  bool update_map(const Frame& frame, PixelSize size);
  bool map_moving() const;
  // The kept picture is of the frame the window shows at `size` now.
  bool kept_fresh(PixelSize size) const;
  int ms_until_wheel_settles() const;
  void draw_blank(Color colour, const std::string& screenshot_path);
  // The screenshot if asked for, then the swap.
  void finish_frame(const std::string& screenshot_path);
  void draw_hover(const Frame& frame, double pixel_ratio);
  // The fixed room and slide counter of presentation mode (none otherwise).
  SeriesPlace series(PixelSize size);
  // Where a chart view is drawn: as chosen, and always alone on a presented slide.
  ChartPlace chart_place() const;
  // The chart's place in the window outside presenting, for the view on screen.
  ChartPlace window_chart_place() const;
  // The control that shows a chart alone or beside the map again, at the chart's corner.
  void draw_chart_place_control(PixelSize size, double pixel_ratio);
  PanelPlacement place_panel(const Frame& frame, PixelSize size, double pixel_ratio);
  void sync_title();
  void report_first_frame(std::chrono::steady_clock::time_point main_started) const;

  // Tables (window_tables.cpp).
  void load_table(const std::string& path);
  // After a load: its column mapping step when it asks about columns, else its report.
  void show_load(std::size_t index);
  // The mapping step's choices: the table loaded again with them, and saved beside it.
  void apply_mapping(const AppliedMapping& applied);
  // A table that states no period loaded again as `period` (its report window asked).
  void reperiod_table(std::size_t index, const std::string& period);
  // A table loaded again: what it added, to stderr, and its report window shown.
  void log_reload(std::size_t index);
  // The template dialog's sheet written to `path` (its extension, else the dialog's format).
  void write_template(const std::string& path);
  // A file dropped on the window: a table is loaded, anything else refused in the panel.
  void drop_file(const std::string& path);
  void remember_table(const std::string& path);

  // File choosers (window_files.cpp). A file chooser for `purpose`: the desktop's (portal)
  // where there is one, else the built-in one; the answer goes to chosen().
  enum class Choosing { nothing, table, export_target, template_target, story_open, story_save };
  void choose_file(Choosing purpose);
  // What the chooser for `purpose` asks: open or save, where it starts, the name it
  // suggests, the files it lists (and the portal's name for them when opening).
  struct FileRequest {
    FileBrowser::Mode mode = FileBrowser::Mode::open;
    std::filesystem::path folder;
    std::string name;
    std::string filter_name;
    std::vector<std::string> extensions;  // ".csv" …
  };
  FileRequest file_request(Choosing purpose) const;
  void chosen(const std::string& path);
  // The chooser closed without a choice.
  void chooser_closed();
  // The portal's answer, if it came; true when it changed something on screen.
  bool poll_portal();

  // The export (window_export.cpp).
  void open_export();
  // Starts writing the export dialog's request (one map or a batch) beside the window.
  void write_export(const ExportRequest& request);
  // Tells the dialog how the running export is going, or how it ended.
  void follow_export(const ExportActions& actions);
  void finish_export();

  // The story tab (window_story.cpp). Quitting, opening and starting a new story ask first
  // when the story has unsaved changes; each change is autosaved.
  enum class AfterAsking { nothing, quit, open, new_story };
  void start_story(const LoopOptions& options);
  void apply(const StoryActions& actions);
  void add_slide();
  void show_slide(std::size_t index);
  void request(AfterAsking action);  // asks first when there are unsaved changes
  void carry_out(AfterAsking action);
  void answered(StoryPrompt::Answer answer);
  // Saves to the story's file, or asks for one (Save as); false when it was not written now.
  bool save_story(bool choose_path);
  bool write_story(const std::string& path);
  void open_story(const std::string& path);
  void autosave_story();
  void remove_autosaves(const std::string& story_path);
  void story_message(const std::string& message);

  AppWindow& window_;
  ImGuiLayer& ui_;
  MapState& state_;
  const render::Font& font_;
  // The window's pixels: the kept map and the interface over it.
  std::unique_ptr<WindowScreen> screen_;
  FrameCache frames_;
  MapInput input_;
  SidePanel panel_;
  // Where the panel was last drawn. It stays there while the pointer is on the interface,
  // so a legend that grows with a new class does not move the control being used.
  std::optional<PanelPlacement> placement_;
  PixelSize placed_at_size_;
  ImportReportWindow report_;
  MappingStep mapping_;
  TemplateDialog template_;
  PresentMode present_;
  ExportDialog export_;
  // The export being written, and what it is (for the messages).
  std::unique_ptr<ExportJob> job_;
  std::string job_path_;  // one map: its file; else empty
  Lang job_lang_ = Lang::vi;
  std::size_t job_shown_ = 0;  // the last map number logged
  bool job_sign_logged_ = false;
  std::vector<double> job_frame_ms_;  // how long each frame took to draw while it ran
  FileBrowser browser_;
  PortalFileChooser portal_;
  bool portal_failed_ = false;  // the portal answered with an error once: built-in from then on
  Choosing choosing_ = Choosing::nothing;
  std::filesystem::path recent_file_;  // where the recent tables are kept (empty: nowhere)
  std::vector<std::string> recent_tables_;
  bool panel_visible_ = true;
  std::map<ViewKind, ChartPlace> chart_places_;  // each chart view's, once the control moved it (chart_rooms.h)
  bool quit_ = false;
  bool quit_after_export_ = false;  // Ctrl+Q came while an export ran: quit once it is done
  std::deque<SDL_Event> held_;  // events for the next frame (handle_events)
  std::uint64_t drawn_revision_ = 0;
  // What the last frame did, for the bench: drew the map anew; outlined a district.
  bool map_drawn_ = false;
  bool outlined_ = false;
  bool told_presenting_ = false;  // the last frame told a district on a presented slide
  // The map as last drawn, and what it was drawn from (frames_.layouts() counts layouts).
  PixelSize kept_size_;
  std::uint64_t kept_revision_ = 0;
  std::uint64_t kept_layouts_ = 0;
  bool moving_ = false;           // this frame shows the kept picture moved
  bool moved_on_screen_ = false;  // the last frame did
  // The frames last shown: which kept map (counted in kept_maps_) under what interface
  // (ImGuiLayer::end_frame), or something else (moved, blank, drawn straight).
  ShownFrames shown_;
  std::uint64_t kept_maps_ = 0;
  bool nothing_new_ = false;  // this frame showed what the last did, so it was not drawn
  std::chrono::steady_clock::time_point wheeled_at_;
  std::string title_;
  StoryDocument story_;
  StoryPrompt story_prompt_;
  AfterAsking after_asking_ = AfterAsking::nothing;
  std::uint64_t autosaved_edits_ = 0;
  std::filesystem::path config_dir_;  // where a never-saved story's autosave goes
};

}  // namespace hgm::app
