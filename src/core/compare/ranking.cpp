#include "core/compare/ranking.h"

#include <algorithm>
#include <optional>

#include "core/compare/value_span.h"
#include "core/data/table_lookup.h"

namespace hgm {

namespace {

// Competition ranks ("1, 2, 2, 4"): a district is ranked after every district that is
// above it for certain, and at worst after every district that may be above it.
void assign_ranks(std::vector<RankedDistrict>& ranked, const std::vector<ValueSpan>& spans) {
  for (std::size_t i = 0; i < ranked.size(); ++i) {
    int certainly = 0, possibly = 0;
    for (std::size_t j = 0; j < ranked.size(); ++j) {
      if (i == j) continue;
      certainly += certainly_above(spans[j], spans[i]) ? 1 : 0;
      possibly += possibly_above(spans[j], spans[i]) ? 1 : 0;
    }
    ranked[i].rank_min = 1 + certainly;
    ranked[i].rank_max = 1 + possibly;
  }
}

}  // namespace

std::string rank_range_text(int lo, int hi) {
  return lo == hi ? std::to_string(lo) : std::to_string(lo) + "–" + std::to_string(hi);
}

const RankedDistrict* find_ranked(const Ranking& ranking, std::size_t district) {
  for (const RankedDistrict& r : ranking.ranked)
    if (r.district == district) return &r;
  return nullptr;
}

std::string rank_among_text(int rank_min, int rank_max, int count) {
  if (rank_min <= 0 || count <= 1) return {};
  return rank_range_text(rank_min, rank_max) + "/" + std::to_string(count);
}

Ranking rank_districts(const DistrictRegistry& registry, const IndicatorTable& table, const std::string& indicator,
                       const std::string& period, Lang lang) {
  Ranking r;
  r.indicator = &indicator_or_throw(table, indicator, lang);
  require_period(table, period, lang);
  r.period = period;
  r.reference = table.reference(indicator, period);
  std::vector<ValueSpan> spans;
  for (std::size_t d = 0; d < registry.size(); ++d) {
    const StatedValue* v = table.find(indicator, period, registry.at(d).code);
    if (v == nullptr || v->kind == ValueKind::no_data) {
      r.no_data.push_back(d);
      continue;
    }
    const std::optional<ValueSpan> span = span_of(*v);
    if (!span) {
      r.unranked.push_back({d, v, 0, 0});
      continue;
    }
    // Rank 1 is the best: mirror the numbers when lower is better.
    spans.push_back(r.indicator->polarity == Polarity::lower_is_better ? mirrored(*span) : *span);
    r.ranked.push_back({d, v, 0, 0});
  }
  assign_ranks(r.ranked, spans);
  std::stable_sort(r.ranked.begin(), r.ranked.end(), [](const RankedDistrict& a, const RankedDistrict& b) {
    return a.rank_min != b.rank_min ? a.rank_min < b.rank_min : a.rank_max < b.rank_max;
  });
  return r;
}

}  // namespace hgm
