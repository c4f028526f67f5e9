#pragma once
// The window's column mapping step: for a loaded table whose columns the import could not
// take on its own (uncertain or unmatched headers), each column with a few of its values,
// the proposed indicator and why, and the user's choice: confirm it, choose another
// (searchable, names in the window's language), leave the column out, or make a new
// indicator (names in Vietnamese and English, unit, polarity). Applying hands back the
// mappings; the caller loads the table again with them and saves them beside it.
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "app/map_state.h"
#include "app/platform/imgui_layer.h"
#include "core/data/column_match.h"

namespace hgm::app {

struct AppliedMapping {
  std::size_t load = 0;                 // index into MapState::table_loads()
  std::vector<ColumnMapping> mappings;  // the load's earlier ones and the new choices
};

class MappingStep {
 public:
  // Asks about state.table_loads()[index] (which has questions).
  void open(const MapState& state, std::size_t index);
  bool shown() const { return shown_; }
  // Ctrl+Enter (seen by the window loop, a field being typed in or not): Apply at the next draw.
  void apply_soon() { apply_soon_ = shown_; }
  // The choices once Apply is pressed (then the step closes).
  std::optional<AppliedMapping> draw(const MapState& state, const UiFonts& fonts, float screen_w, float screen_h);

 private:
  enum class Choice { undecided, confirm, other, ignore, new_indicator };
  struct Column {
    ColumnQuestion question;
    Choice choice = Choice::undecided;
    std::string other;  // the indicator chosen from the list
    std::array<char, 128> search{};
    std::array<char, 256> name_vi{}, name_en{};
    std::array<char, 64> unit{};
    // Index into kPolarities: neutral (2) until the planner says which way is better; a
    // guessed "higher is better" would colour a rise of, say, poor households as good.
    int polarity = 2;
  };
  void column(const MapState& state, Column& c, std::size_t index, const UiFonts& fonts);
  std::optional<AppliedMapping> apply(const MapState& state);

  bool shown_ = false;
  bool appearing_ = false;
  bool apply_soon_ = false;
  std::size_t load_ = 0;
  std::string file_;
  std::vector<ColumnMapping> earlier_;  // the load's mappings from before
  std::vector<std::string> taken_ids_;  // ids a new indicator cannot take
  std::vector<Column> columns_;
  std::string error_;
};

}  // namespace hgm::app
