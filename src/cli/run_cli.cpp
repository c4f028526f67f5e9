#include "cli/run_cli.h"

#include <cctype>
#include <filesystem>
#include <future>
#include <iostream>

#include "cli/batch_export.h"
#include "cli/check_data_command.h"
#include "cli/cli_options.h"
#include "cli/compare_commands.h"
#include "cli/help_text.h"
#include "cli/inspect_command.h"
#include "cli/story_commands.h"
#include "core/data/import_report_text.h"
#include "core/errors.h"
#include "core/text/i18n.h"
#include "core/spec/make_scene.h"
#include "core/spec/validate_spec.h"
#include "export/map_export.h"
#include "export/spec_writer.h"
#include "export/table_template_file.h"
#include "io/map_inputs.h"
#include "io/spec_file.h"
#include "render/text/font.h"

namespace hgm::cli {

namespace {

int run_check_data(const CliOptions& o) {
  io::ProjectData data = project_data(o);
  bool all_ok = true;
  for (const std::string& file : o.tables) {
    const ImportReport report = import_table_file(o, file, data);
    if (o.json) std::cout << check_report_json(report);
    else write_import_report_text(std::cout, report, o.spec.lang);
    all_ok &= report.ok();
  }
  return all_ok ? 0 : 3;
}

// The project's tables, the boundaries, and any planner's tables given with --table. The
// districts' triangles wait until asked for: the command line draws on the CPU.
// A --spec file's names are checked against them (a bad file: DataError, exit 3), then the
// spec with the flags applied (a bad flag: UsageError, exit 2).
MapInputs load_inputs(const CliOptions& o) {
  MapInputs inputs =
      io::load_map_inputs(o.boundaries, o.data_dir, o.spec.lang, o.spec.units, io::Triangles::when_drawn);
  for (const std::string& file : o.tables) {
    const ImportReport report = import_table_file(o, file, inputs.data);
    if (!report.ok()) write_import_report_text(std::cerr, report, o.spec.lang);
  }
  for (const std::string& w : inputs.boundaries.warnings) std::cerr << "warning: " << w << "\n";
  if (o.spec_as_read) io::check_spec_names(*o.spec_as_read, inputs.data, o.spec_file, o.spec.lang);
  if (const auto problem = validate_spec(o.spec, inputs.data.registry, inputs.data.table, o.spec.lang))
    throw UsageError(problem->message);
  return inputs;
}

int run_inspect(const CliOptions& o) {
  const MapInputs inputs = load_inputs(o);
  const MapPicture picture = make_picture(inputs, inputs.data.table, o.spec);
  if (!o.json) {
    std::cout << inspect_text(inputs, picture.choropleth);
    return 0;
  }
  if (!o.size_given) {
    std::cout << inspect_json(inputs, picture.choropleth, nullptr);
    return 0;
  }
  const render::Font font;
  const Frame frame = layout_for_export(picture.scene, o.spec, font);
  std::cout << inspect_json(inputs, picture.choropleth, &frame, &font);
  return 0;
}

int run_export(const CliOptions& o) {
  // The data loads on the second core while this thread loads the font.
  auto loading = std::async(std::launch::async, [&o] { return load_inputs(o); });
  exporting::MapExporter exporter;
  if (o.svg_text_paths) exporter.set_svg_text(render::SvgText::paths);
  if (!o.is_batch()) exporter.prepare(o.spec, o.out);
  const MapInputs inputs = loading.get();
  if (!o.story_file.empty()) return run_story_export(o, inputs, exporter);
  const MapSpec spec = with_named_districts(o.spec, o.districts, inputs.data.registry);
  if (o.is_batch()) return run_batch_export(o, spec, inputs, exporter);
  const exporting::ExportResult r = exporter.write(inputs, inputs.data.table, spec, o.out);
  const Lang lang = spec.lang;
  const std::string size = std::to_string(r.width) + "x" + std::to_string(r.height);
  std::cerr << tr(lang, Msg::export_wrote, {{"path", o.out}});
  if (r.format == exporting::Format::svg) std::cerr << " (" << size << " SVG)\n";
  else if (r.format == exporting::Format::pdf) std::cerr << " (" << size << " PDF)\n";
  else
    std::cerr << tr(lang, Msg::export_wrote_times, {{"size", size}, {"render", std::to_string(static_cast<int>(r.render_ms))},
                                                    {"png", std::to_string(static_cast<int>(r.write_ms))}})
              << "\n";
  if (!r.notice.empty()) std::cerr << r.notice << "\n";  // rows a chart left out, as its image says
  return 0;
}

// Writes the spec of the map the flags describe, once its names are known to be right.
int run_spec(const CliOptions& o) {
  const MapInputs inputs = load_inputs(o);
  exporting::write_spec_file(o.out, with_named_districts(o.spec, o.districts, inputs.data.registry));
  std::cerr << tr(o.spec.lang, Msg::export_wrote, {{"path", o.out}}) << "\n";
  return 0;
}

// A sheet to fill for --period: the districts, a province row and every indicator (with the
// new ones a --table and its mappings made), written to --out.
int run_template(const CliOptions& o) {
  io::ProjectData data = project_data(o);
  for (const std::string& file : o.tables) {
    const ImportReport report = import_table_file(o, file, data);
    if (!report.ok()) write_import_report_text(std::cerr, report, o.spec.lang);
  }
  const TableSheet sheet = make_table_template(data.registry, data.table, o.spec.period, o.spec.lang);
  exporting::write_table_template(o.out, sheet, o.spec.lang);
  std::cerr << (o.spec.lang == Lang::vi ? "đã ghi " : "wrote ") << o.out << " ("
            << data.registry.size() << (o.spec.lang == Lang::vi ? " huyện/thành phố, dòng toàn tỉnh, " : " districts, a province row, ")
            << data.table.indicators().size() << (o.spec.lang == Lang::vi ? " cột chỉ tiêu, kỳ " : " indicator columns, period ")
            << o.spec.period << ")\n";
  return 0;
}

int run(const CliOptions& o) {
  switch (o.command) {
    case Command::help: std::cout << help_text(o.spec.lang); return 0;
    case Command::version: std::cout << "hagiang-map " << HGM_VERSION << "\n"; return 0;
    case Command::check_data: return run_check_data(o);
    case Command::inspect: return run_inspect(o);
    case Command::export_png: return run_export(o);
    case Command::spec: return run_spec(o);
    case Command::rank: return run_rank(o);
    case Command::overview: return run_overview(o);
    case Command::profile: return run_profile(o);
    case Command::change: return run_change(o);
    case Command::table_template: return run_template(o);
    case Command::story_check: return run_story_check(o, load_inputs(o));
  }
  return 1;
}

}  // namespace

int run_cli(const std::vector<std::string>& args) {
  return run_with_exit_codes("hagiang-map", lang_of_args(args), std::cerr, [&] { return run(parse_cli(args)); });
}

}  // namespace hgm::cli
