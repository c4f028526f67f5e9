#include "core/views/view_frame.h"

#include <stdexcept>
#include <string>
#include <variant>

#include "core/errors.h"
#include "core/layout/legibility.h"
#include "core/spec/make_scene.h"
#include "core/text/number_format.h"
#include "core/text/i18n.h"
#include "core/views/overview_view.h"
#include "core/views/profile_view.h"
#include "core/views/rank_view.h"

namespace hgm {

bool is_chart_view(ViewKind view) {
  return view == ViewKind::rank || view == ViewKind::overview || view == ViewKind::profile;
}

Frame layout_view_frame(const MapInputs& inputs, const IndicatorTable& table, const MapSpec& spec, int width,
                        int height, const TextMeasurer& measurer, std::optional<std::size_t> first_row) {
  switch (spec.view) {
    case ViewKind::rank: return layout_rank_view(inputs, table, spec, width, height, measurer);
    case ViewKind::overview: return layout_overview_view(inputs, table, spec, width, height, measurer, first_row);
    case ViewKind::profile: return layout_profile_view(inputs, table, spec, width, height, measurer, first_row);
    case ViewKind::map:
    case ViewKind::multiples:
    case ViewKind::change: break;
  }
  // Callers ask is_chart_view first: the map and the multiples and change maps are laid out elsewhere.
  throw std::invalid_argument(std::string("layout_view_frame: not a chart view: ") + view_kind_id(spec.view));
}

namespace {

bool rows_legible(const Frame& frame, const OutputSize& size) {
  return frame.rows.fit && (frame.rows.text_px == 0 || frame.rows.text_px >= legible_text_px(size) - 1e-9);
}

}  // namespace

Frame layout_view_for_export(const MapInputs& inputs, const IndicatorTable& table, const MapSpec& spec,
                             const TextMeasurer& measurer) {
  const auto at = [&](const OutputSize& size) {
    const ImageSize px = pixel_size(size);
    return layout_view_frame(inputs, table, spec, px.width, px.height, measurer);
  };
  Frame frame = at(spec.size);
  if (rows_legible(frame, spec.size)) return frame;
  const std::string least = std::holds_alternative<PaperSize>(spec.size)
                                ? format_number(layout::kLegibleTextPt, 0, spec.lang) + " pt"
                                : format_number(legible_text_px(spec.size), 0, spec.lang) + " px";
  const std::string size = size_text(spec.size, spec.lang);
  const std::string view = view_kind_id(spec.view);
  if (const auto smallest = smallest_size_where(spec.size, [&](const OutputSize& s) { return rows_legible(at(s), s); }))
    throw UsageError(tr(spec.lang, Msg::chart_too_small,
                        {{"view", view}, {"size", size}, {"min", least}, {"smallest", size_text(*smallest, spec.lang)}}));
  throw UsageError(tr(spec.lang, Msg::chart_too_small_any, {{"view", view}, {"size", size}, {"min", least}}));
}

}  // namespace hgm
