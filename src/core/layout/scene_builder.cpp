#include "core/layout/scene_builder.h"

#include <algorithm>
#include <set>

#include "core/text/i18n.h"
#include "core/text/number_format.h"
#include "core/data/source_name.h"
#include "core/text/text_join.h"

namespace hgm {

namespace {

// "1 huyện/TP", "3 huyện/TP".
std::string units_count(int n, Lang lang) {
  if (n == 1) return tr(lang, Msg::one_district_count);
  return format_number(n, 0, lang) + " " + tr(lang, Msg::districts_count);
}

// "Nguồn số liệu: Báo cáo … (mục I.5.a); bảng quy-2.csv" — the report with the sections
// used, then every other document (planners' tables) by name; when a table's figure replaced
// another source's, ", thay số liệu của báo cáo ở 2 huyện/TP" says whose and how many.
std::string source_line(const Choropleth& c, Lang lang) {
  std::set<std::string> sections, other_documents, replaced_sources;
  int replaced = 0;
  for (const DistrictShading& s : c.districts) {
    if (!s.value) continue;
    const Provenance& p = s.value->provenance;
    if (p.from_report()) {
      if (!p.section.empty()) sections.insert(p.section);
    } else {
      other_documents.insert(p.document);
    }
    if (!p.replaced_document.empty()) {
      ++replaced;
      replaced_sources.insert(source_name(p.replaced_document, lang));
    }
  }
  std::string line = tr(lang, Msg::source_prefix);
  if (!sections.empty() || other_documents.empty()) {
    line += tr(lang, Msg::report_name);
    if (!sections.empty()) line += " (" + std::string(tr(lang, Msg::section)) + " " + join(sections) + ")";
  }
  if (!other_documents.empty())
    line += std::string(sections.empty() ? "" : "; ") + tr(lang, Msg::source_tables, {{"tables", join(other_documents)}});
  if (replaced > 0)
    line += tr(lang, Msg::source_replaces, {{"sources", join(replaced_sources)}, {"units", units_count(replaced, lang)}});
  return line;
}

}  // namespace

Scene build_scene(const Choropleth& c, const BoundarySet& boundaries, const DistrictRegistry& registry,
                  Lang lang, const std::string& attribution, const LocatorMap& locator) {
  Scene scene;
  scene.locator = locator;
  scene.locator.caption = tr(lang, Msg::locator_caption);
  scene.lang = lang;
  const Indicator& ind = *c.indicator;
  scene.title = pick(lang, ind.name_vi, ind.name_en);
  scene.subtitle = period_title(c.period, lang);
  if (const std::string& unit = ind.unit_in(lang); !unit.empty())
    scene.subtitle = tr(lang, Msg::subtitle_with_unit, {{"period", scene.subtitle}, {"unit", unit}});
  scene.source_line = source_line(c, lang);
  scene.attribution = attribution;
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
    if (point_in_shape(p, g.shape)) return static_cast<int>(g.district);
  return -1;
}

}  // namespace hgm
