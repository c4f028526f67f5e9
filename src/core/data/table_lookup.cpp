#include "core/data/table_lookup.h"

#include <vector>

#include "core/errors.h"
#include "core/text/i18n.h"
#include "core/text/text_join.h"

namespace hgm {

const Indicator& indicator_or_throw(const IndicatorTable& table, const std::string& id, Lang lang) {
  if (const Indicator* found = table.find_indicator(id)) return *found;
  std::vector<std::string> ids;
  for (const Indicator& i : table.indicators()) ids.push_back(i.id);
  throw UsageError(fill(tr(lang, Msg::unknown_indicator), {{"id", id}, {"known", join(ids)}}));
}

void require_period(const IndicatorTable& table, const std::string& period, Lang lang) {
  if (!table.has_period(period))
    throw UsageError(fill(tr(lang, Msg::unknown_period), {{"id", period}, {"known", join(table.periods())}}));
}

}  // namespace hgm
