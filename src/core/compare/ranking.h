#pragma once
// The districts of one indicator and period in order, with honest ranks: a district known
// only as "≤ 15,8%" gets the range of ranks it could hold ("4–10"), tied figures share a
// rank, and flags, categories, estimates ("khoảng 4.076") and group facts are kept apart
// from the ranked figures.
#include <cstddef>
#include <string>
#include <vector>

#include "core/data/district_registry.h"
#include "core/data/indicator.h"
#include "core/text/lang.h"

namespace hgm {

struct RankedDistrict {
  std::size_t district = 0;  // index in the registry
  const StatedValue* value = nullptr;
  int rank_min = 0, rank_max = 0;  // 1 is the best (the highest when polarity is neutral)
};

struct Ranking {
  const Indicator* indicator = nullptr;
  const ProvinceReference* reference = nullptr;  // nullptr: no province figure
  std::string period;
  std::vector<RankedDistrict> ranked;       // figures, bounds and intervals, best first
  std::vector<RankedDistrict> unranked;     // flags, categories, estimates, group facts (rank 0)
  std::vector<std::size_t> no_data;         // registry indices
};

// "4" when the rank is known, "4–9" (en dash) when only its range is.
std::string rank_range_text(int rank_min, int rank_max);

// The district's place among the ranked (registry index); nullptr when it is not ranked
// (no figure, or a flag, category, estimate or group fact).
const RankedDistrict* find_ranked(const Ranking& ranking, std::size_t district);

// "1/10", "4–10/10": a rank among `count` ranked districts; empty when there is none (0)
// or the district is the only one ranked ("1/1" tells nothing).
std::string rank_among_text(int rank_min, int rank_max, int count);

// Throws UsageError (in `lang`) for an unknown indicator or period.
Ranking rank_districts(const DistrictRegistry& registry, const IndicatorTable& table, const std::string& indicator,
                       const std::string& period, Lang lang = Lang::vi);

}  // namespace hgm
