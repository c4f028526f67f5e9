#include "core/views/rank_view.h"

#include "core/errors.h"
#include "core/text/i18n.h"

namespace hgm {

// Not drawn yet: says so as every view that is not drawn does.
Frame layout_rank_view(const MapInputs&, const IndicatorTable&, const MapSpec& spec, int, int, const TextMeasurer&) {
  throw UsageError(tr(spec.lang, Msg::view_not_drawn, {{"view", view_kind_id(spec.view)}}));
}

}  // namespace hgm
