#include "core/compare/overview_order.h"

#include <algorithm>
#include <numeric>

#include "core/text/text_fold.h"

namespace hgm {

namespace {

// What a planner looks for first about one district: where it is behind the province, then
// where it may be, then what cannot be told, then where it is level or ahead.
int concern(Comparison c) {
  switch (c) {
    case Comparison::worse: return 0;
    case Comparison::not_better: return 1;
    case Comparison::cannot_tell: return 2;
    case Comparison::same: return 3;
    case Comparison::not_worse: return 4;
    case Comparison::better: return 5;
    case Comparison::no_reference: return 6;
    case Comparison::no_data: return 7;
  }
  return 7;
}

}  // namespace

const char* overview_order_id(OverviewOrder order) {
  switch (order) {
    case OverviewOrder::group: return "group";
    case OverviewOrder::district: return "district";
    case OverviewOrder::pinned: return "pinned";
  }
  return "group";
}

std::optional<OverviewOrder> parse_overview_order(std::string_view id) {
  for (const OverviewOrder o : {OverviewOrder::group, OverviewOrder::district, OverviewOrder::pinned})
    if (id == overview_order_id(o)) return o;
  return std::nullopt;
}

std::vector<std::size_t> overview_columns(const DistrictRegistry& registry, OverviewOrder order) {
  std::vector<std::size_t> columns(registry.size());
  std::iota(columns.begin(), columns.end(), std::size_t{0});
  if (order != OverviewOrder::district) return columns;
  std::vector<std::string> keys;
  for (const District& d : registry.districts()) keys.push_back(fold_for_matching(d.short_vi));
  std::stable_sort(columns.begin(), columns.end(), [&](std::size_t a, std::size_t b) { return keys[a] < keys[b]; });
  return columns;
}

void order_overview(Overview& o, const DistrictRegistry& registry, OverviewOrder order, const std::string& pinned) {
  if (order != OverviewOrder::pinned) return;
  const auto district = registry.find_code(pinned);
  if (!district) return;
  const auto key = [&](const OverviewRow& row) {
    for (const OverviewCell& c : row.cells)
      if (c.district == *district) return concern(c.comparison);
    return concern(Comparison::no_data);
  };
  std::stable_sort(o.rows.begin(), o.rows.end(), [&](const OverviewRow& a, const OverviewRow& b) { return key(a) < key(b); });
}

}  // namespace hgm
