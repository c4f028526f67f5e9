#include "core/spec/make_scene.h"

#include <cmath>
#include <variant>

#include "core/errors.h"
#include "core/text/i18n.h"
#include "core/layout/scene_builder.h"
#include "core/text/number_format.h"

namespace hgm {

namespace {

void require_drawable(const MapSpec& spec) {
  if (spec.view == ViewKind::map) return;
  // Small multiples are laid out from several of these (core/views/multiples_view.h).
  if (spec.view == ViewKind::multiples) throw UsageError(tr(spec.lang, Msg::multiples_not_one_map));
  // The charts (core/views/view_frame.h) and the change map (core/views/change_view.h) are
  // drawn, but not as one period's map; each also has a command printing its figures.
  const std::string id = view_kind_id(spec.view);
  const std::string example = spec.view == ViewKind::change
                                  ? "export --view change --indicator X --compared-period 2021-Q2 --table q2.csv --out c.png"
                                  : "export --view " + id + " --out " + id + ".png";
  throw UsageError(tr(spec.lang, Msg::view_not_one_map, {{"view", id}, {"example", example}}));
}

}  // namespace

MapPicture make_picture(const MapInputs& inputs, const IndicatorTable& table, const MapSpec& spec) {
  require_drawable(spec);
  MapPicture p;
  p.choropleth = build_choropleth(inputs.data.registry, table, choropleth_options(spec));
  p.scene = build_scene(p.choropleth, inputs.boundaries, inputs.data.registry, spec.lang, kBoundaryAttribution,
                        inputs.locator);
  p.automatic_title = p.scene.title;
  p.automatic_subtitle = p.scene.subtitle;
  apply_spec_titles(p.scene, spec);
  p.scene.pinned = spec.pinned;
  p.scene.highlighted = spec.highlighted;
  for (std::string& note : marked_district_notes(p.scene, spec)) p.scene.legend.notes.push_back(std::move(note));
  return p;
}

std::vector<std::string> marked_district_notes(const Scene& scene, const MapSpec& spec) {
  std::vector<std::string> notes;
  if (!spec.pinned.empty()) notes.emplace_back(tr(spec.lang, Msg::map_pinned_note));
  std::string names;
  for (const std::string& code : spec.highlighted)
    for (const MapFeature& feature : scene.features)
      if (feature.code == code) names += (names.empty() ? "" : ", ") + feature.label;
  if (!names.empty()) notes.push_back(fill(tr(spec.lang, Msg::map_highlighted_note), {{"names", names}}));
  return notes;
}

void apply_spec_titles(Scene& scene, const MapSpec& spec) {
  scene.title = own_unless_blank(spec.title, scene.title);
  scene.subtitle = own_unless_blank(spec.subtitle, scene.subtitle);
}

Scene make_scene(const MapInputs& inputs, const MapSpec& spec) {
  return make_picture(inputs, inputs.data.table, spec).scene;
}

double legible_text_px(const OutputSize& size) {
  if (const auto* paper = std::get_if<PaperSize>(&size)) return layout::legible_text_px_on_paper(paper->dpi);
  return layout::kLegibleTextPx;
}

namespace {

bool legible_at(const Scene& scene, const MapSpec& spec, const OutputSize& size, const TextMeasurer& m) {
  const ImageSize px = pixel_size(size);
  return layout_map(scene, px.width, px.height, MapView{}, m, spec.layout, {}, legible_text_px(size)).fit.legible;
}

// The least n in (lo, hi] with legible(n), given legible(hi) (legibility grows with size).
template <class Legible>
int least_legible(int lo, int hi, const Legible& legible) {
  while (hi - lo > 1) {
    const int mid = lo + (hi - lo) / 2;
    (legible(mid) ? hi : lo) = mid;
  }
  return hi;
}

}  // namespace

std::optional<OutputSize> smallest_legible_size(const Scene& scene, const MapSpec& spec, const TextMeasurer& m) {
  return smallest_size_where(spec.size, [&](const OutputSize& size) { return legible_at(scene, spec, size, m); });
}

std::optional<OutputSize> smallest_size_where(const OutputSize& given_size,
                                              const std::function<bool(const OutputSize&)>& legible) {
  if (const auto* paper = std::get_if<PaperSize>(&given_size)) {
    auto at_dpi = [&](int dpi) {
      PaperSize p = *paper;
      p.dpi = dpi;
      return OutputSize{p};
    };
    if (!legible(at_dpi(kMaxDpi))) return std::nullopt;
    return at_dpi(least_legible(paper->dpi, kMaxDpi, [&](int dpi) { return legible(at_dpi(dpi)); }));
  }
  // Scaled by its longer side, the shorter one in proportion and at least kMinSide.
  const ImageSize given = std::get<ImageSize>(given_size);
  const bool wide = given.width >= given.height;
  const double ratio = wide ? double(given.height) / given.width : double(given.width) / given.height;
  auto of_side = [&](int side) {
    const int other = std::max(kMinSide, static_cast<int>(std::lround(side * ratio)));
    return OutputSize{wide ? ImageSize{side, other} : ImageSize{other, side}};
  };
  const int from = std::max(given.width, given.height);
  if (!legible(of_side(kMaxSide))) return std::nullopt;
  // Doubling first keeps the layouts tried few and near the answer.
  int lo = from, hi = from;
  do {
    lo = hi;
    hi = std::min(kMaxSide, hi * 2);
  } while (hi < kMaxSide && !legible(of_side(hi)));
  return of_side(least_legible(lo, hi, [&](int side) { return legible(of_side(side)); }));
}

std::string size_text(const OutputSize& size, Lang lang) {
  if (const auto* paper = std::get_if<PaperSize>(&size)) {
    const bool portrait = paper->orientation == Orientation::portrait;
    const char* orientation = lang == Lang::vi ? (portrait ? "dọc" : "ngang") : (portrait ? "portrait" : "landscape");
    return std::string(paper_id(paper->paper)) + " " + orientation + ", " + std::to_string(paper->dpi) + " DPI";
  }
  const ImageSize px = std::get<ImageSize>(size);
  return std::to_string(px.width) + "x" + std::to_string(px.height);
}

Frame layout_for_export(const Scene& scene, const MapSpec& spec, const TextMeasurer& measurer) {
  const ImageSize px = pixel_size(spec.size);
  const double min_text = legible_text_px(spec.size);
  LaidOutMap laid_out = layout_map(scene, px.width, px.height, MapView{}, measurer, spec.layout, {}, min_text);
  if (laid_out.fit.legible) return std::move(laid_out.frame);
  const std::string least = std::holds_alternative<PaperSize>(spec.size)
                                ? format_number(layout::kLegibleTextPt, 0, spec.lang) + " pt"
                                : format_number(min_text, 0, spec.lang) + " px";
  const std::string size = size_text(spec.size, spec.lang);
  if (const auto smallest = smallest_legible_size(scene, spec, measurer))
    throw UsageError(tr(spec.lang, Msg::export_too_small,
                        {{"size", size}, {"min", least}, {"smallest", size_text(*smallest, spec.lang)}}));
  throw UsageError(tr(spec.lang, Msg::export_too_small_any, {{"size", size}, {"min", least}}));
}

}  // namespace hgm
