#include "core/views/view_frame.h"

#include "core/errors.h"
#include "core/text/i18n.h"
#include "core/views/overview_view.h"
#include "core/views/profile_view.h"
#include "core/views/rank_view.h"

namespace hgm {

bool is_chart_view(ViewKind view) {
  return view == ViewKind::rank || view == ViewKind::overview || view == ViewKind::profile;
}

Frame layout_view_frame(const MapInputs& inputs, const IndicatorTable& table, const MapSpec& spec, int width,
                        int height, const TextMeasurer& measurer) {
  switch (spec.view) {
    case ViewKind::rank: return layout_rank_view(inputs, table, spec, width, height, measurer);
    case ViewKind::overview: return layout_overview_view(inputs, table, spec, width, height, measurer);
    case ViewKind::profile: return layout_profile_view(inputs, table, spec, width, height, measurer);
    case ViewKind::map:
    case ViewKind::multiples:
    case ViewKind::change: break;
  }
  throw UsageError(tr(spec.lang, Msg::view_not_drawn, {{"view", view_kind_id(spec.view)}}));
}

}  // namespace hgm
