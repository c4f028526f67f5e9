#include "core/thematic/choropleth.h"

#include "core/data/table_lookup.h"
#include "core/thematic/choropleth_parts.h"

namespace hgm {

using namespace choropleth_detail;

Choropleth build_choropleth(const DistrictRegistry& registry, const IndicatorTable& table,
                            const ChoroplethOptions& options) {
  Choropleth out;
  out.indicator = &indicator_or_throw(table, options.indicator, options.lang);
  require_period(table, options.period, options.lang);
  out.period = options.period;
  out.reference = table.reference(options.indicator, options.period);

  const DistrictValues values = gather_values(registry, table, *out.indicator, options.period);
  choose_classes(out, values, options);
  const std::vector<OwnEntry> own = shade_districts(out, registry, values, options.lang);
  build_legend(out, values, own, options);
  return out;
}

}  // namespace hgm
