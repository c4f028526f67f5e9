#pragma once
// The change map: one indicator's change between two periods (compute_change) drawn as the
// single map is drawn, on a diverging palette centred on 0 whose direction follows the
// indicator's polarity (an improvement is blue). A change known only as a range is hatched
// across the classes it may fall in, as the map hatches bounds; an estimate keeps its own
// hatched colour; a district missing in either period is "no data". The legend title says
// what is subtracted from what, in the indicator's unit (percentage points for a %).
#include <memory>

#include "core/compare/change.h"
#include "core/spec/map_inputs.h"
#include "core/spec/map_spec.h"
#include "core/thematic/choropleth.h"

namespace hgm {

struct ChangePicture {
  IndicatorChange change;
  IndicatorTable changes;  // the changes as stated values of `change.to_period`; the choropleth points into it
  Choropleth choropleth;
  Scene scene;
};

// The change map of `spec.indicator` from `spec.period` to `spec.compared_period`, with the
// spec's classes (automatic ones centred on 0), palette (empty: RdBu, or PuOr for an
// indicator without polarity), titles and pinned districts. Held by pointer: the
// choropleth points into the picture's own table. Throws UsageError for a missing or
// unknown period, the same period twice or an unknown indicator.
std::unique_ptr<ChangePicture> make_change_picture(const MapInputs& inputs, const IndicatorTable& table,
                                                   const MapSpec& spec);

}  // namespace hgm
