#include "cli/cli_options.h"

#include <charconv>
#include <cmath>

#include "core/errors.h"
#include "core/i18n.h"

namespace hgm::cli {

namespace {

int parse_int(const std::string& text, const std::string& option) {
  int v = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || end != text.data() + text.size())
    throw UsageError("option " + option + " needs a whole number, not '" + text + "'");
  return v;
}

ClassMethod parse_method(const std::string& text) {
  if (text == "jenks") return ClassMethod::natural_breaks;
  if (text == "quantile") return ClassMethod::quantile;
  if (text == "equal") return ClassMethod::equal_interval;
  if (text == "stddev") return ClassMethod::std_dev;
  if (text == "manual") return ClassMethod::manual;
  if (text == "unique") return ClassMethod::unique;
  throw UsageError("unknown classification method '" + text + "'; use jenks, quantile, equal, stddev, manual or unique");
}

std::vector<double> parse_breaks(const std::string& text) {
  std::vector<double> breaks;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    const std::size_t comma = std::min(text.find(',', pos), text.size());
    const std::string item = text.substr(pos, comma - pos);
    double v = 0;
    const auto [end, ec] = std::from_chars(item.data(), item.data() + item.size(), v);
    if (item.empty() || ec != std::errc() || end != item.data() + item.size() || !std::isfinite(v))
      throw UsageError("--breaks needs numbers separated by commas, with a decimal point (e.g. 10,15.8,30), not '" +
                       text + "'");
    breaks.push_back(v);
    pos = comma + 1;
  }
  return breaks;
}

}  // namespace

// "--hide legend,scale" switches those elements off.
void hide_elements(const std::string& list, LayoutOptions& layout) {
  std::size_t pos = 0;
  while (pos <= list.size()) {
    const std::size_t comma = std::min(list.find(',', pos), list.size());
    const std::string item = list.substr(pos, comma - pos);
    if (item == "title") layout.show_title = false;
    else if (item == "legend") layout.show_legend = false;
    else if (item == "labels") layout.show_labels = false;
    else if (item == "scale") layout.show_scale_bar = false;
    else if (item == "north") layout.show_north_arrow = false;
    else if (item == "locator") layout.show_locator = false;
    else if (item == "credits") layout.show_credits = false;
    else
      throw UsageError("--hide takes title, legend, labels, scale, north, locator, credits (comma-separated), not '" +
                       item + "'");
    pos = comma + 1;
  }
}

std::pair<int, int> parse_size(const std::string& text) {
  const auto x = text.find('x');
  if (x == std::string::npos) throw UsageError("--size needs WIDTHxHEIGHT, e.g. 3840x2160, not '" + text + "'");
  const int w = parse_int(text.substr(0, x), "--size");
  const int h = parse_int(text.substr(x + 1), "--size");
  if (w < 64 || h < 64 || w > 16384 || h > 16384)
    throw UsageError("--size " + text + " is out of range; each side must be 64 to 16384 pixels");
  return {w, h};
}

std::string help_text() {
  return R"(hagiang-map — choropleth maps of Hà Giang's 11 districts

Usage:
  hagiang-map export  [options] --out FILE.png   draw the map to a PNG (no display needed);
                                                 FILE.svg writes the same map as SVG
  hagiang-map inspect [options] [--json]         print each district's value, class and colour
  hagiang-map check-data FILE [--period P] [--json]
                                                 check a planner's table (CSV, XLSX, ODS): rows read,
                                                 matched, unmatched and ambiguous; exit 3 if any failed
  hagiang-map --help | --version

Options:
  --indicator ID     indicator to map (default budget_revenue_attainment); `inspect` lists them
  --period ID        reporting period, e.g. 2021-Q1 (default)
  --size WxH         image size in pixels (default 1920x1080), e.g. 3840x2160
  --out FILE         PNG or SVG to write (export, by extension); written atomically
  --json             machine-readable output (inspect)
  --lang vi|en       language of the map and messages (default vi)
  --method M         classification: jenks (natural breaks, default), quantile, equal,
                     stddev (centred on the province figure when there is one), manual, unique
  --breaks a,b,c     manual class limits (implies --method manual), decimal point: 10,15.8,30
  --classes N        number of classes, 2 to 9 (default: from the data)
  --palette NAME     colour scheme: YlGnBu, YlOrRd, Blues
  --boundaries FILE  district boundaries in any vector format GDAL reads
                     (default: set-up copy, or $HAGIANG_GEODATA_DIR/hagiang_districts.shp)
  --data DIR         folder with the indicator tables (default: the project's geodata/)
  --table FILE       also load a planner's table (CSV, XLSX, ODS); may be repeated
  --histogram        add the values on a number line under the legend
  --title TEXT       replace the automatic title (indicator name); --subtitle TEXT likewise
  --hide LIST        leave out map elements: title, legend, labels, scale, north, locator,
                     credits (the boundary attribution is part of the credits: its licence
                     asks for it on every map, so hide credits only for your own drafts)

Exit codes: 0 ok, 2 bad command line, 3 bad data, 4 missing display/GL/font, 1 other error.
)";
}

CliOptions parse_cli(const std::vector<std::string>& args) {
  CliOptions o;
  o.map.indicator = kDefaultIndicator;
  o.map.period = kDefaultPeriod;
  if (args.empty()) return o;
  std::size_t i = 0;
  const std::string& first = args[0];
  if (first == "--help" || first == "-h" || first == "help") return o;
  if (first == "--version" || first == "-V") {
    o.command = Command::version;
    return o;
  }
  if (first == "export") o.command = Command::export_png;
  else if (first == "inspect") o.command = Command::inspect;
  else if (first == "check-data") o.command = Command::check_data;
  else throw UsageError("unknown command '" + first + "'; use export, inspect, check-data, --help or --version");
  bool period_given = false;
  for (i = 1; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&]() -> const std::string& {
      if (i + 1 >= args.size()) throw UsageError("option " + a + " needs a value");
      return args[++i];
    };
    if (a == "--help" || a == "-h") { o.command = Command::help; return o; }
    else if (a == "--indicator") o.map.indicator = value();
    else if (a == "--period") { o.map.period = value(); period_given = true; }
    else if (a == "--size") { std::tie(o.width, o.height) = parse_size(value()); o.size_given = true; }
    else if (a == "--out") o.out = value();
    else if (a == "--json") o.json = true;
    else if (a == "--lang") o.map.lang = parse_lang(value());
    else if (a == "--method") o.map.method = parse_method(value());
    else if (a == "--classes") {
      o.map.classes = parse_int(value(), "--classes");
      if (o.map.classes < 2 || o.map.classes > 9) throw UsageError("--classes must be between 2 and 9");
    }
    else if (a == "--palette") o.map.palette = value();
    else if (a == "--breaks") {
      o.map.breaks = parse_breaks(value());
      o.map.method = ClassMethod::manual;
    }
    else if (a == "--boundaries") o.boundaries = value();
    else if (a == "--data") o.data_dir = value();
    else if (a == "--table") o.tables.push_back(value());
    else if (a == "--hide") hide_elements(value(), o.layout);
    else if (a == "--histogram") o.layout.show_histogram = true;
    else if (a == "--title") o.title = value();
    else if (a == "--subtitle") o.subtitle = value();
    else if (o.command == Command::check_data && !a.empty() && a[0] != '-') o.tables.push_back(a);
    else throw UsageError("unknown option '" + a + "'; see hagiang-map --help");
  }
  if (o.command == Command::check_data && o.tables.empty())
    throw UsageError("check-data needs the FILE to check");
  if (o.command == Command::check_data && !period_given) o.map.period.clear();  // from the table
  if (o.command == Command::export_png && o.out.empty())
    throw UsageError("export needs --out FILE.png");
  return o;
}

}  // namespace hgm::cli
