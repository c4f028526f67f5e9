#include "cli/run_cli.h"

#include <cctype>
#include <filesystem>
#include <future>
#include <iostream>

#include "cli/check_data_command.h"
#include "cli/cli_options.h"
#include "cli/export_command.h"
#include "cli/inspect_command.h"
#include "core/errors.h"
#include "core/layout/frame_layout.h"
#include "core/text/i18n.h"
#include "core/layout/scene_builder.h"
#include "io/map_inputs.h"
#include "io/table_reader.h"
#include "render/text/font.h"
#include "render/svg/svg_writer.h"

namespace hgm::cli {

namespace {

// Reads a planner's table into `data`; a table without a period column takes --period.
ImportReport import_file(const CliOptions& o, const std::string& file, io::ProjectData& data) {
  ImportOptions import;
  import.period = o.map.period;
  import.lang = o.map.lang;
  return import_table(io::read_table(file), data.registry, data.table, import);
}

int run_check_data(const CliOptions& o) {
  io::ProjectData data = io::load_project_data(o.data_dir);
  bool all_ok = true;
  for (const std::string& file : o.tables) {
    const ImportReport report = import_file(o, file, data);
    std::cout << (o.json ? check_report_json(report) : check_report_text(report, o.map.lang));
    all_ok &= report.ok();
  }
  return all_ok ? 0 : 3;
}

// The project's tables, the boundaries, and any planner's tables given with --table.
io::MapInputs load_inputs(const CliOptions& o) {
  io::MapInputs inputs = io::load_map_inputs(o.boundaries, o.data_dir, o.map.lang);
  for (const std::string& file : o.tables) {
    const ImportReport report = import_file(o, file, inputs.data);
    if (!report.ok()) std::cerr << check_report_text(report, o.map.lang);
  }
  for (const std::string& w : inputs.boundaries.warnings) std::cerr << "warning: " << w << "\n";
  return inputs;
}

Scene scene_for(const CliOptions& o, const io::MapInputs& inputs, const Choropleth& map) {
  Scene scene = build_scene(map, inputs.boundaries, inputs.data.registry, o.map.lang, kBoundaryAttribution,
                            inputs.locator);
  if (!o.title.empty()) scene.title = o.title;
  if (!o.subtitle.empty()) scene.subtitle = o.subtitle;
  return scene;
}

// The frame an export of --size would draw, measured with `font`.
Frame laid_out(const CliOptions& o, const Scene& scene, const render::Font& font) {
  return layout_frame(scene, o.width, o.height, MapView{}, font, o.layout);
}

int run_inspect(const CliOptions& o) {
  const io::MapInputs inputs = load_inputs(o);
  const Choropleth map = build_choropleth(inputs.data.registry, inputs.data.table, o.map);
  if (!o.json) {
    std::cout << inspect_text(inputs, map);
    return 0;
  }
  if (!o.size_given) {
    std::cout << inspect_json(inputs, map, nullptr);
    return 0;
  }
  const Scene scene = scene_for(o, inputs, map);
  const render::Font font;
  const Frame frame = laid_out(o, scene, font);
  std::cout << inspect_json(inputs, map, &frame, &font);
  return 0;
}

// parse_cli allows only .png and .svg, in any case.
bool wants_svg(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext == ".svg";
}

// Vector output needs no OpenGL: the layout is measured with the same font.
int run_export_svg(const CliOptions& o) {
  const io::MapInputs inputs = load_inputs(o);
  const Choropleth map = build_choropleth(inputs.data.registry, inputs.data.table, o.map);
  const Scene scene = scene_for(o, inputs, map);
  const render::Font font;
  render::write_svg(o.out, laid_out(o, scene, font));
  std::cerr << "wrote " << o.out << " (" << o.width << "x" << o.height << " SVG)\n";
  return 0;
}

int run_export(const CliOptions& o) {
  if (wants_svg(o.out)) return run_export_svg(o);
  // The data loads on the second core while this thread brings up headless OpenGL.
  auto loading = std::async(std::launch::async, [&o] { return load_inputs(o); });
  Exporter exporter(o.width, o.height);
  const io::MapInputs inputs = loading.get();
  const Choropleth map = build_choropleth(inputs.data.registry, inputs.data.table, o.map);
  const Scene scene = scene_for(o, inputs, map);
  const ExportTiming t = exporter.export_png(scene, o.out, o.layout);
  std::cerr << "wrote " << o.out << " (" << o.width << "x" << o.height << ", render " << static_cast<int>(t.render_ms)
            << " ms, png " << static_cast<int>(t.write_ms) << " ms)\n";
  return 0;
}

int run(const CliOptions& o) {
  switch (o.command) {
    case Command::help: std::cout << help_text(o.map.lang); return 0;
    case Command::version: std::cout << "hagiang-map " << HGM_VERSION << "\n"; return 0;
    case Command::check_data: return run_check_data(o);
    case Command::inspect: return run_inspect(o);
    case Command::export_png: return run_export(o);
  }
  return 1;
}

}  // namespace

int run_cli(const std::vector<std::string>& args) {
  return run_with_exit_codes("hagiang-map", lang_of_args(args), std::cerr, [&] { return run(parse_cli(args)); });
}

}  // namespace hgm::cli
