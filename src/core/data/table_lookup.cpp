#include "core/data/table_lookup.h"

#include <vector>

#include "core/errors.h"
#include "core/text/i18n.h"
#include "core/text/text_join.h"

namespace hgm {

std::optional<std::string> unknown_indicator_message(const IndicatorTable& table, const std::string& id, Lang lang) {
  if (table.find_indicator(id)) return std::nullopt;
  std::vector<std::string> ids;
  for (const Indicator& i : table.indicators()) ids.push_back(i.id);
  return tr(lang, Msg::unknown_indicator, {{"id", id}, {"known", join(ids)}});
}

std::optional<std::string> unknown_period_message(const IndicatorTable& table, const std::string& period, Lang lang) {
  if (table.has_period(period)) return std::nullopt;
  return tr(lang, Msg::unknown_period, {{"id", period}, {"known", join(table.periods())}});
}

const Indicator& indicator_or_throw(const IndicatorTable& table, const std::string& id, Lang lang) {
  if (std::optional<std::string> why = unknown_indicator_message(table, id, lang)) throw UsageError(*why);
  return *table.find_indicator(id);
}

void require_period(const IndicatorTable& table, const std::string& period, Lang lang) {
  if (std::optional<std::string> why = unknown_period_message(table, period, lang)) throw UsageError(*why);
}

}  // namespace hgm
