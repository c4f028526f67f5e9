#include "cli/cli_options.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <variant>

#include "core/data/table_import.h"
#include "core/errors.h"
#include "core/text/i18n.h"
#include "core/text/text_fold.h"
#include "export/map_export.h"
#include "io/spec_file.h"

namespace hgm::cli {

namespace {

// Messages follow --lang (Vietnamese by default), found before anything else is read.
struct Say {
  Lang lang;
  std::string operator()(const std::string& vi, const std::string& en) const { return lang == Lang::vi ? vi : en; }
};

int parse_int(const std::string& text, const std::string& option, const Say& say) {
  int v = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || end != text.data() + text.size())
    throw UsageError(say("tuỳ chọn " + option + " cần một số nguyên, không phải '" + text + "'",
                         "option " + option + " needs a whole number, not '" + text + "'"));
  return v;
}

ClassMethod parse_method(const std::string& text, const Say& say) {
  if (const auto method = parse_class_method(text)) return *method;
  throw UsageError(say("không có cách phân lớp '" + text + "'; dùng jenks, quantile, equal, stddev, manual hoặc unique",
                       "unknown classification method '" + text + "'; use jenks, quantile, equal, stddev, manual or unique"));
}

std::vector<double> parse_breaks(const std::string& text, const Say& say) {
  std::vector<double> breaks;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    const std::size_t comma = std::min(text.find(',', pos), text.size());
    const std::string item = text.substr(pos, comma - pos);
    double v = 0;
    const auto [end, ec] = std::from_chars(item.data(), item.data() + item.size(), v);
    if (item.empty() || ec != std::errc() || end != item.data() + item.size() || !std::isfinite(v))
      throw UsageError(say("--breaks cần các số cách nhau bằng dấu phẩy, dùng dấu chấm thập phân (vd. 10,15.8,30), không phải '" +
                               text + "'",
                           "--breaks needs numbers separated by commas, with a decimal point (e.g. 10,15.8,30), not '" +
                               text + "'"));
    breaks.push_back(v);
    pos = comma + 1;
  }
  return breaks;
}

// A title or subtitle longer than this would cover the map instead of naming it.
constexpr std::size_t kMaxTitleChars = 200;
constexpr std::size_t kMaxTitleLines = 3;

const std::string& checked_title(const std::string& option, const std::string& text, const Say& say) {
  std::u32string chars;
  const std::size_t length = decode_utf8(text, chars) ? chars.size() : text.size();
  const std::size_t lines = 1 + static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
  if (length > kMaxTitleChars || lines > kMaxTitleLines)
    throw UsageError(say(option + " dài " + std::to_string(length) + " ký tự, " + std::to_string(lines) +
                             " dòng; tối đa " + std::to_string(kMaxTitleChars) + " ký tự và " +
                             std::to_string(kMaxTitleLines) + " dòng — hãy rút gọn",
                         option + " is " + std::to_string(length) + " characters on " + std::to_string(lines) +
                             " lines; at most " + std::to_string(kMaxTitleChars) + " characters and " +
                             std::to_string(kMaxTitleLines) + " lines — shorten it"));
  return text;
}

}  // namespace

// "--hide legend,scale" switches those elements off.
void hide_elements(const std::string& list, LayoutOptions& layout, const Say& say) {
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
      throw UsageError(say("--hide nhận title, legend, labels, scale, north, locator, credits (cách nhau bằng dấu phẩy), không phải '" + item + "'",
                           "--hide takes title, legend, labels, scale, north, locator, credits (comma-separated), not '" + item + "'"));
    pos = comma + 1;
  }
}

std::pair<int, int> parse_size(const std::string& text, Lang lang) {
  const Say say{lang};
  const auto x = text.find('x');
  if (x == std::string::npos)
    throw UsageError(say("--size cần RỘNGxCAO, vd. 3840x2160, không phải '" + text + "'",
                         "--size needs WIDTHxHEIGHT, e.g. 3840x2160, not '" + text + "'"));
  const int w = parse_int(text.substr(0, x), "--size", say);
  const int h = parse_int(text.substr(x + 1), "--size", say);
  // The upper bound is cairo's largest image (PNG); SVG and PDF share it, one range for all.
  if (w < kMinSide || h < kMinSide || w > kMaxSide || h > kMaxSide) {
    const std::string lo = std::to_string(kMinSide), hi = std::to_string(kMaxSide);
    throw UsageError(say("--size " + text + " ngoài giới hạn; mỗi cạnh từ " + lo + " đến " + hi + " điểm ảnh",
                         "--size " + text + " is out of range; each side must be " + lo + " to " + hi + " pixels"));
  }
  return {w, h};
}

namespace {

// --spec FILE is read before any other flag, wherever it stands, so the flags change it.
void read_spec_flag(const std::vector<std::string>& args, CliOptions& o, Lang lang) {
  for (std::size_t i = 1; i + 1 < args.size(); ++i)
    if (args[i] == "--spec") o.spec_file = args[i + 1];
  if (o.spec_file.empty()) return;
  o.spec = io::read_spec_file(o.spec_file, lang);
  o.spec_as_read = o.spec;
}

ViewKind parse_view(const std::string& id, const Say& say) {
  if (const auto view = parse_view_kind(id)) return *view;
  throw UsageError(say("--view nhận map, rank, overview, profile, multiples hoặc change, không phải '" + id + "'",
                       "--view takes map, rank, overview, profile, multiples or change, not '" + id + "'"));
}

// --size gives pixels; --paper, --orientation and --dpi each turn the size into a paper
// size (A4 landscape at 150 DPI unless given).
void set_size(const std::string& flag, const std::string& value, MapSpec& spec, const Say& say) {
  if (flag == "--size") {
    const auto [w, h] = parse_size(value, say.lang);
    spec.size = ImageSize{w, h};
    return;
  }
  if (!std::holds_alternative<PaperSize>(spec.size)) spec.size = PaperSize{};
  PaperSize& paper = std::get<PaperSize>(spec.size);
  if (flag == "--paper") {
    const auto parsed = parse_paper(value);
    if (!parsed)
      throw UsageError(say("--paper nhận A4 hoặc A3, không phải '" + value + "'", "--paper takes A4 or A3, not '" + value + "'"));
    paper.paper = *parsed;
  } else if (flag == "--orientation") {
    const auto parsed = parse_orientation(value);
    if (!parsed)
      throw UsageError(say("--orientation nhận portrait hoặc landscape, không phải '" + value + "'",
                           "--orientation takes portrait or landscape, not '" + value + "'"));
    paper.orientation = *parsed;
  } else {
    paper.dpi = parse_int(value, "--dpi", say);
    if (paper.dpi < kMinDpi || paper.dpi > kMaxDpi) {
      const std::string lo = std::to_string(kMinDpi), hi = std::to_string(kMaxDpi);
      throw UsageError(say("--dpi phải từ " + lo + " đến " + hi, "--dpi must be " + lo + " to " + hi));
    }
  }
}

std::vector<std::string> comma_list(const std::string& text) {
  std::vector<std::string> items;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    const std::size_t comma = std::min(text.find(',', pos), text.size());
    items.push_back(text.substr(pos, comma - pos));
    pos = comma + 1;
  }
  return items;
}


// The first word: a command, or --help / --version, which need nothing else read.
Command command_of(const std::string& first, const Say& say) {
  if (first == "--help" || first == "-h" || first == "help") return Command::help;
  if (first == "--version" || first == "-V") return Command::version;
  if (first == "export") return Command::export_png;
  if (first == "inspect") return Command::inspect;
  if (first == "check-data") return Command::check_data;
  if (first == "spec") return Command::spec;
  if (first == "rank") return Command::rank;
  if (first == "overview") return Command::overview;
  if (first == "profile") return Command::profile;
  if (first == "change") return Command::change;
  if (first == "template") return Command::table_template;
  if (first == "story") return Command::story_check;
  throw UsageError(say("không có lệnh '" + first +
                           "'; dùng export, spec, inspect, rank, overview, profile, change, check-data, template, story, --help hoặc --version",
                       "unknown command '" + first +
                           "'; use export, spec, inspect, rank, overview, profile, change, check-data, template, story, --help or --version"));
}

int checked_classes(const std::string& text, const Say& say) {
  const int classes = parse_int(text, "--classes", say);
  if (classes < 2 || classes > 9)
    throw UsageError(say("--classes phải từ 2 đến 9", "--classes must be between 2 and 9"));
  return classes;
}

// More limits than the palettes have colours could never be drawn.
std::vector<double> checked_breaks(const std::string& text, const Say& say) {
  std::vector<double> breaks = parse_breaks(text, say);
  if (breaks.size() > static_cast<std::size_t>(kMaxClasses - 1))
    throw UsageError(say("--breaks có " + std::to_string(breaks.size()) + " ngưỡng; tối đa " +
                             std::to_string(kMaxClasses - 1) + " ngưỡng (" + std::to_string(kMaxClasses) + " lớp)",
                         "--breaks has " + std::to_string(breaks.size()) + " limits; at most " +
                             std::to_string(kMaxClasses - 1) + " limits (" + std::to_string(kMaxClasses) +
                             " classes) are allowed"));
  return breaks;
}

// --indicator and --period take one name, or "all" or a comma list for a batch.
void choose(const std::string& value, std::string& one, std::vector<std::string>& batch) {
  if (names_a_batch(value)) batch = value == "all" ? std::vector<std::string>{"all"} : comma_list(value);
  else one = value;
}

std::string checked_format(const std::string& value, const Say& say) {
  if (const auto format = exporting::parse_format(value)) return exporting::format_extension(*format);
  throw UsageError(say("--format nhận png, svg hoặc pdf, không phải '" + value + "'",
                       "--format takes png, svg or pdf, not '" + value + "'"));
}

// Walks the words after the command, one flag (and its value) at a time.
struct FlagReader {
  const std::vector<std::string>& args;
  const Say& say;
  std::size_t i = 1;
  bool period_given = false;  // check-data takes the period from its table otherwise

  // The word after the flag at `i`, which `i` then moves onto.
  const std::string& value() {
    const std::string& flag = args[i];
    if (i + 1 >= args.size())
      throw UsageError(say("tuỳ chọn " + flag + " cần một giá trị", "option " + flag + " needs a value"));
    return args[++i];
  }
};

// Applies the flag at r.i to the options; false when it is --help, which ends the reading.
bool apply_flag(FlagReader& r, CliOptions& o) {
  const std::string& a = r.args[r.i];
  const Say& say = r.say;
  MapSpec& m = o.spec;
  if (a == "--help" || a == "-h") { o.command = Command::help; return false; }
  else if (a == "--spec") r.value();  // read first, by read_spec_flag
  else if (a == "--indicator") choose(r.value(), m.indicator, o.batch.indicators);
  else if (a == "--indicators") m.indicators = comma_list(r.value());
  else if (a == "--view") m.view = parse_view(r.value(), say);
  else if (a == "--period") {
    choose(r.value(), m.period, o.batch.periods);
    r.period_given = true;
  }
  else if (a == "--compared-period") m.compared_period = r.value();
  else if (a == "--size" || a == "--paper" || a == "--orientation" || a == "--dpi") {
    set_size(a, r.value(), m, say);
    o.size_given = true;
  }
  else if (a == "--out") o.out = r.value();
  else if (a == "--out-dir") o.out_dir = r.value();
  else if (a == "--name") {
    o.batch.name_pattern = r.value();
    o.batch_naming_given = true;
  }
  else if (a == "--format") {
    o.batch.extension = checked_format(r.value(), say);
    o.batch_naming_given = true;
  }
  else if (a == "--svg-text") {
    const std::string v = r.value();
    if (v != "fonts" && v != "paths")
      throw UsageError(say("--svg-text nhận fonts hoặc paths, không phải '" + v + "'",
                           "--svg-text takes fonts or paths, not '" + v + "'"));
    o.svg_text_paths = v == "paths";
  }
  else if (a == "--json") o.json = true;
  else if (a == "--lang") {
    m.lang = parse_lang(r.value());
    o.lang_given = true;
  }
  else if (a == "--story") o.story_file = r.value();
  else if (a == "--method") m.method = parse_method(r.value(), say);
  else if (a == "--classes") m.classes = checked_classes(r.value(), say);
  else if (a == "--palette") m.palette = r.value();
  else if (a == "--breaks") {
    m.breaks = checked_breaks(r.value(), say);
    m.method = ClassMethod::manual;
  }
  else if (a == "--boundaries") o.boundaries = r.value();
  else if (a == "--units") m.units.file = std::filesystem::absolute(r.value()).lexically_normal().string();
  else if (a == "--code-field") m.units.code_field = r.value();
  else if (a == "--name-field") m.units.name_field = r.value();
  else if (a == "--data") o.data_dir = r.value();
  else if (a == "--table") o.tables.push_back(r.value());
  else if (a == "--sheet") o.sheet = r.value();
  else if (a == "--map") o.mappings.push_back(parse_column_mapping(r.value(), say.lang));
  else if (a == "--mapping") o.mapping_files.push_back(r.value());
  else if (a == "--hide") hide_elements(r.value(), m.layout, say);
  else if (a == "--histogram") m.layout.show_histogram = true;
  else if (a == "--title") m.title = checked_title(a, r.value(), say);
  else if (a == "--subtitle") m.subtitle = checked_title(a, r.value(), say);
  else if (a == "--highlight") m.highlighted.push_back(r.value());
  else if (a == "--pin") m.pinned.push_back(r.value());
  else if (a == "--district") o.districts.push_back(r.value());
  else if (a == "--all") m.overview_all = true;
  else if (a == "--sort") {
    const std::string v = r.value();
    const auto order = parse_overview_order(v);
    if (!order)
      throw UsageError(say("--sort nhận group (theo nhóm chỉ tiêu của báo cáo), district (cột huyện theo tên) hoặc "
                           "pinned (theo so sánh của huyện ghim đầu tiên), không phải '" + v + "'",
                           "--sort takes group (the report's indicator groups), district (district columns by name) or "
                           "pinned (by the first pinned district's comparison), not '" + v + "'"));
    m.overview_order = *order;
  }
  else if (o.command == Command::check_data && !a.empty() && a[0] != '-') o.tables.push_back(a);
  else if (o.command == Command::story_check && o.story_file.empty() && !a.empty() && a[0] != '-') o.story_file = a;
  else
    throw UsageError(say("không có tuỳ chọn '" + a + "'; xem hagiang-map --help",
                         "unknown option '" + a + "'; see hagiang-map --help"));
  return true;
}

// A batch is export's, written into a folder, or as the pages of one PDF.
void check_batch_needs(const CliOptions& o, const Say& say) {
  if (o.command != Command::export_png)
    throw UsageError(say("chỉ lệnh export nhận danh sách (all hoặc A,B) cho --indicator và --period",
                         "only export takes a list (all or A,B) for --indicator and --period"));
  if (!o.story_file.empty() && (!o.batch.indicators.empty() || !o.batch.periods.empty()))
    throw UsageError(say("--story đã định sẵn các trang; không dùng kèm danh sách --indicator/--period",
                         "--story decides the slides; it does not go with lists of --indicator/--period"));
  if (o.out.empty() == o.out_dir.empty())
    throw UsageError(say("xuất nhiều bản đồ cần --out-dir THƯ_MỤC, hoặc --out TỆP.pdf để gộp thành các trang của một tệp",
                         "exporting many maps needs --out-dir FOLDER, or --out FILE.pdf for the pages of one file"));
  if (!o.out.empty() && exporting::format_of(o.out, say.lang) != exporting::Format::pdf)
    throw UsageError(say("nhiều bản đồ chỉ gộp được vào một tệp .pdf; để ghi từng tệp hãy dùng --out-dir THƯ_MỤC",
                         "many maps go into one file only as a .pdf; for one file each use --out-dir FOLDER"));
}

// --format and --name name the files of --out-dir; anywhere else they would be ignored.
void check_naming_needs(const CliOptions& o, const Say& say) {
  if (o.batch_naming_given && o.out_dir.empty())
    throw UsageError(say("--format và --name đặt kiểu và tên tệp trong --out-dir THƯ_MỤC; với --out, phần mở rộng "
                         "của tệp quyết định kiểu",
                         "--format and --name set the type and names of the files in --out-dir FOLDER; with --out, "
                         "the file's extension decides the type"));
}

// template: a period (written as the sheet's) and an .xlsx, .ods or .csv to write.
void check_template_needs(CliOptions& o, bool period_given, const Say& say) {
  if (!period_given || o.spec.period.empty())
    throw UsageError(say("template cần --period KỲ của bảng cần điền, vd. --period 2021-Q2",
                         "template needs --period P, the period the sheet is for, e.g. --period 2021-Q2"));
  const auto period = parse_period(o.spec.period);
  if (!period)
    throw UsageError(say("--period '" + o.spec.period + "' không phải kỳ quý; dùng dạng 2021-Q2",
                         "--period '" + o.spec.period + "' is not a quarter; write it as 2021-Q2"));
  o.spec.period = *period;
  std::string ext = std::filesystem::path(o.out).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (o.out.empty() || (ext != ".xlsx" && ext != ".ods" && ext != ".csv"))
    throw UsageError(say("template cần --out TỆP.xlsx (hoặc .ods, .csv)" + (o.out.empty() ? std::string() : ", không phải '" + o.out + "'"),
                         "template needs --out FILE.xlsx (or .ods, .csv)" + (o.out.empty() ? std::string() : ", not '" + o.out + "'")));
}

// --units needs its two fields, and replaces --boundaries.
void check_units_needs(const CliOptions& o, const Say& say) {
  const UnitLayer& u = o.spec.units;
  if (u.file.empty() && u.code_field.empty() && u.name_field.empty()) return;
  if (u.file.empty() || u.code_field.empty() || u.name_field.empty())
    throw UsageError(say("--units TỆP cần đi cùng --code-field TRƯỜNG và --name-field TRƯỜNG (trường mã và trường tên của lớp)",
                         "--units FILE goes with --code-field FIELD and --name-field FIELD (the layer's code and name fields)"));
  if (!o.boundaries.empty())
    throw UsageError(say("--units thay cho --boundaries; chỉ dùng một trong hai", "--units replaces --boundaries; give one of them"));
}

// What each command cannot run without, checked once every flag is read, before any work.
void check_command_needs(CliOptions& o, bool period_given, const Say& say) {
  check_units_needs(o, say);
  if (o.command == Command::check_data && o.tables.empty())
    throw UsageError(say("check-data cần tên TỆP cần kiểm tra", "check-data needs the FILE to check"));
  if (o.command == Command::check_data && !period_given) o.spec.period.clear();  // from the table
  check_naming_needs(o, say);
  if (o.is_batch() && o.command != Command::story_check) check_batch_needs(o, say);
  else if (o.command == Command::export_png && o.out.empty())
    throw UsageError(say("export cần --out TỆP.png (hoặc .svg, .pdf)", "export needs --out FILE.png (or .svg, .pdf)"));
  if (o.command == Command::export_png && !o.out.empty())
    exporting::format_of(o.out, say.lang);  // .png, .svg or .pdf, before any work
  if (o.command == Command::profile && (o.districts.empty() || o.districts.size() > 4))
    throw UsageError(say("profile cần từ 1 đến 4 --district MÃ|TÊN", "profile needs 1 to 4 --district CODE|NAME"));
  if (o.command == Command::change && o.spec.compared_period.empty())
    throw UsageError(say("change cần --compared-period KỲ (kỳ sau, ví dụ 2021-Q2 từ một --table); thay đổi = kỳ đó − --period",
                         "change needs --compared-period P (the later period, e.g. 2021-Q2 from a --table); "
                         "the change is that period − --period"));
  if (o.command == Command::spec && o.out.empty())
    throw UsageError(say("spec cần --out TỆP.json", "spec needs --out FILE.json"));
  if (o.command == Command::table_template) check_template_needs(o, period_given, say);
  if (o.command == Command::story_check && o.story_file.empty())
    throw UsageError(say("story check cần tên TỆP câu chuyện (.json) cần kiểm tra", "story check needs the story FILE (.json) to check"));
  if (o.command != Command::export_png && o.command != Command::story_check && !o.story_file.empty())
    throw UsageError(say("--story chỉ dùng với export (xuất các trang của câu chuyện) và story check",
                         "--story is for export (writing a story's slides) and story check only"));
}

}  // namespace

CliOptions parse_cli(const std::vector<std::string>& args) {
  CliOptions o;
  const Lang message_lang = lang_of_args(args);
  o.spec.lang = message_lang;
  const Say say{message_lang};
  if (args.empty()) return o;
  o.command = command_of(args[0], say);
  if (o.command == Command::help || o.command == Command::version) return o;
  read_spec_flag(args, o, message_lang);
  FlagReader reader{args, say};
  if (o.command == Command::story_check) {
    if (args.size() < 2 || args[1] != "check")
      throw UsageError(say("lệnh story cần việc cần làm: hagiang-map story check TỆP.json",
                           "the story command needs what to do: hagiang-map story check FILE.json"));
    reader.i = 2;
  }
  for (; reader.i < args.size(); ++reader.i)
    if (!apply_flag(reader, o)) return o;
  check_command_needs(o, reader.period_given, say);
  return o;
}

}  // namespace hgm::cli
