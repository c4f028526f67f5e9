#include "cli/inspect_command.h"

#include <cstdio>

#include "cli/json_writer.h"
#include "cli/text_columns.h"
#include "core/thematic/classify.h"
#include "core/data/indicator_csv.h"
#include "io/projection.h"

namespace hgm::cli {

namespace {

const char* pattern_id(FillPattern p) {
  switch (p) {
    case FillPattern::solid: return "solid";
    case FillPattern::hatch: return "hatch";
    case FillPattern::no_data: return "no_data";
  }
  return "solid";
}

void write_provenance(JsonWriter& j, const Provenance& p) {
  j.begin_object("provenance");
  j.value("document", p.document).value("section", p.section).value("quote", p.quote);
  if (p.inferred_from.empty()) j.null("inferred_from");
  else j.value("inferred_from", p.inferred_from);
  if (p.replaced_document.empty()) {
    j.null("replaced");
  } else {
    j.begin_object("replaced").value("document", p.replaced_document).value("section", p.replaced_section)
        .value("stated", p.replaced_stated).end_object();
  }
  j.end_object();
}

void write_indicator(JsonWriter& j, const Indicator& ind) {
  j.begin_object("indicator")
      .value("id", ind.id).value("name_vi", ind.name_vi).value("name_en", ind.name_en)
      .value("unit", ind.unit).value("polarity", polarity_id(ind.polarity))
      .end_object();
}

void write_reference(JsonWriter& j, const ProvinceReference* reference) {
  if (!reference) {
    j.null("province_reference");
    return;
  }
  j.begin_object("province_reference").value("value", reference->value).value("stated", reference->stated);
  write_provenance(j, reference->provenance);
  j.end_object();
}

// The classes, their colours and how safe the palette is to read, copy and print.
void write_classification(JsonWriter& j, const Choropleth& map) {
  j.begin_object("classification").value("method", class_method_id(map.classes.method));
  j.value("classes", static_cast<int>(map.classes.size())).value("min", map.classes.min);
  j.begin_array("breaks");
  for (double b : map.classes.upper) j.value({}, b);
  j.end_array().begin_array("counts");
  for (int c : map.classes.counts) j.value({}, c);
  j.end_array().begin_array("colors");
  for (const Color& c : map.colors) j.value({}, to_hex(c));
  j.end_array().value("palette", map.palette);
  j.begin_object("palette_suitability")
      .value("colour_blind_safe", map.suitability.colour_blind_safe)
      .value("print_safe", map.suitability.print_safe)
      .value("photocopy_safe", map.suitability.photocopy_safe)
      .value("min_colour_blind_delta_e", map.suitability.min_cvd_delta)
      .value("min_lightness_step", map.suitability.min_lightness_step)
      .end_object();
  j.value("centered_on_reference", map.centered_on_reference);
  if (map.classes.method == ClassMethod::std_dev) j.value("center", map.classes.center).value("std_dev", map.classes.std_dev);
  j.begin_array("notes");
  for (const std::string& n : map.legend.notes) j.value({}, n);
  j.end_array().end_object();
}

// The district's figure as the report states it, and as the map classes and shows it.
void write_district_value(JsonWriter& j, const DistrictShading& s, const ProvinceReference* reference) {
  const StatedValue* v = s.value;
  j.value("kind", v ? value_kind_id(v->kind) : "no_data");
  if (v && v->is_exact()) j.value("value", v->value);
  else j.null("value");
  // An estimate keeps its figure apart from `value`, which holds exact figures only.
  if (v && v->is_approximate()) j.value("approximate_value", v->value);
  j.value("lower", v ? v->lower : std::nullopt).value("upper", v ? v->upper : std::nullopt);
  if (v) j.value("stated", v->stated);  // the report's own words
  else j.null("stated");
  j.value("shown", s.value_text);  // as the map and legend say it
  if (s.class_index >= 0) j.value("class", s.class_index);
  else j.null("class");
  if (s.class_low >= 0) {
    j.begin_array("may_fall_in_classes");
    for (int c = s.class_low; c <= s.class_high; ++c) j.value({}, c);
    j.end_array();
  }
  if (v && v->is_exact() && reference) j.value("difference_from_reference", v->value - reference->value);
  j.value("fill", to_hex(s.style.fill)).value("pattern", pattern_id(s.style.pattern));
  if (s.style.pattern != FillPattern::solid) j.value("pattern_color", to_hex(s.style.pattern_color));
  if (v) write_provenance(j, v->provenance);
  else j.null("provenance");
}

// Where the district's label goes: in lon/lat, map metres and, when drawn, pixels.
void write_interior_point(JsonWriter& j, const DistrictGeometry* g, const io::Projection& to_lonlat, const Frame* frame) {
  if (!g) {
    j.null("interior_point");
    return;
  }
  const Vec2 ll = to_lonlat.forward(g->label_anchor);
  j.begin_object("interior_point").value("lon", ll.x).value("lat", ll.y)
      .value("map_x", g->label_anchor.x).value("map_y", g->label_anchor.y)
      .value("radius_m", g->inscribed_radius);
  if (frame) {
    const Vec2 px = frame->transform.to_pixel(g->label_anchor);
    j.value("pixel_x", px.x).value("pixel_y", px.y).value("radius_px", g->inscribed_radius * frame->transform.scale);
  }
  j.end_object();
}

void write_districts(JsonWriter& j, const io::MapInputs& in, const Choropleth& map, const Frame* frame) {
  const io::Projection to_lonlat(in.boundaries.crs, "EPSG:4326");
  j.begin_array("districts");
  for (const DistrictShading& s : map.districts) {
    const District& d = in.data.registry.at(s.district);
    j.begin_object().value("code", d.code).value("name_vi", d.name_vi).value("name_en", d.name_en);
    write_district_value(j, s, map.reference);
    write_interior_point(j, in.boundaries.find(s.district), to_lonlat, frame);
    j.end_object();
  }
  j.end_array();
}

void write_legend(JsonWriter& j, const io::MapInputs& in, const Choropleth& map) {
  j.begin_array("legend");
  for (const LegendEntry& e : map.legend.entries)
    j.begin_object().value("label", e.label).value("fill", to_hex(e.style.fill))
        .value("pattern", pattern_id(e.style.pattern)).value("count", e.count_label).end_object();
  j.end_array().begin_array("legend_notes");
  for (const std::string& n : map.legend.notes) j.value({}, n);
  j.end_array().begin_array("warnings");
  for (const std::string& w : in.boundaries.warnings) j.value({}, w);
  j.end_array();
}

// Every text drawn on the map with a halo (labels, scale bar, north letter), as boxes.
void write_label_boxes(JsonWriter& j, const Frame& frame, const TextMeasurer& measurer) {
  j.begin_array("label_boxes_px");
  for (const FrameText& t : frame.texts) {
    if (t.halo_px <= 0) continue;
    j.begin_object().value("text", t.utf8).begin_array("box")
        .value({}, t.x - t.halo_px).value({}, t.y - measurer.ascent(t.size_px) - t.halo_px)
        .value({}, t.x + measurer.text_width(t.utf8, t.size_px) + t.halo_px)
        .value({}, t.y + measurer.descent(t.size_px) + t.halo_px)
        .end_array().end_object();
  }
  j.end_array();
}

}  // namespace

std::string inspect_json(const io::MapInputs& in, const Choropleth& map, const Frame* frame,
                         const TextMeasurer* measurer) {
  JsonWriter j;
  j.begin_object();
  write_indicator(j, *map.indicator);
  j.value("period", map.period);
  // Which boundaries were drawn, and how many provinces the locator inset shows (0: none).
  j.value("boundary_file", in.boundaries.source);
  j.value("locator_provinces", static_cast<int>(in.locator.shapes.size()));
  write_reference(j, map.reference);
  write_classification(j, map);
  write_districts(j, in, map, frame);
  write_legend(j, in, map);
  if (frame) {
    j.begin_object("frame").value("width", frame->width).value("height", frame->height).end_object();
    if (measurer) write_label_boxes(j, *frame, *measurer);
  }
  j.end_object();
  return j.str();
}

std::string inspect_text(const io::MapInputs& in, const Choropleth& map) {
  std::string out = map.legend.title + " — " + map.period + "\n";
  for (const DistrictShading& s : map.districts) {
    const District& d = in.data.registry.at(s.district);
    const char* pattern = s.style.pattern == FillPattern::solid  ? ""
                          : s.style.pattern == FillPattern::hatch ? " (hatched)"
                                                                  : " (no data)";
    out += d.code + "  " + padded(d.name_vi, 20) + padded(s.value_text, 34) + "class " +
           padded(s.class_index >= 0 ? std::to_string(s.class_index) : "-", 3) + to_hex(s.style.fill) + pattern + "\n";
  }
  for (const std::string& n : map.legend.notes) out += n + "\n";
  return out;
}

}  // namespace hgm::cli
