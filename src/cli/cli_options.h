#pragma once
// The command line: `hagiang-map COMMAND [options]`.
#include <optional>
#include <string>
#include <vector>

#include "core/data/column_match.h"
#include "core/spec/batch_plan.h"
#include "core/spec/map_spec.h"

namespace hgm::cli {

enum class Command { help, version, export_png, inspect, check_data, spec, rank, overview, profile, change, table_template,
                     story_check };

// The map is a MapSpec: read from --spec FILE first, then changed by the flags beside it.
// The rest says where the data comes from and where the result goes.
struct CliOptions {
  Command command = Command::help;
  MapSpec spec;              // indicator, period, classification, palette, lang, titles, elements, size …
  std::string spec_file;     // --spec FILE
  std::optional<MapSpec> spec_as_read;  // the file's spec before the flags, to check its names
  bool size_given = false;   // --size, --paper, --orientation or --dpi
  std::string out;           // export or spec target
  bool svg_text_paths = false;  // --svg-text paths: SVG texts as outlines, not embedded fonts
  bool json = false;
  std::string boundaries;    // --boundaries FILE
  std::string data_dir;      // --data DIR (the project's tables)
  std::vector<std::string> tables;  // --table FILE (planners' tables), or check-data's FILE
  std::string sheet;         // --sheet NAME: the workbooks' sheet to read (else the first with districts)
  std::vector<ColumnMapping> mappings;     // --map "COLUMN=indicator_id" (repeatable)
  std::vector<std::string> mapping_files;  // --mapping FILE (CSV: column,indicator[,unit,polarity,name])
  std::vector<std::string> districts;  // profile's --district CODE|NAME (repeatable)
  // A batch export: --indicator all|ID,ID… and --period all|P,P… (lists), --name PATTERN,
  // written into --out-dir DIR as --format png|svg|pdf files, or as the pages of one --out FILE.pdf.
  BatchRequest batch;
  bool batch_naming_given = false;  // --format or --name (only --out-dir takes them)
  std::string out_dir;
  // A story (io/story_file.h): `export --story FILE` writes its slides as a batch does;
  // `story check FILE` checks it.
  std::string story_file;
  bool lang_given = false;  // --lang: a story's slides take it instead of their own
  bool is_batch() const {
    return !batch.indicators.empty() || !batch.periods.empty() || !out_dir.empty() || !story_file.empty();
  }
};

// Throws hgm::UsageError with a message that says what was wrong and what is allowed,
// hgm::DataError for a --spec file that cannot be read (file, key, what is allowed).
CliOptions parse_cli(const std::vector<std::string>& args);
// "3840x2160" -> {3840, 2160}; throws UsageError.
std::pair<int, int> parse_size(const std::string& text, Lang lang = Lang::en);

}  // namespace hgm::cli
