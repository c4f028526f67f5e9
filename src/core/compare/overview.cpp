#include "core/compare/overview.h"

#include <algorithm>

#include "core/data/table_lookup.h"

namespace hgm {

Overview build_overview(const DistrictRegistry& registry, const IndicatorTable& table, const std::string& period,
                        bool only_with_data, Lang lang) {
  require_period(table, period, lang);
  Overview o;
  o.period = period;
  for (const Indicator& indicator : table.indicators()) {
    OverviewRow row;
    row.indicator = &indicator;
    row.reference = table.reference(indicator.id, period);
    for (std::size_t d = 0; d < registry.size(); ++d) {
      const StatedValue* v = table.find(indicator.id, period, registry.at(d).code);
      if (v != nullptr && v->kind == ValueKind::no_data) v = nullptr;
      row.cells.push_back({d, v, compare_with_reference(v, row.reference, indicator.polarity)});
    }
    const bool any = std::any_of(row.cells.begin(), row.cells.end(), [](const OverviewCell& c) { return c.value; });
    if (any || !only_with_data) o.rows.push_back(std::move(row));
  }
  return o;
}

}  // namespace hgm
