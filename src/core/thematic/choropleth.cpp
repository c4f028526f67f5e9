#include "core/thematic/choropleth.h"

#include "core/errors.h"
#include "core/text/i18n.h"
#include "core/text/text_join.h"
#include "core/thematic/choropleth_parts.h"

namespace hgm {

using namespace choropleth_detail;

Choropleth build_choropleth(const DistrictRegistry& registry, const IndicatorTable& table,
                            const ChoroplethOptions& options) {
  Choropleth out;
  out.indicator = table.find_indicator(options.indicator);
  if (!out.indicator) {
    std::vector<std::string> ids;
    for (const Indicator& i : table.indicators()) ids.push_back(i.id);
    throw UsageError(fill(tr(options.lang, Msg::unknown_indicator), {{"id", options.indicator}, {"known", join(ids)}}));
  }
  if (!table.has_period(options.period))
    throw UsageError(fill(tr(options.lang, Msg::unknown_period), {{"id", options.period}, {"known", join(table.periods())}}));
  out.period = options.period;
  out.reference = table.reference(options.indicator, options.period);

  const DistrictValues values = gather_values(registry, table, *out.indicator, options.period);
  choose_classes(out, values, options);
  const std::vector<OwnEntry> own = shade_districts(out, registry, values, options.lang);
  build_legend(out, values, own, options);
  return out;
}

}  // namespace hgm
