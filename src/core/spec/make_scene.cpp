#include "core/spec/make_scene.h"

#include "core/errors.h"
#include "core/text/i18n.h"
#include "core/layout/scene_builder.h"

namespace hgm {

namespace {

void require_drawable(const MapSpec& spec) {
  if (spec.view == ViewKind::map) return;
  // Small multiples are laid out from several of these (core/views/multiples_view.h).
  if (spec.view == ViewKind::multiples) throw UsageError(tr(spec.lang, Msg::multiples_not_one_map));
  const std::string id = view_kind_id(spec.view);
  throw UsageError(tr(spec.lang, Msg::view_not_drawn, {{"view", id}}));
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
  if (!spec.pinned.empty()) p.scene.legend.notes.push_back(tr(spec.lang, Msg::map_pinned_note));
  return p;
}

void apply_spec_titles(Scene& scene, const MapSpec& spec) {
  scene.title = own_unless_blank(spec.title, scene.title);
  scene.subtitle = own_unless_blank(spec.subtitle, scene.subtitle);
}

Scene make_scene(const MapInputs& inputs, const MapSpec& spec) {
  return make_picture(inputs, inputs.data.table, spec).scene;
}

Frame layout_for_export(const Scene& scene, const MapSpec& spec, const TextMeasurer& measurer) {
  const ImageSize px = pixel_size(spec.size);
  return layout_frame(scene, px.width, px.height, MapView{}, measurer, spec.layout);
}

}  // namespace hgm
