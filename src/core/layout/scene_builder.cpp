#include "core/layout/scene_builder.h"

#include "core/layout/source_line.h"
#include "core/text/i18n.h"

namespace hgm {

Scene titled_scene(const Indicator& ind, const std::string& period, const std::vector<const StatedValue*>& values,
                   Lang lang, const std::string& attribution) {
  Scene scene;
  scene.lang = lang;
  scene.title = pick(lang, ind.name_vi, ind.name_en);
  scene.subtitle = period_title(period, lang);
  if (const std::string& unit = ind.unit_in(lang); !unit.empty())
    scene.subtitle = tr(lang, Msg::subtitle_with_unit, {{"period", scene.subtitle}, {"unit", unit}});
  scene.source_line = source_line(values, lang);
  scene.attribution = attribution;
  return scene;
}

Scene build_scene(const Choropleth& c, const BoundarySet& boundaries, const DistrictRegistry& registry,
                  Lang lang, const std::string& attribution, const LocatorMap& locator) {
  std::vector<const StatedValue*> values;
  for (const DistrictShading& s : c.districts) values.push_back(s.value);
  Scene scene = titled_scene(*c.indicator, c.period, values, lang, attribution);
  scene.locator = locator;
  scene.locator.caption = tr(lang, Msg::locator_caption);
  scene.legend = c.legend;
  for (const DistrictShading& s : c.districts) {
    const DistrictGeometry* g = boundaries.find(s.district);
    if (!g) continue;  // reported by the loader as a warning
    const District& d = registry.at(s.district);
    MapFeature f;
    f.code = d.code;
    f.label = pick(lang, d.short_vi, d.short_en);
    f.shape = g->shape;
    f.mesh = g->mesh;
    f.label_anchor = g->label_anchor;
    f.inscribed_radius = g->inscribed_radius;
    f.style = s.style;
    scene.features.push_back(std::move(f));
  }
  scene.bounds = boundaries.bounds;
  return scene;
}

int district_at(const BoundarySet& boundaries, Vec2 p) {
  for (const DistrictGeometry& g : boundaries.districts)
    if (p.x >= g.extent.min_x && p.x <= g.extent.max_x && p.y >= g.extent.min_y && p.y <= g.extent.max_y &&
        point_in_shape(p, g.exact))
      return static_cast<int>(g.district);
  return -1;
}

}  // namespace hgm
