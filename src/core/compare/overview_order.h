#pragma once
// The order of the overview's rows and columns: indicators in the report's order (grouped
// by its sections) or by how one district compares (its worse figures first), and the
// districts by GSO code or by name. The window, `overview --sort` and the drawn overview
// share it.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/compare/overview.h"

namespace hgm {

enum class OverviewOrder {
  group,     // the report's order, grouped by its sections (the default)
  district,  // the same rows; the districts' columns by name (A–Z, diacritics folded)
  pinned,    // rows by the first pinned district's comparison: worse first, better last
};
const char* overview_order_id(OverviewOrder order);  // "group", "district", "pinned"
std::optional<OverviewOrder> parse_overview_order(std::string_view id);

// The districts' columns in the order to show them (registry indices).
std::vector<std::size_t> overview_columns(const DistrictRegistry& registry, OverviewOrder order);

// Reorders `overview.rows` for `order`; `pinned` is the district (GSO code) `pinned` sorts
// by, ignored by the others. A stable sort: rows that compare alike keep the report's order.
void order_overview(Overview& overview, const DistrictRegistry& registry, OverviewOrder order,
                    const std::string& pinned);

}  // namespace hgm
