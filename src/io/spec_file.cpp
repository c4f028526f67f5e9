#include "io/spec_file.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <nlohmann/json.hpp>

#include "core/errors.h"
#include "core/spec/validate_spec.h"
#include "core/text/text_join.h"

namespace hgm::io {

namespace {

using Json = nlohmann::ordered_json;

const std::vector<std::string> kTopKeys = {"version", "view", "map", "language", "show", "districts", "output"};
const std::vector<std::string> kMapKeys = {"indicator", "indicators", "period", "compared_period", "method",
                                           "classes",   "breaks",     "palette", "title", "subtitle"};
const std::vector<std::string> kDistrictKeys = {"highlighted", "pinned"};
const std::vector<std::string> kOutputKeys = {"width", "height", "paper", "orientation", "dpi"};

// Reads one spec file, saying in `lang` what is wrong where.
class Reader {
 public:
  Reader(std::string source, Lang lang) : source_(std::move(source)), lang_(lang) {}

  [[noreturn]] void fail(const std::string& vi, const std::string& en) const {
    throw DataError(source_ + ": " + (lang_ == Lang::vi ? vi : en));
  }

  void only_keys(const Json& object, const std::string& path, const std::vector<std::string>& allowed) const {
    for (const auto& [key, value] : object.items()) {
      if (std::find(allowed.begin(), allowed.end(), key) != allowed.end()) continue;
      const std::string where = path.empty() ? key : path + "." + key;
      fail("không có khoá '" + where + "'; các khoá được phép ở đây: " + join(allowed),
           "unknown key '" + where + "'; allowed here: " + join(allowed));
    }
  }

  [[noreturn]] void wrong_type(const std::string& key, const Json& value, const char* vi_want, const char* en_want) const {
    fail("'" + key + "' phải là " + vi_want + ", không phải " + type_vi(value),
         "'" + key + "' must be " + en_want + ", not " + type_en(value));
  }

  const Json& object(const Json& value, const std::string& key) const {
    if (!value.is_object()) wrong_type(key, value, "một đối tượng {…}", "an object {…}");
    return value;
  }
  std::string text(const Json& value, const std::string& key) const {
    if (!value.is_string()) wrong_type(key, value, "một chuỗi", "a string");
    return value.get<std::string>();
  }
  int whole(const Json& value, const std::string& key) const {
    if (!value.is_number_integer()) wrong_type(key, value, "một số nguyên", "a whole number");
    const auto v = value.get<long long>();
    if (v < -1000000 || v > 1000000) fail("'" + key + "' quá lớn", "'" + key + "' is too large");
    return static_cast<int>(v);
  }
  bool boolean(const Json& value, const std::string& key) const {
    if (!value.is_boolean()) wrong_type(key, value, "true hoặc false", "true or false");
    return value.get<bool>();
  }
  std::vector<std::string> texts(const Json& value, const std::string& key) const {
    if (!value.is_array()) wrong_type(key, value, "một danh sách chuỗi", "a list of strings");
    std::vector<std::string> out;
    for (std::size_t i = 0; i < value.size(); ++i) out.push_back(text(value[i], key + "[" + std::to_string(i) + "]"));
    return out;
  }
  std::vector<double> numbers(const Json& value, const std::string& key) const {
    if (!value.is_array()) wrong_type(key, value, "một danh sách số", "a list of numbers");
    std::vector<double> out;
    for (std::size_t i = 0; i < value.size(); ++i) {
      if (!value[i].is_number()) wrong_type(key + "[" + std::to_string(i) + "]", value[i], "một số", "a number");
      out.push_back(value[i].get<double>());
    }
    return out;
  }
  // One of a fixed set of names, parsed by `parse`.
  template <typename Parse>
  auto name(const Json& value, const std::string& key, Parse parse, const std::vector<std::string>& allowed) const {
    const std::string id = text(value, key);
    if (auto parsed = parse(id)) return *parsed;
    fail("'" + key + "' không nhận '" + id + "'; dùng một trong: " + join(allowed),
         "'" + key + "' cannot be '" + id + "'; use one of: " + join(allowed));
  }
  void range(int v, int lo, int hi, const std::string& key) const {
    if (v >= lo && v <= hi) return;
    fail("'" + key + "' phải từ " + std::to_string(lo) + " đến " + std::to_string(hi) + ", không phải " + std::to_string(v),
         "'" + key + "' must be " + std::to_string(lo) + " to " + std::to_string(hi) + ", not " + std::to_string(v));
  }

  static std::string type_vi(const Json& v) {
    if (v.is_string()) return "chuỗi";
    if (v.is_boolean()) return "true/false";
    if (v.is_number()) return "số " + v.dump();
    if (v.is_array()) return "danh sách";
    if (v.is_object()) return "đối tượng";
    return "null";
  }
  static std::string type_en(const Json& v) {
    if (v.is_string()) return "a string";
    if (v.is_boolean()) return "true/false";
    if (v.is_number()) return "the number " + v.dump();
    if (v.is_array()) return "a list";
    if (v.is_object()) return "an object";
    return "null";
  }

 private:
  std::string source_;
  Lang lang_;
};

std::vector<std::string> view_ids() {
  std::vector<std::string> ids;
  for (ViewKind k : all_view_kinds()) ids.emplace_back(view_kind_id(k));
  return ids;
}

std::vector<std::string> element_ids() {
  std::vector<std::string> ids;
  for (const ElementName& e : element_names()) ids.emplace_back(e.id);
  return ids;
}

void read_map(const Reader& r, const Json& map, MapSpec& s) {
  r.only_keys(r.object(map, "map"), "map", kMapKeys);
  if (map.contains("indicator")) s.indicator = r.text(map["indicator"], "map.indicator");
  if (map.contains("indicators")) s.indicators = r.texts(map["indicators"], "map.indicators");
  if (map.contains("period")) s.period = r.text(map["period"], "map.period");
  if (map.contains("compared_period")) s.compared_period = r.text(map["compared_period"], "map.compared_period");
  if (map.contains("method"))
    s.method = r.name(map["method"], "map.method", parse_class_method,
                      {"jenks", "quantile", "equal", "stddev", "manual", "unique"});
  if (map.contains("classes")) s.classes = r.whole(map["classes"], "map.classes");
  if (map.contains("breaks")) s.breaks = r.numbers(map["breaks"], "map.breaks");
  if (map.contains("palette")) s.palette = r.text(map["palette"], "map.palette");
  if (map.contains("title")) s.title = r.text(map["title"], "map.title");
  if (map.contains("subtitle")) s.subtitle = r.text(map["subtitle"], "map.subtitle");
}

LayoutOptions read_shown(const Reader& r, const Json& list) {
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

OutputSize read_output(const Reader& r, const Json& out) {
  r.only_keys(r.object(out, "output"), "output", kOutputKeys);
  const bool pixels = out.contains("width") || out.contains("height");
  const bool paper = out.contains("paper") || out.contains("orientation") || out.contains("dpi");
  if (pixels && paper)
    r.fail("'output' có hoặc width và height, hoặc paper, orientation và dpi, không có cả hai",
           "'output' has either width and height, or paper, orientation and dpi, not both");
  if (paper) {
    PaperSize p;
    if (out.contains("paper")) p.paper = r.name(out["paper"], "output.paper", parse_paper, {"A4", "A3"});
    if (out.contains("orientation"))
      p.orientation = r.name(out["orientation"], "output.orientation", parse_orientation, {"portrait", "landscape"});
    if (out.contains("dpi")) p.dpi = r.whole(out["dpi"], "output.dpi");
    r.range(p.dpi, 72, 1200, "output.dpi");
    return p;
  }
  ImageSize px;
  if (out.contains("width")) px.width = r.whole(out["width"], "output.width");
  if (out.contains("height")) px.height = r.whole(out["height"], "output.height");
  r.range(px.width, 64, 16384, "output.width");
  r.range(px.height, 64, 16384, "output.height");
  return px;
}

// Line and column (from 1) of the byte a JSON parse error stopped at.
std::pair<std::size_t, std::size_t> line_and_column(std::string_view text, std::size_t byte) {
  const std::size_t end = std::min(byte > 0 ? byte - 1 : 0, text.size());
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i < end; ++i) {
    if (text[i] == '\n') ++line, column = 1;
    else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;  // count characters, not bytes
  }
  return {line, column};
}

}  // namespace

std::string spec_to_json(const MapSpec& s) {
  Json j;
  j["version"] = kSpecVersion;
  j["view"] = view_kind_id(s.view);
  j["map"] = {{"indicator", s.indicator},   {"indicators", s.indicators}, {"period", s.period},
              {"compared_period", s.compared_period}, {"method", class_method_id(s.method)},
              {"classes", s.classes},       {"breaks", s.breaks},         {"palette", s.palette},
              {"title", s.title},           {"subtitle", s.subtitle}};
  j["language"] = s.lang == Lang::vi ? "vi" : "en";
  j["show"] = shown_elements(s.layout);
  j["districts"] = {{"highlighted", s.highlighted}, {"pinned", s.pinned}};
  if (const auto* px = std::get_if<ImageSize>(&s.size)) {
    j["output"] = {{"width", px->width}, {"height", px->height}};
  } else {
    const PaperSize& p = std::get<PaperSize>(s.size);
    j["output"] = {{"paper", paper_id(p.paper)}, {"orientation", orientation_id(p.orientation)}, {"dpi", p.dpi}};
  }
  // nlohmann prints doubles in the shortest form that reads back to the same value.
  return j.dump(2, ' ', false) + "\n";
}

MapSpec spec_from_json(std::string_view text, const std::string& source, Lang lang) {
  const Reader r(source, lang);
  Json j;
  try {
    j = Json::parse(text);
  } catch (const Json::parse_error& e) {
    const auto [line, column] = line_and_column(text, e.byte);
    throw DataError(source + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " +
                    (lang == Lang::vi ? "không phải JSON hợp lệ; xem lại dấu phẩy, ngoặc và dấu nháy quanh chỗ này"
                                      : "not valid JSON; check the commas, brackets and quotes around this place"));
  } catch (const Json::out_of_range&) {
    // The parser's only out_of_range: a number beyond a double (1e400); it gives no place.
    r.fail("có một số quá lớn để đọc (vượt quá khoảng 1,8·10³⁰⁸); xem lại các số trong tệp",
           "a number is too large to read (beyond about 1.8e308); check the numbers in the file");
  }
  if (!j.is_object())
    r.fail("tệp đặc tả phải là một đối tượng JSON {…}, không phải " + Reader::type_vi(j),
           "a spec file must be a JSON object {…}, not " + Reader::type_en(j));
  r.only_keys(j, "", kTopKeys);
  if (!j.contains("version"))
    r.fail("thiếu khoá 'version'; tệp đặc tả bắt đầu bằng \"version\": 1",
           "the key 'version' is missing; a spec file starts with \"version\": 1");
  if (const int version = r.whole(j["version"], "version"); version != kSpecVersion)
    r.fail("không đọc được phiên bản " + std::to_string(version) + "; chương trình này đọc phiên bản 1",
           "version " + std::to_string(version) + " is not supported; this program reads version 1");
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
  return s;
}

MapSpec read_spec_file(const std::string& path, Lang lang) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw DataError(path + ": " + (lang == Lang::vi ? "không mở được tệp đặc tả để đọc; xem tệp có tồn tại và đọc được không"
                                                    : "cannot open the spec file for reading; check that it exists and is readable"));
  std::ostringstream text;
  text << in.rdbuf();
  return spec_from_json(text.str(), path, lang);
}

void check_spec_names(const MapSpec& spec, const ProjectData& data, const std::string& source, Lang lang) {
  if (const auto problem = validate_spec(spec, data.registry, data.table, lang))
    throw DataError(source + ": " + problem->text());
}

}  // namespace hgm::io
