#include "io/spec_file.h"

#include <algorithm>
#include <filesystem>

#include "core/errors.h"
#include "core/spec/validate_spec.h"
#include "core/text/text_join.h"
#include "core/thematic/classify.h"
#include "io/io_text.h"
#include "io/json_reader.h"
#include "io/text_file.h"

namespace hgm::io {

namespace {

const std::vector<std::string> kTopKeys = {"version", "view", "map", "language", "show", "districts", "output", "units"};
const std::vector<std::string> kMapKeys = {"indicator", "indicators", "period",   "compared_period",
                                           "method",    "classes",    "breaks",   "palette",
                                           "title",     "subtitle",   "overview_order", "overview_all"};
const std::vector<std::string> kDistrictKeys = {"highlighted", "pinned"};
const std::vector<std::string> kOutputKeys = {"width", "height", "paper", "orientation", "dpi"};
const std::vector<std::string> kUnitKeys = {"file", "code_field", "name_field"};

std::vector<std::string> view_ids() {
  std::vector<std::string> ids;
  for (ViewKind k : all_view_kinds()) ids.emplace_back(view_kind_id(k));
  return ids;
}

std::vector<std::string> class_method_ids() {
  std::vector<std::string> ids;
  for (ClassMethod m : all_class_methods()) ids.emplace_back(class_method_id(m));
  return ids;
}

std::vector<std::string> element_ids() {
  std::vector<std::string> ids;
  for (const ElementName& e : element_names()) ids.emplace_back(e.id);
  return ids;
}

void read_map(const JsonReader& r, const Json& map, MapSpec& s) {
  r.only_keys(r.object(map, "map"), "map", kMapKeys);
  if (map.contains("indicator")) s.indicator = r.text(map["indicator"], "map.indicator");
  if (map.contains("indicators")) s.indicators = r.texts(map["indicators"], "map.indicators");
  if (map.contains("period")) s.period = r.text(map["period"], "map.period");
  if (map.contains("compared_period")) s.compared_period = r.text(map["compared_period"], "map.compared_period");
  if (map.contains("method"))
    s.method = r.name(map["method"], "map.method", parse_class_method, class_method_ids());
  if (map.contains("classes")) s.classes = r.whole(map["classes"], "map.classes");
  if (map.contains("breaks")) s.breaks = r.numbers(map["breaks"], "map.breaks");
  if (map.contains("palette")) s.palette = r.text(map["palette"], "map.palette");
  if (map.contains("title")) s.title = r.text(map["title"], "map.title");
  if (map.contains("subtitle")) s.subtitle = r.text(map["subtitle"], "map.subtitle");
  if (map.contains("overview_order"))
    s.overview_order = r.name(map["overview_order"], "map.overview_order", parse_overview_order,
                              {"group", "district", "pinned"});
  if (map.contains("overview_all")) s.overview_all = r.boolean(map["overview_all"], "map.overview_all");
}

LayoutOptions read_shown(const JsonReader& r, const Json& list) {
  LayoutOptions layout;
  for (const ElementName& e : element_names()) layout.*e.flag = false;
  const std::vector<std::string> ids = element_ids();
  const std::vector<std::string> shown = r.texts(list, "show");
  for (std::size_t i = 0; i < shown.size(); ++i) {
    const auto flag = r.name(Json(shown[i]), "show[" + std::to_string(i) + "]",
                             [](const std::string& id) -> std::optional<bool LayoutOptions::*> {
                               for (const ElementName& e : element_names())
                                 if (id == e.id) return e.flag;
                               return std::nullopt;
                             },
                             ids);
    layout.*flag = true;
  }
  return layout;
}

OutputSize read_output(const JsonReader& r, const Json& out) {
  r.only_keys(r.object(out, "output"), "output", kOutputKeys);
  const bool pixels = out.contains("width") || out.contains("height");
  const bool paper = out.contains("paper") || out.contains("orientation") || out.contains("dpi");
  if (pixels && paper)
    r.fail(IoText::spec_output_both);
  if (paper) {
    PaperSize p;
    if (out.contains("paper")) p.paper = r.name(out["paper"], "output.paper", parse_paper, {"A4", "A3"});
    if (out.contains("orientation"))
      p.orientation = r.name(out["orientation"], "output.orientation", parse_orientation, {"portrait", "landscape"});
    if (out.contains("dpi")) p.dpi = r.whole(out["dpi"], "output.dpi");
    r.range(p.dpi, kMinDpi, kMaxDpi, "output.dpi");
    return p;
  }
  ImageSize px;
  if (out.contains("width")) px.width = r.whole(out["width"], "output.width");
  if (out.contains("height")) px.height = r.whole(out["height"], "output.height");
  r.range(px.width, kMinSide, kMaxSide, "output.width");
  r.range(px.height, kMinSide, kMaxSide, "output.height");
  return px;
}

// "units": {"file": "vietnam_adm2.shp", "code_field": "gso_code", "name_field": "gso_name"}:
// all three, or the key left out (Hà Giang's districts).
UnitLayer read_units(const JsonReader& r, const Json& units) {
  r.only_keys(r.object(units, "units"), "units", kUnitKeys);
  for (const std::string& key : kUnitKeys)
    if (!units.contains(key)) r.fail(IoText::spec_units_incomplete, {{"key", "units." + key}});
  UnitLayer u{r.text(units["file"], "units.file"), r.text(units["code_field"], "units.code_field"),
              r.text(units["name_field"], "units.name_field")};
  if (u.file.empty() || u.code_field.empty() || u.name_field.empty())
    r.fail(IoText::spec_units_incomplete, {{"key", u.file.empty() ? "units.file" : u.code_field.empty() ? "units.code_field" : "units.name_field"}});
  return u;
}

}  // namespace

std::string spec_to_json(const MapSpec& s) {
  Json j;
  j["version"] = kSpecVersion;
  j["view"] = view_kind_id(s.view);
  j["map"] = {{"indicator", s.indicator},   {"indicators", s.indicators}, {"period", s.period},
              {"compared_period", s.compared_period}, {"method", class_method_id(s.method)},
              {"classes", s.classes},       {"breaks", s.breaks},         {"palette", s.palette},
              {"title", s.title},           {"subtitle", s.subtitle},
              {"overview_order", overview_order_id(s.overview_order)}, {"overview_all", s.overview_all}};
  j["language"] = s.lang == Lang::vi ? "vi" : "en";
  j["show"] = shown_elements(s.layout);
  j["districts"] = {{"highlighted", s.highlighted}, {"pinned", s.pinned}};
  if (const auto* px = std::get_if<ImageSize>(&s.size)) {
    j["output"] = {{"width", px->width}, {"height", px->height}};
  } else {
    const PaperSize& p = std::get<PaperSize>(s.size);
    j["output"] = {{"paper", paper_id(p.paper)}, {"orientation", orientation_id(p.orientation)}, {"dpi", p.dpi}};
  }
  if (s.units.given())
    j["units"] = {{"file", s.units.file}, {"code_field", s.units.code_field}, {"name_field", s.units.name_field}};
  // nlohmann prints doubles in the shortest form that reads back to the same value.
  return j.dump(2, ' ', false) + "\n";
}

MapSpec spec_from_json(std::string_view text, const std::string& source, Lang lang) {
  const JsonReader r(source, lang);
  const Json j = r.document(text);
  if (!j.is_object())
    r.fail(IoText::spec_not_object, {{"got", JsonReader::type_name(j, lang)}});
  r.only_keys(j, "", kTopKeys);
  if (!j.contains("version"))
    r.fail(IoText::spec_no_version);
  if (const int version = r.whole(j["version"], "version"); version != kSpecVersion)
    r.fail(IoText::spec_bad_version, {{"version", std::to_string(version)}});
  MapSpec s;
  if (j.contains("view")) s.view = r.name(j["view"], "view", parse_view_kind, view_ids());
  if (j.contains("map")) read_map(r, j["map"], s);
  if (j.contains("language"))
    s.lang = r.name(j["language"], "language",
                    [](const std::string& id) -> std::optional<Lang> {
                      if (id == "vi") return Lang::vi;
                      if (id == "en") return Lang::en;
                      return std::nullopt;
                    },
                    {"vi", "en"});
  if (j.contains("show")) s.layout = read_shown(r, j["show"]);
  if (j.contains("districts")) {
    const Json& d = r.object(j["districts"], "districts");
    r.only_keys(d, "districts", kDistrictKeys);
    if (d.contains("highlighted")) s.highlighted = r.texts(d["highlighted"], "districts.highlighted");
    if (d.contains("pinned")) s.pinned = r.texts(d["pinned"], "districts.pinned");
  }
  if (j.contains("output")) s.size = read_output(r, j["output"]);
  if (j.contains("units")) s.units = read_units(r, j["units"]);
  return s;
}

MapSpec read_spec_file(const std::string& path, Lang lang) {
  MapSpec spec = spec_from_json(read_text_file(path, lang), path, lang);
  // A units file written by hand beside the spec is found wherever the spec is used from.
  if (spec.units.given() && std::filesystem::path(spec.units.file).is_relative())
    spec.units.file = (std::filesystem::path(path).parent_path() / spec.units.file).lexically_normal().string();
  return spec;
}

void check_spec_names(const MapSpec& spec, const ProjectData& data, const std::string& source, Lang lang) {
  if (const auto problem = validate_spec(spec, data.registry, data.table, lang))
    throw DataError(source + ": " + problem->text());
}

}  // namespace hgm::io
