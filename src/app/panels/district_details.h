#pragma once
// What the hover tooltip says about one district: its name, the figure as the report
// states it, the period, and where the figure comes from. Plain text, already in the
// chosen language; the tooltip only lays it out.
#include <optional>
#include <string>

#include "app/map_state.h"

namespace hgm::app {

struct DistrictDetails {
  std::string name;        // Vietnamese name with its type: "Huyện Xín Mần"
  std::string indicator;   // indicator name in the chosen language
  std::string value_text;  // as stated ("47,4%", "dưới 51%"), or "không có số liệu"
  bool has_value = false;
  std::string period;      // "Quý I/2021"
  std::string source;      // "Báo cáo …, mục I.5.a"; empty without provenance
  std::string quote;       // the words that state the figure; empty if none
  std::string inferred;    // "suy ra: …" when derived from a statement about others
  std::string difference;  // exact values with a province figure: "+31,6 điểm % so với toàn tỉnh"
  std::string rank;        // "Hạng 4–10/10" among the districts with a figure; empty when not ranked
};

// How far `value` is from the province's `reference`, in the indicator's unit with as many
// decimals as the two figures have: "+31,6 điểm % so với toàn tỉnh", "−2 hồ sơ so với
// toàn tỉnh", "bằng toàn tỉnh"; in English "31.6 percentage points above the province".
std::string difference_from_reference(double value, double reference, const std::string& unit, Lang lang);

// `district` is a registry index (as hgm::district_at returns); nullopt if out of range.
std::optional<DistrictDetails> district_details(const MapState& state, int district);
// The same from another map than the state's own (a panel of side-by-side maps, the change map).
std::optional<DistrictDetails> district_details(const MapState& state, const Choropleth& map, int district);
// The same for `indicator` in `period` (a cell of the overview or profile, a panel's map).
std::optional<DistrictDetails> district_details(const MapState& state, const std::string& indicator,
                                                const std::string& period, int district);

}  // namespace hgm::app
