#pragma once
// What the window shows: the chosen indicator, period, language and classification, the
// title overrides, which map elements are shown, the pan/zoom view, and the choropleth and
// scene built from them. Every change goes through here, so panels and key handlers only
// ask for a change and never build maps themselves.
//
// The state keeps its own copy of the indicator table, so planners' tables loaded while
// the window is open add to it without touching the loaded project data.
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "app/table_loading.h"
#include "core/thematic/choropleth.h"
#include "core/layout/frame_layout.h"
#include "core/layout/map_view.h"
#include "core/layout/scene.h"
#include "core/spec/map_spec.h"
#include "io/map_inputs.h"

namespace hgm::app {

// What the window shows is a map spec (core/spec/map_spec.h): the same value the CLI
// exports and spec files hold.
using MapSelection = MapSpec;

class MapState {
 public:
  // `inputs` must outlive the state. `tables` are planners' tables imported before the
  // first map is built (a table without a period column takes `selection.period`), so
  // `selection` may name a period only they have.
  // Throws hgm::DataError when a table cannot be read, hgm::UsageError for an unknown
  // indicator or period (listing the known ones) or unusable classification options.
  MapState(const io::MapInputs& inputs, MapSelection selection, const std::vector<std::string>& tables = {});
  MapState(const MapState&) = delete;
  MapState& operator=(const MapState&) = delete;

  const io::MapInputs& inputs() const { return inputs_; }
  // The project's indicators and values plus every planner's table loaded so far.
  const IndicatorTable& table() const { return *table_; }
  const MapSpec& selection() const { return selection_; }
  const MapSpec& spec() const { return selection_; }
  const Choropleth& choropleth() const { return choropleth_; }
  const Scene& scene() const { return scene_; }
  // The title and subtitle the scene has without the selection's overrides.
  const std::string& automatic_title() const { return automatic_title_; }
  const std::string& automatic_subtitle() const { return automatic_subtitle_; }
  // Changes each time the scene is rebuilt, so a renderer knows to re-upload it.
  std::uint64_t revision() const { return revision_; }

  MapView& view() { return view_; }
  const MapView& view() const { return view_; }
  void reset_view() { view_.reset(); }

  // Which map elements the frame shows (title, legend, credits …).
  // Part of the spec; changing it lays the scene out again but does not rebuild it.
  const LayoutOptions& layout() const { return selection_.layout; }
  void set_layout(const LayoutOptions& layout) { selection_.layout = layout; }

  // Each rebuilds the choropleth and the scene; on error (hgm::UsageError) the state stays
  // as it was.
  void select(const MapSelection& selection);
  void select_indicator(const std::string& id);
  // The spec select_indicator(id) would select, without selecting it: the map on screen
  // with that indicator, its own manual breaks and title overrides (presenting shows
  // slides this way, so a change made on one slide holds on the next).
  MapSpec with_indicator(const std::string& id) const;
  void select_period(const std::string& period);
  void select_lang(Lang lang);
  // Switching to manual classes starts from the breaks the map has now (or the ones last
  // used for this indicator), so the map does not jump.
  void select_method(ClassMethod method);
  void select_classes(int classes);  // 0: automatic
  void select_breaks(std::vector<double> breaks);
  void select_palette(const std::string& palette);  // empty: automatic
  // Overrides belong to the indicator: stepping to another shows its own (or automatic)
  // titles, and coming back brings these back.
  void set_titles(const std::string& title, const std::string& subtitle);
  // The view the window shows: the map or one of the chart views (core/views). The map
  // is built whatever the view, so switching back is immediate.
  void select_view(ViewKind view);
  // Side-by-side maps: the indicators of the panels (2 to 4), or the period the current
  // indicator is compared with (empty: none). Switching to the multiples or change view
  // fills them in when they are not set (the current indicator and the next with figures;
  // another period), so the spec on screen is the spec an export writes.
  void set_panel_indicators(std::vector<std::string> indicators);
  void select_compared_period(const std::string& period);
  // The overview: also indicators without figures, and the order of its rows and columns.
  void select_overview(bool all, OverviewOrder order);
  // Pinned districts (GSO codes) stay across indicators, periods and views. Pinning a
  // fifth throws hgm::UsageError saying at most kMaxMarkedDistricts can be pinned.
  void toggle_pin(const std::string& code);
  void clear_pins();
  // Moves `steps` places through the table's indicators (periods), wrapping around.
  void step_indicator(int steps);
  void step_period(int steps);

  // Reads a planner's table and adds its values (a table without a period column takes
  // the current period), then rebuilds the map. Never throws for a bad file: a read error
  // is in the returned load, and nothing changes then.
  const TableLoad& load_table(const std::string& path);
  // Loads table_loads()[index] again with the user's column mappings (the mapping step),
  // and the tables loaded after it again on top, as they were; the map is rebuilt. Throws
  // hgm::DataError when a file no longer reads (nothing changes then).
  const TableLoad& remap_table(std::size_t index, const std::vector<ColumnMapping>& mappings);
  // The same with the period a table stating none is taken as (it took the period on
  // screen); the map then shows that period. Throws hgm::DataError as remap_table does.
  const TableLoad& reperiod_table(std::size_t index, const std::string& period);
  const std::vector<TableLoad>& table_loads() const { return loads_; }

 private:
  // Applies `edit` to a copy of the selection and selects the result, unless it is the
  // selection already (then nothing is rebuilt).
  void edit_selection(const std::function<void(MapSelection&)>& edit);
  // Loads table_loads()[index] and those after it again, into the table as it was before
  // it; the one at `index` with `mappings` and `period` (each: as it was when null).
  const TableLoad& reload_table(std::size_t index, const std::vector<ColumnMapping>* mappings, const std::string* period);
  // The current indicator and the next one with district figures in the period.
  std::vector<std::string> default_panel_indicators(const MapSelection& selection) const;
  // The latest period of the table other than `period`; empty when there is none.
  std::string other_period(const std::string& period) const;
  // Manual breaks to start from for the selection's indicator.
  std::vector<double> starting_breaks(const MapSelection& selection) const;

  const io::MapInputs& inputs_;
  // Behind a pointer so a table can be imported into a copy and swapped in whole: the
  // choropleth points into the table, and the swap keeps those addresses valid.
  std::unique_ptr<IndicatorTable> table_;
  MapSelection selection_;
  Choropleth choropleth_;
  Scene scene_;
  std::string automatic_title_, automatic_subtitle_;
  MapView view_;
  std::uint64_t revision_ = 0;
  std::vector<TableLoad> loads_;
  std::map<std::string, std::vector<double>> manual_breaks_;  // last manual breaks per indicator
  std::map<std::string, std::pair<std::string, std::string>> titles_;  // title overrides per indicator
};

}  // namespace hgm::app
