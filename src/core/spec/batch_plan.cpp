#include "core/spec/batch_plan.h"

#include <set>

#include "core/data/table_lookup.h"
#include "core/errors.h"
#include "core/text/i18n.h"
#include "core/text/text_join.h"

namespace hgm {

namespace {

bool is_all(const std::vector<std::string>& names) { return names.size() == 1 && names[0] == "all"; }

std::vector<std::string> chosen_periods(const BatchRequest& request, const MapSpec& base, const IndicatorTable& table) {
  if (request.periods.empty()) return {base.period};
  if (is_all(request.periods)) return table.periods();
  for (const std::string& period : request.periods) require_period(table, period, base.lang);
  return request.periods;
}

std::vector<std::string> chosen_indicators(const BatchRequest& request, const MapSpec& base,
                                           const IndicatorTable& table) {
  std::vector<std::string> ids;
  if (request.indicators.empty()) return {base.indicator};
  if (is_all(request.indicators)) {
    for (const Indicator& indicator : table.indicators()) ids.push_back(indicator.id);
    return ids;
  }
  for (const std::string& id : request.indicators) ids.push_back(indicator_or_throw(table, id, base.lang).id);
  return ids;
}

}  // namespace

std::string batch_file_name(const std::string& pattern, const std::string& indicator, const std::string& period,
                            Lang lang, const std::string& extension) {
  return fill(pattern, {{"indicator", indicator},
                        {"period", period},
                        {"lang", lang == Lang::vi ? "vi" : "en"},
                        {"ext", extension}});
}

bool names_a_batch(const std::string& value) { return value == "all" || value.find(',') != std::string::npos; }

BatchPlan plan_batch(const MapSpec& base, const BatchRequest& request, const IndicatorTable& table) {
  const Lang lang = base.lang;
  if (request.name_pattern.find('/') != std::string::npos)
    throw UsageError(tr(lang, Msg::batch_pattern_folder, {{"pattern", request.name_pattern}}));
  const std::vector<std::string> periods = chosen_periods(request, base, table);
  const std::vector<std::string> indicators = chosen_indicators(request, base, table);
  const bool every_indicator = is_all(request.indicators);
  BatchPlan plan;
  std::set<std::string> names;
  for (const std::string& period : periods) {
    for (const std::string& id : indicators) {
      if (every_indicator && !table.has_values(id, period)) {
        plan.skipped.push_back(tr(lang, Msg::batch_skipped, {{"indicator", id}, {"period", period}}));
        continue;
      }
      BatchItem item{base, batch_file_name(request.name_pattern, id, period, lang, request.extension)};
      item.spec.indicator = id;
      item.spec.period = period;
      if (!names.insert(item.file_name).second)
        throw UsageError(tr(lang, Msg::batch_names_collide, {{"pattern", request.name_pattern}, {"file", item.file_name}}));
      plan.items.push_back(std::move(item));
    }
  }
  if (plan.items.empty()) throw UsageError(tr(lang, Msg::batch_nothing, {{"periods", join(periods)}}));
  return plan;
}

}  // namespace hgm
