#include "core/spec/validate_spec.h"

#include <algorithm>

#include "core/data/table_lookup.h"
#include "core/errors.h"
#include "core/text/i18n.h"
#include "core/text/text_join.h"
#include "core/thematic/classify.h"
#include "core/thematic/palette.h"

namespace hgm {

namespace {

using Problem = std::optional<SpecProblem>;

Problem indicator_problem(const std::string& key, const std::string& id, const IndicatorTable& table, Lang lang) {
  if (std::optional<std::string> why = unknown_indicator_message(table, id, lang)) return SpecProblem{key, *why};
  return std::nullopt;
}

Problem period_problem(const std::string& key, const std::string& period, const IndicatorTable& table, Lang lang) {
  if (std::optional<std::string> why = unknown_period_message(table, period, lang)) return SpecProblem{key, *why};
  return std::nullopt;
}

Problem districts_problem(const std::string& key, const std::vector<std::string>& codes,
                          const DistrictRegistry& registry, Lang lang) {
  if (codes.size() > kMaxMarkedDistricts)
    return SpecProblem{key, tr(lang, Msg::spec_too_many_districts,
                               {{"most", std::to_string(kMaxMarkedDistricts)}, {"count", std::to_string(codes.size())}})};
  for (std::size_t i = 0; i < codes.size(); ++i) {
    const std::string& code = codes[i];
    const auto index = registry.find_code(code);
    // Codes are written as the registry has them ("024"), so files compare as text.
    if (index && registry.at(*index).code == code) {
      if (std::find(codes.begin(), codes.begin() + static_cast<long>(i), code) != codes.begin() + static_cast<long>(i))
        return SpecProblem{key, tr(lang, Msg::spec_district_twice, {{"code", code}})};
      continue;
    }
    std::vector<std::string> known;
    for (const District& d : registry.districts())
      known.push_back(d.code + " (" + pick(lang, d.name_vi, d.name_en) + ")");
    return SpecProblem{key, tr(lang, Msg::spec_unknown_district, {{"code", code}, {"known", join(known)}})};
  }
  return std::nullopt;
}

}  // namespace

std::optional<SpecProblem> validate_spec(const MapSpec& spec, const DistrictRegistry& registry,
                                         const IndicatorTable& table, Lang lang) {
  if (Problem p = indicator_problem("map.indicator", spec.indicator, table, lang)) return p;
  for (std::size_t i = 0; i < spec.indicators.size(); ++i)
    if (Problem p = indicator_problem("map.indicators[" + std::to_string(i) + "]", spec.indicators[i], table, lang))
      return p;
  if (Problem p = period_problem("map.period", spec.period, table, lang)) return p;
  if (!spec.compared_period.empty())
    if (Problem p = period_problem("map.compared_period", spec.compared_period, table, lang)) return p;
  if (spec.classes != 0 && (spec.classes < 2 || spec.classes > kMaxClasses))
    return SpecProblem{"map.classes", tr(lang, Msg::spec_classes_range,
                                         {{"most", std::to_string(kMaxClasses)}, {"classes", std::to_string(spec.classes)}})};
  if (!spec.palette.empty()) {
    try {
      scheme_named(spec.palette, lang);  // the palette says what it knows
    } catch (const UsageError& e) {
      return SpecProblem{"map.palette", e.what()};
    }
  }
  if (Problem p = districts_problem("districts.highlighted", spec.highlighted, registry, lang)) return p;
  if (Problem p = districts_problem("districts.pinned", spec.pinned, registry, lang)) return p;
  return std::nullopt;
}

}  // namespace hgm
