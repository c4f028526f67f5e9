#include "app/app_options.h"

#include <charconv>
#include <filesystem>
#include <optional>
#include <tuple>
#include <utility>

#include "app/app_text.h"
#include "core/errors.h"
#include "core/text/i18n.h"
#include "io/spec_file.h"

namespace hgm::app {

namespace {

// A usage error in both languages: run_app shows the one --lang asks for.
UsageError usage_error(UiText text, std::initializer_list<std::pair<const char*, std::string>> values) {
  return UsageError(ui_text(Lang::vi, text, values), ui_text(Lang::en, text, values));
}

// `option`: the option's name, or the words for it (option_size_width) when `words` is given.
int parse_int(const std::string& text, const std::string& option, int min, int max,
              std::optional<UiText> words = std::nullopt) {
  int value = 0;
  const char* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc{} || ptr != end || value < min || value > max) {
    const auto say = [&](Lang lang) {
      return ui_text(lang, UiText::option_whole_number, {{"option", words ? ui_text(lang, *words) : option},
                                                         {"min", std::to_string(min)},
                                                         {"max", std::to_string(max)},
                                                         {"text", text}});
    };
    throw UsageError(say(Lang::vi), say(Lang::en));
  }
  return value;
}

// "1600x900" -> {1600, 900}
std::pair<int, int> parse_window_size(const std::string& text) {
  const std::size_t x = text.find_first_of("xX");
  if (x == std::string::npos) throw usage_error(UiText::option_size_format, {{"text", text}});
  return {parse_int(text.substr(0, x), "--size", 320, 16384, UiText::option_size_width),
          parse_int(text.substr(x + 1), "--size", 240, 16384, UiText::option_size_height)};
}

// --spec FILE (or --spec=FILE) is read before the other flags, which then change it; its
// messages follow --lang.
void read_spec_flag(const std::vector<std::string>& args, AppOptions& o) {
  Lang lang = Lang::vi;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--lang=en" || (args[i] == "--lang" && i + 1 < args.size() && args[i + 1] == "en")) lang = Lang::en;
    if (args[i] == "--spec" && i + 1 < args.size()) o.spec_file = args[i + 1];
    if (args[i].rfind("--spec=", 0) == 0) o.spec_file = args[i].substr(7);
  }
  if (o.spec_file.empty()) return;
  o.spec = io::read_spec_file(o.spec_file, lang);
  o.spec_as_read = o.spec;
}

}  // namespace

AppOptions parse_app_options(const std::vector<std::string>& args) {
  AppOptions o;
  read_spec_flag(args, o);
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string name = args[i];
    std::string value;
    bool has_inline_value = false;
    if (const std::size_t eq = name.find('='); name.rfind("--", 0) == 0 && eq != std::string::npos) {
      value = name.substr(eq + 1);
      name = name.substr(0, eq);
      has_inline_value = true;
    }
    const auto take_value = [&]() -> std::string {
      if (has_inline_value) return value;
      if (i + 1 >= args.size()) throw usage_error(UiText::option_needs_value, {{"option", name}});
      return args[++i];
    };
    if (name == "--help" || name == "-h") {
      o.action = AppOptions::Action::help;
    } else if (name == "--version") {
      o.action = AppOptions::Action::version;
    } else if (name == "--spec") {
      if (take_value().empty()) throw usage_error(UiText::option_needs_file, {{"option", "--spec"}});
    } else if (name == "--indicator") {
      o.spec.indicator = take_value();
    } else if (name == "--period") {
      o.spec.period = take_value();
    } else if (name == "--lang") {
      o.spec.lang = parse_lang(take_value());
    } else if (name == "--boundaries") {
      o.boundaries = take_value();
    } else if (name == "--units") {
      o.spec.units.file = std::filesystem::absolute(take_value()).lexically_normal().string();
    } else if (name == "--code-field") {
      o.spec.units.code_field = take_value();
    } else if (name == "--name-field") {
      o.spec.units.name_field = take_value();
    } else if (name == "--data") {
      o.data_dir = take_value();
    } else if (name == "--table") {
      o.tables.push_back(take_value());
      if (o.tables.back().empty()) throw usage_error(UiText::option_needs_file, {{"option", "--table"}});
    } else if (name == "--size") {
      std::tie(o.width, o.height) = parse_window_size(take_value());
      o.size_given = true;
    } else if (name == "--text-size") {
      const std::string id = take_value();
      const std::optional<TextSize> size = parse_text_size(id);
      if (!size) throw usage_error(UiText::option_text_size, {{"text", id}});
      o.spec.layout.text_size = *size;
    } else if (name == "--story") {
      o.story_file = take_value();
      if (o.story_file.empty()) throw usage_error(UiText::option_needs_file, {{"option", "--story"}});
    } else if (name == "--present") {
      o.present = true;
    } else if (name == "--frames") {
      o.frames = parse_int(take_value(), "--frames", 1, 1000000);
    } else if (name == "--bench") {
      o.bench = true;
    } else if (name == "--renderer") {
      const std::string id = take_value();
      if (id == "auto") o.renderer = AppOptions::Renderer::automatic;
      else if (id == "cpu") o.renderer = AppOptions::Renderer::cpu;
      else if (id == "opengl") o.renderer = AppOptions::Renderer::opengl;
      else throw usage_error(UiText::option_renderer, {{"text", id}});
    } else if (name == "--screenshot") {
      o.screenshot = take_value();
      if (o.screenshot.empty()) throw usage_error(UiText::option_needs_file, {{"option", "--screenshot"}});
    } else {
      throw usage_error(UiText::option_unknown, {{"option", args[i]}});
    }
  }
  const UnitLayer& u = o.spec.units;
  const bool any_units = !u.file.empty() || !u.code_field.empty() || !u.name_field.empty();
  if (any_units && (u.file.empty() || u.code_field.empty() || u.name_field.empty()))
    throw usage_error(UiText::option_units_fields, {});
  return o;
}

std::string app_help_text() {
  return "Usage: hagiang-map-app [options]\n"
         "\n"
         "Opens the Hà Giang indicator map in a window. Without a display, writes the map\n"
         "to a PNG file instead (1920x1080, or the --spec file's output size).\n"
         "\n"
         "Options:\n"
         "  --spec FILE        open the map a spec file describes (written by `hagiang-map spec`);\n"
         "                     --indicator, --period and --lang beside it replace its fields.\n"
         "                     Without a display, its output size is the PNG's size\n"
         "  --indicator ID     indicator to show (default budget_revenue_attainment)\n"
         "  --period P         period, e.g. 2021-Q1 (default 2021-Q1)\n"
         "  --lang vi|en       language of the map and the interface (default vi)\n"
         "  --boundaries FILE  district boundary file (default: $HAGIANG_GEODATA_DIR/\n"
         "                     hagiang_districts.shp if set, else the one in geodata/)\n"
         "  --units FILE --code-field F --name-field F\n"
         "                     every feature of a polygon layer is a unit of the map (e.g.\n"
         "                     the 708 districts of vietnam_adm2.shp), tables joined by the\n"
         "                     codes and names in those fields (default: Hà Giang's districts)\n"
         "  --data DIR         folder with the project's tables (default: geodata/)\n"
         "  --table FILE       a planner's table (CSV, XLSX, ODS) to add; repeatable. Without\n"
         "                     a period column its figures belong to --period. Columns not\n"
         "                     certainly an indicator open the column mapping step; the\n"
         "                     choice is saved beside the table (NAME.mapping.csv)\n"
         "  --size WxH         window size (default 1600x900, or less to fit the screen)\n"
         "  --text-size S      laptop (default, as exported), projector (no text under 1/36\n"
         "                     of the window height) or large-hall; also in the panel\n"
         "  --story FILE       open a story (slides prepared for a meeting, see examples/):\n"
         "                     the window shows its first slide and F5 presents its slides\n"
         "  --present          start presenting: full screen, the panel hidden, the keys\n"
         "                     stepping through the story's slides, or else the indicators\n"
         "                     with data for the period\n"
         "  --frames N         draw N frames, then exit\n"
         "  --screenshot FILE  write the last frame as PNG (the output file when there is\n"
         "                     no display)\n"
         "                     With either, the time to the first frame is printed on stderr.\n"
         "  --bench            time a fixed walk (hover, panel, drag, wheel, indicator keys)\n"
         "                     frame by frame, print p50/p95/max per kind of frame, exit\n"
         "  --renderer R       how the window draws: auto (default: OpenGL where there is a\n"
         "                     graphics device, else the CPU), cpu or opengl\n"
         "  --help, --version\n"
         "\n"
         "In the window: drag to pan, mouse wheel or +/- to zoom (the wheel over the overview\n"
         "or a profile scrolls its rows), R or Home to reset the view,\n"
         "arrow keys to step through indicators, Page Up/Down through periods, L to switch\n"
         "language, F11 or F for full screen, Esc to leave it, H to hide the panel.\n"
         "F5 presents: Right, Down, Page Down, Space or Enter for the next map; Left, Up,\n"
         "Page Up or Backspace for the previous; Home, End; B black and W white screen (any\n"
         "key comes back); A all indicators or only those with data; Esc leaves.\n"
         "\n"
         "Exit codes: 0 ok, 1 unexpected error (please report it), 2 usage, 3 bad data (also a\n"
         "--table or --spec file that cannot be read), 4 no OpenGL, font or GDAL, or a --size beyond this\n"
         "machine's OpenGL limits, 5 the screenshot or no-display PNG cannot be written.\n";
}

}  // namespace hgm::app
