#include "core/compare/profile.h"

#include <algorithm>
#include <cmath>

#include "core/compare/ranking.h"
#include "core/data/table_lookup.h"

namespace hgm {

namespace {

// The finite ends of every district's span: where a spine chart's band runs.
void spread(const Ranking& ranking, ProfileRow& row) {
  for (const RankedDistrict& r : ranking.ranked) {
    const std::optional<ValueSpan> s = span_of(*r.value);
    for (const double end : {s->lo, s->hi}) {
      if (!std::isfinite(end)) continue;
      row.districts_min = std::min(row.districts_min.value_or(end), end);
      row.districts_max = std::max(row.districts_max.value_or(end), end);
    }
  }
}

}  // namespace

DistrictProfile build_profile(const DistrictRegistry& registry, const IndicatorTable& table, std::size_t district,
                              const std::string& period, Lang lang) {
  require_period(table, period, lang);
  DistrictProfile p;
  p.district = district;
  p.period = period;
  const std::string& code = registry.at(district).code;
  for (const Indicator& indicator : table.indicators()) {
    const StatedValue* v = table.find(indicator.id, period, code);
    if (v == nullptr || v->kind == ValueKind::no_data) continue;
    ProfileRow row;
    row.indicator = &indicator;
    row.value = v;
    row.reference = table.reference(indicator.id, period);
    row.comparison = compare_with_reference(v, row.reference, indicator.polarity);
    const Ranking ranking = rank_districts(registry, table, indicator.id, period, lang);
    row.ranked_count = static_cast<int>(ranking.ranked.size());
    if (const RankedDistrict* r = find_ranked(ranking, district)) {
      row.rank_min = r->rank_min;
      row.rank_max = r->rank_max;
    }
    spread(ranking, row);
    p.rows.push_back(std::move(row));
  }
  return p;
}

}  // namespace hgm
