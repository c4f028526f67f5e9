#pragma once
// What loading a planner's table found, in a window of its own: how many rows were read
// and matched, the issues with their file:line, reason and closest district names (the
// first few hundred of each kind; all of them written to a file on request), and how each
// column's numbers were read. A file that could not be read shows why.
#include <cstddef>
#include <optional>
#include <string>

#include "app/platform/imgui_layer.h"
#include "app/map_state.h"

namespace hgm::app {

class ImportReportWindow {
 public:
  // Shows the report of state.table_loads()[index].
  void open(std::size_t index) {
    shown_ = index;
    placed_ = false;
    written_.clear();
    period_text_.clear();
    period_problem_.clear();
    selected_issue_.reset();
  }
  bool shown() const { return shown_.has_value(); }
  // A table that states no period took the one on screen: the planner may ask for another.
  struct PeriodAsked {
    std::size_t load;
    std::string period;  // canonical, e.g. "2021-Q2"
  };
  // `display_w`, `display_h`: the window's size in screen coordinates.
  std::optional<PeriodAsked> draw(const MapState& state, const UiFonts& fonts, float display_w, float display_h);

 private:
  void full_list_offer(const MapState& state, const TableLoad& load, Lang lang);
  std::optional<PeriodAsked> period_offer(const TableLoad& load, Lang lang);

  std::optional<std::size_t> shown_;
  bool placed_ = false;
  std::string written_;  // where the full list went, or why it could not be written
  std::string period_text_;     // the period field, as typed (empty: the load's own)
  std::string period_problem_;  // why the typed period was refused
  std::optional<std::size_t> selected_issue_;  // the issue clicked, read whole under the list
};

}  // namespace hgm::app
