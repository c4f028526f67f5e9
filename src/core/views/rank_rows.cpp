#include "core/views/rank_rows.h"

#include <algorithm>
#include <cmath>

#include "core/compare/ranking.h"
#include "core/text/i18n.h"
#include "core/views/cell_text.h"
#include "core/thematic/choropleth.h"

namespace hgm {

namespace {

bool listed(const std::vector<std::string>& codes, const std::string& code) {
  return std::find(codes.begin(), codes.end(), code) != codes.end();
}

RankRow row_of(const RankedDistrict& r, const DistrictRegistry& registry, const Choropleth& map, const MapSpec& spec) {
  const District& d = registry.at(r.district);
  RankRow row;
  row.code = d.code;
  row.name = pick(spec.lang, d.short_vi, d.short_en);
  row.figure = value_text(*r.value, *map.indicator, spec.lang);
  // As the map's legend says it: a figure read from a statement about other districts.
  row.compact_figure = views::cell_text(*r.value, *map.indicator, spec.lang);
  if (!r.value->provenance.inferred_from.empty()) {
    const std::string inferred = " (" + std::string(tr(spec.lang, Msg::inferred)) + ")";
    row.figure += inferred;
    row.compact_figure += inferred;
  }
  if (r.rank_min > 0) row.rank = rank_range_text(r.rank_min, r.rank_max);
  row.span = span_of(*r.value);
  if (r.value->is_approximate() && !r.value->is_shared()) row.estimate = r.value->value;
  row.style = map.districts.at(r.district).style;
  row.pinned = listed(spec.pinned, d.code);
  row.highlighted = listed(spec.highlighted, d.code);
  return row;
}

}  // namespace

RankRows rank_rows(const DistrictRegistry& registry, const IndicatorTable& table, const MapSpec& spec) {
  const Ranking ranking = rank_districts(registry, table, spec.indicator, spec.period, spec.lang);
  const Choropleth map = build_choropleth(registry, table, choropleth_options(spec));
  RankRows rows;
  rows.indicator = ranking.indicator;
  for (const RankedDistrict& r : ranking.ranked) {
    rows.ranked.push_back(row_of(r, registry, map, spec));
    rows.values.push_back(r.value);
  }
  for (const RankedDistrict& r : ranking.unranked) {
    rows.unranked.push_back(row_of(r, registry, map, spec));
    rows.values.push_back(r.value);
  }
  for (const std::size_t d : ranking.no_data) {
    const District& district = registry.at(d);
    const std::string name = pick(spec.lang, district.short_vi, district.short_en);
    if (!listed(spec.pinned, district.code)) {
      rows.no_data.push_back(name);
      continue;
    }
    RankRow row;
    row.code = district.code;
    row.name = name;
    row.figure = tr(spec.lang, Msg::no_data_legend);
    row.style = map.districts.at(d).style;
    row.pinned = true;
    row.highlighted = listed(spec.highlighted, district.code);
    rows.pinned_no_data.push_back(row);
  }
  if (ranking.reference && std::isfinite(ranking.reference->value)) {
    rows.reference = ranking.reference->value;
    const std::string value = format_with_unit(ranking.reference->value, ranking.indicator->unit_in(spec.lang), spec.lang);
    rows.reference_label = tr(spec.lang, Msg::province_line, {{"value", value}});
  }
  return rows;
}

}  // namespace hgm
