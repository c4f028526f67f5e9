#pragma once
// What `rank`, `overview` and `profile` print: JSON for programs, aligned text for people.
// The numbers come from core/compare, the same functions the window's views use.
#include <string>

#include "core/compare/overview.h"
#include "core/compare/overview_order.h"
#include "core/compare/profile.h"
#include "core/compare/ranking.h"
#include "core/data/district_registry.h"
#include "core/text/lang.h"

namespace hgm::cli {

std::string rank_json(const Ranking& ranking, const DistrictRegistry& registry, Lang lang);
std::string rank_text(const Ranking& ranking, const DistrictRegistry& registry, Lang lang);

// The rows in the overview's order; each row's districts in the order of `columns`.
std::string overview_json(const Overview& overview, const DistrictRegistry& registry,
                          const std::vector<std::size_t>& columns, OverviewOrder order, Lang lang);
std::string overview_text(const Overview& overview, const DistrictRegistry& registry,
                          const std::vector<std::size_t>& columns, Lang lang);

// One or more districts' profiles side by side (one JSON object per district).
std::string profiles_json(const std::vector<DistrictProfile>& profiles, const DistrictRegistry& registry, Lang lang);
std::string profiles_text(const std::vector<DistrictProfile>& profiles, const DistrictRegistry& registry, Lang lang);

}  // namespace hgm::cli
