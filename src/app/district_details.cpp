#include "app/district_details.h"

#include "core/i18n.h"

namespace hgm::app {

namespace {

const DistrictShading* shading_of(const Choropleth& choropleth, std::size_t district) {
  for (const DistrictShading& s : choropleth.districts)
    if (s.district == district) return &s;
  return nullptr;
}

}  // namespace

std::optional<DistrictDetails> district_details(const MapState& state, int district) {
  const DistrictRegistry& registry = state.inputs().data.registry;
  if (district < 0 || static_cast<std::size_t>(district) >= registry.size()) return std::nullopt;
  const std::size_t index = static_cast<std::size_t>(district);
  const Lang lang = state.selection().lang;
  const Choropleth& map = state.choropleth();

  DistrictDetails d;
  const District& info = registry.at(index);
  d.name = lang == Lang::vi ? info.name_full : info.name_vi;
  if (map.indicator) d.indicator = lang == Lang::vi ? map.indicator->name_vi : map.indicator->name_en;
  d.period = period_title(map.period, lang);
  d.value_text = tr(lang, Msg::no_data);
  const DistrictShading* shading = shading_of(map, index);
  if (shading == nullptr || shading->value == nullptr) return d;

  d.has_value = true;
  d.value_text = shading->value_text;
  const Provenance& p = shading->value->provenance;
  if (!p.section.empty()) {
    d.source = std::string(tr(lang, Msg::report_name)) + ", " + tr(lang, Msg::section) + " " + p.section;
  } else if (!p.document.empty()) {
    d.source = p.document;
  }
  if (!p.quote.empty()) d.quote = "“" + p.quote + "”";
  if (!p.inferred_from.empty()) d.inferred = std::string(tr(lang, Msg::inferred)) + ": " + p.inferred_from;
  return d;
}

}  // namespace hgm::app
