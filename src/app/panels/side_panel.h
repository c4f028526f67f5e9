#pragma once
// The collapsible side panel: on top the view switch (Bản đồ / Xếp hạng / …, from
// window_views.h); then, in tabs: the indicator (list with a search box, period,
// language), its classes (method, number, colour scheme, manual breaks), the layout (map
// elements, title and subtitle) and the data (planners' tables). Under the tabs: the
// pinned districts with a button to unpin them, view buttons and the keyboard shortcuts.
// It only shows the state and reports what the user asked for; the caller applies the
// requests to the MapState.
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "app/escape.h"
#include "app/panels/breaks_editor.h"
#include "app/panels/story_tab.h"
#include "app/platform/imgui_layer.h"
#include "app/map_state.h"

namespace hgm::app {

struct PanelRequests {
  std::optional<ViewKind> view;
  std::optional<std::vector<std::string>> panel_indicators;  // side-by-side maps' indicators
  std::optional<std::string> compared_period;                 // empty: none
  std::optional<bool> overview_all;                           // the overview lists indicators without figures
  std::optional<OverviewOrder> overview_order;
  bool clear_pins = false;
  std::optional<std::string> toggle_pin;  // a district's GSO code, chosen from the list
  std::optional<std::string> indicator;
  std::optional<std::string> period;
  std::optional<Lang> lang;
  std::optional<ClassMethod> method;
  std::optional<int> classes;                // 0: automatic
  std::optional<std::vector<double>> breaks;
  std::optional<std::string> palette;        // empty: automatic
  std::optional<LayoutOptions> layout;
  std::optional<std::pair<std::string, std::string>> titles;  // title, subtitle
  std::optional<std::string> load_table;     // a path
  bool choose_table = false;                 // show a file chooser for a table
  bool open_export = false;                  // the export dialog (Ctrl+E)
  bool open_template = false;                // the data entry template dialog (Ctrl+T)
  std::optional<std::size_t> map_columns;    // the mapping step of MapState::table_loads()[i]
  std::optional<std::size_t> show_report;    // index into MapState::table_loads()
  bool reset_view = false;
  bool toggle_fullscreen = false;
  bool hide_panel = false;
  bool present = false;                      // start presentation mode
  std::optional<bool> present_only_with_data;  // presenting steps only through indicators with data
  StoryActions story;                        // the story tab's
};

// Where the panel goes, in screen coordinates (ImGui's units).
struct PanelPlacement {
  float right = 0, top = 0;  // top-right corner
  float width = 0;
  float max_height = 0;
};

class SidePanel {
 public:
  // `escape`: what Esc does now, so the button doing the same says "(Esc)".
  PanelRequests draw(const MapState& state, const PanelPlacement& at, bool fullscreen, EscapeAction escape,
                     const UiFonts& fonts);
  // A request the state refused (shown under the tabs until the next request succeeds).
  void set_error(std::string message) { error_ = std::move(message); }
  // Whether presenting steps only through indicators with data (shown in the presentation row).
  void set_present_only_with_data(bool only) { present_only_with_data_ = only; }
  // The tables opened last (newest first), offered in the data tab.
  void set_recent_tables(std::vector<std::string> paths) { recent_tables_ = std::move(paths); }
  // The story being edited, shown in the story tab (none: no tab). Must outlive the panel.
  void set_story(const StoryDocument* story) { story_ = story; }
  StoryTab& story_tab() { return story_tab_; }

 private:
  // The list ends at `bottom` at most (window coordinates, as ImGui::GetCursorPosY()).
  void indicator_list(const MapState& state, float bottom, PanelRequests& requests, const UiFonts& fonts);
  void classes_tab(const MapState& state, PanelRequests& requests, const UiFonts& fonts);
  void layout_tab(const MapState& state, PanelRequests& requests, const UiFonts& fonts);
  void data_tab(const MapState& state, PanelRequests& requests, const UiFonts& fonts);
  void view_switch(const MapState& state, PanelRequests& requests);
  void pinned_districts(const MapState& state, EscapeAction escape, PanelRequests& requests);

  std::array<char, 128> search_{};  // the search box's text
  std::string scrolled_to_;         // indicator the list last scrolled to
  float tail_height_ = 0;           // height of everything under the list, last frame
  BreaksEditor breaks_;
  std::array<char, 512> title_{};  // UTF-8: Vietnamese letters take up to 3 bytes
  std::array<char, 512> subtitle_{};
  bool editing_title_ = false, editing_subtitle_ = false;  // the fields had focus last frame
  std::array<char, 1024> table_path_{};
  std::string error_;
  bool present_only_with_data_ = true;
  std::vector<std::string> recent_tables_;
  const StoryDocument* story_ = nullptr;
  StoryTab story_tab_;
};

}  // namespace hgm::app
