#pragma once
// One district's profile (a spine chart's rows): every indicator it has a figure for,
// with the province figure, the span of all districts' figures and its rank range.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/compare/comparison.h"
#include "core/compare/ranking.h"
#include "core/compare/value_span.h"
#include "core/data/district_registry.h"
#include "core/data/indicator.h"
#include "core/text/lang.h"

namespace hgm {

struct ProfileRow {
  const Indicator* indicator = nullptr;
  const StatedValue* value = nullptr;
  const ProvinceReference* reference = nullptr;  // nullptr: no province figure
  Comparison comparison = Comparison::no_data;
  // The lowest and highest numbers any district's figure allows (bounds included, open
  // ends left out); nullopt when no district has a figure or bound.
  std::optional<double> districts_min, districts_max;
  int rank_min = 0, rank_max = 0;  // 0 for flags, categories, estimates and group facts
  int ranked_count = 0;            // districts with a figure or bound
};

// The row's rank among the districts with a figure (ranking.h: rank_among_text).
inline std::string profile_rank_text(const ProfileRow& row) {
  return rank_among_text(row.rank_min, row.rank_max, row.ranked_count);
}

struct DistrictProfile {
  std::size_t district = 0;
  std::string period;
  std::vector<ProfileRow> rows;  // the table's indicator order, only indicators with data here
};

// Throws UsageError (in `lang`) for an unknown period.
DistrictProfile build_profile(const DistrictRegistry& registry, const IndicatorTable& table, std::size_t district,
                              const std::string& period, Lang lang = Lang::vi);

}  // namespace hgm
