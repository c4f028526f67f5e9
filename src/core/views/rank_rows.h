#pragma once
// What each row of the ranking chart says, before any pixel is placed: the district's
// name, its figure in the report's words, its honest rank, the span of numbers the figure
// allows (where a bar or a band goes), its colour on the map, and whether it is pinned.
#include <optional>
#include <string>
#include <vector>

#include "core/compare/value_span.h"
#include "core/data/district_registry.h"
#include "core/layout/scene.h"
#include "core/spec/map_spec.h"

namespace hgm {

struct RankRow {
  std::string code;    // GSO code
  std::string name;    // short name in the spec's language
  std::string figure;  // as the map states it: "47,4%", "không trên 15,8%", "≈ 4.076 tấn"
  std::string compact_figure;  // as a table cell states it, "≤ 15,8%": for a narrow chart
  std::string rank;    // "1", "4–9"; empty for a figure that is not ranked
  std::optional<ValueSpan> span;   // as stated (not mirrored by polarity); nullopt: no bar or band
  std::optional<double> estimate;  // an approximate figure's number, marked "≈"
  AreaStyle style;                 // the district's fill on the map
  bool pinned = false, highlighted = false;
};

struct RankRows {
  const Indicator* indicator = nullptr;
  std::vector<RankRow> ranked;    // best first
  std::vector<RankRow> unranked;  // flags, categories, estimates, group facts
  std::vector<std::string> no_data;  // names
  // Pinned districts without a figure keep a row ("không có số liệu"), so the pin a
  // presenter made on another slide still shows; they are not in `no_data`.
  std::vector<RankRow> pinned_no_data;
  std::optional<double> reference;   // the province figure
  std::string reference_label;       // "Toàn tỉnh: 15,8%"
  std::vector<const StatedValue*> values;  // every figure shown, for the source line
};

// The rows of `spec.indicator` in `spec.period`, in `spec.lang`, coloured as the spec's
// map colours them. Throws UsageError for an unknown indicator or period, or
// classification options the map would refuse.
RankRows rank_rows(const DistrictRegistry& registry, const IndicatorTable& table, const MapSpec& spec);

}  // namespace hgm
