#include "app/panels/district_details.h"

#include <cmath>

#include "app/app_text.h"
#include "core/compare/ranking.h"
#include "core/data/source_name.h"
#include "core/text/i18n.h"

namespace hgm::app {

namespace {

const DistrictShading* shading_of(const Choropleth& choropleth, std::size_t district) {
  for (const DistrictShading& s : choropleth.districts)
    if (s.district == district) return &s;
  return nullptr;
}

// Decimals a figure is written with (0, 1 or 2), so a difference is no more precise than
// the figures it comes from.
int decimals_of(double v) {
  for (int d = 0; d < 2; ++d) {
    const double scaled = v * std::pow(10.0, d);
    if (std::fabs(scaled - std::round(scaled)) < 1e-6) return d;
  }
  return 2;
}

// Where an imported value comes from: the importer records a planner's table row as the
// section "file.csv:12", which reads better as "file.csv, dòng 12".
std::string table_location(const Provenance& p, Lang lang) {
  const std::string prefix = p.document + ":";
  if (p.document.empty() || p.section.size() <= prefix.size() || p.section.compare(0, prefix.size(), prefix) != 0)
    return {};
  const std::string line = p.section.substr(prefix.size());
  if (line.find_first_not_of("0123456789") != std::string::npos) return {};
  return p.document + ", " + ui_text(lang, UiText::table_line) + " " + line;
}

}  // namespace

std::string difference_from_reference(double value, double reference, const std::string& unit, Lang lang) {
  const int decimals = std::max(decimals_of(value), decimals_of(reference));
  const double scale = std::pow(10.0, decimals);
  const double diff = std::round((value - reference) * scale) / scale;
  if (diff == 0) return ui_text(lang, UiText::same_as_province);
  // format_number writes a negative number with U+2212; the table's entry writes the sign instead.
  const std::string amount = format_number(std::fabs(diff), decimals, lang);
  const bool one = std::fabs(diff) == 1;
  const std::string what = unit == "%" ? ui_text(lang, one ? UiText::percentage_point : UiText::percentage_points)
                           : unit.empty() ? ""
                                          : " " + unit;
  return ui_text(lang, diff > 0 ? UiText::above_province : UiText::below_province, {{"amount", amount}, {"what", what}});
}

std::optional<DistrictDetails> district_details(const MapState& state, int district) {
  return district_details(state, state.choropleth(), district);
}

std::optional<DistrictDetails> district_details(const MapState& state, const std::string& indicator,
                                                const std::string& period, int district) {
  // Only the words are wanted: the indicator's own automatic classes, never the breaks or
  // palette chosen for another one.
  ChoroplethOptions o;
  o.indicator = indicator;
  o.period = period;
  o.lang = state.spec().lang;
  const Choropleth map = build_choropleth(state.inputs().data.registry, state.table(), o);
  return district_details(state, map, district);
}

std::optional<DistrictDetails> district_details(const MapState& state, const Choropleth& map, int district) {
  const DistrictRegistry& registry = state.inputs().data.registry;
  if (district < 0 || static_cast<std::size_t>(district) >= registry.size()) return std::nullopt;
  const std::size_t index = static_cast<std::size_t>(district);
  const Lang lang = state.selection().lang;

  DistrictDetails d;
  const District& info = registry.at(index);
  // English keeps the Vietnamese place name, without the Vietnamese "Huyện".
  d.name = pick(lang, info.name_full, info.name_vi);
  if (map.indicator) d.indicator = pick(lang, map.indicator->name_vi, map.indicator->name_en);
  d.period = period_title(map.period, lang);
  d.value_text = tr(lang, Msg::no_data);
  const DistrictShading* shading = shading_of(map, index);
  if (shading == nullptr || shading->value == nullptr) return d;

  d.has_value = true;
  d.value_text = shading->value_text;
  const StatedValue& value = *shading->value;
  const Provenance& p = value.provenance;
  if (std::string table = table_location(p, lang); !table.empty()) {
    d.source = std::move(table);
  } else if (!p.section.empty()) {
    d.source = std::string(tr(lang, Msg::report_name)) + ", " + tr(lang, Msg::section) + " " + p.section;
  } else if (!p.document.empty()) {
    d.source = p.document;
  }
  if (!p.replaced_document.empty()) {
    const std::string from = source_name(p.replaced_document, lang);
    d.source += " (" + ui_text(lang, UiText::replaced_figure, {{"stated", p.replaced_stated}, {"source", from}}) + ")";
  }
  if (!p.quote.empty()) d.quote = "“" + p.quote + "”";
  if (!p.inferred_from.empty()) d.inferred = std::string(tr(lang, Msg::inferred)) + ": " + p.inferred_note(lang);
  if (value.is_exact() && std::isfinite(value.value) && map.reference && std::isfinite(map.reference->value) &&
      map.indicator)
    d.difference = difference_from_reference(value.value, map.reference->value, map.indicator->unit_in(lang), lang);
  if (map.indicator) {  // as the ranking and the profile give it
    const Ranking ranking = rank_districts(registry, state.table(), map.indicator->id, map.period, lang);
    if (const RankedDistrict* r = find_ranked(ranking, index)) {
      const std::string among = rank_among_text(r->rank_min, r->rank_max, static_cast<int>(ranking.ranked.size()));
      if (!among.empty()) d.rank = std::string(tr(lang, Msg::rank)) + " " + among;
    }
  }
  return d;
}

}  // namespace hgm::app
