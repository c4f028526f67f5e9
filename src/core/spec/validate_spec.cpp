#include "core/spec/validate_spec.h"

#include <algorithm>

#include "core/errors.h"
#include "core/text/text_join.h"
#include "core/thematic/palette.h"

namespace hgm {

namespace {

using Problem = std::optional<SpecProblem>;

std::string say(Lang lang, const std::string& vi, const std::string& en) { return lang == Lang::vi ? vi : en; }

Problem indicator_problem(const std::string& key, const std::string& id, const IndicatorTable& table, Lang lang) {
  if (table.find_indicator(id)) return std::nullopt;
  std::vector<std::string> ids;
  for (const Indicator& i : table.indicators()) ids.push_back(i.id);
  return SpecProblem{key, say(lang, "không có chỉ tiêu '" + id + "'; các chỉ tiêu: " + join(ids),
                              "unknown indicator '" + id + "'; known indicators: " + join(ids))};
}

Problem period_problem(const std::string& key, const std::string& period, const IndicatorTable& table, Lang lang) {
  if (table.has_period(period)) return std::nullopt;
  return SpecProblem{key, say(lang, "không có kỳ '" + period + "'; các kỳ có số liệu: " + join(table.periods()),
                              "unknown period '" + period + "'; known periods: " + join(table.periods()))};
}

Problem districts_problem(const std::string& key, const std::vector<std::string>& codes,
                          const DistrictRegistry& registry, Lang lang) {
  if (codes.size() > kMaxMarkedDistricts)
    return SpecProblem{key, say(lang,
                                "tối đa " + std::to_string(kMaxMarkedDistricts) + " huyện, không phải " +
                                    std::to_string(codes.size()),
                                "at most " + std::to_string(kMaxMarkedDistricts) + " districts, not " +
                                    std::to_string(codes.size()))};
  for (std::size_t i = 0; i < codes.size(); ++i) {
    const std::string& code = codes[i];
    const auto index = registry.find_code(code);
    // Codes are written as the registry has them ("024"), so files compare as text.
    if (index && registry.at(*index).code == code) {
      if (std::find(codes.begin(), codes.begin() + static_cast<long>(i), code) != codes.begin() + static_cast<long>(i))
        return SpecProblem{key, say(lang, "mã huyện '" + code + "' có hai lần", "district code '" + code + "' is listed twice")};
      continue;
    }
    std::vector<std::string> known;
    for (const District& d : registry.districts())
      known.push_back(d.code + " (" + (lang == Lang::vi ? d.name_vi : d.name_en) + ")");
    return SpecProblem{key, say(lang, "không có huyện mã '" + code + "'; các mã GSO: " + join(known),
                                "unknown district code '" + code + "'; GSO codes: " + join(known))};
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
  if (spec.classes != 0 && (spec.classes < 2 || spec.classes > 9))
    return SpecProblem{"map.classes",
                       say(lang, "số lớp phải là 0 (tự động) hoặc từ 2 đến 9, không phải " + std::to_string(spec.classes),
                           "the number of classes must be 0 (automatic) or 2 to 9, not " +
                               std::to_string(spec.classes))};
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
