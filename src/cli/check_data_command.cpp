#include "cli/check_data_command.h"

#include <iostream>

#include "cli/json_writer.h"
#include "core/data/import_report_text.h"
#include "io/map_inputs.h"
#include "io/table_reader.h"
#include "io/text_file.h"

namespace hgm::cli {

ProjectData project_data(const CliOptions& o) {
  if (!o.spec.units.given()) return io::load_project_data(o.data_dir, o.spec.lang);
  io::MapInputs inputs = io::load_map_inputs({}, o.data_dir, o.spec.lang, o.spec.units, io::Triangles::when_drawn);
  for (const std::string& w : inputs.boundaries.warnings) std::cerr << "warning: " << w << "\n";
  return std::move(inputs.data);
}

ImportReport import_table_file(const CliOptions& o, const std::string& file, ProjectData& data) {
  ImportOptions import;
  import.period = o.spec.period;
  import.lang = o.spec.lang;
  import.mappings = o.mappings;
  for (const std::string& mapping : o.mapping_files) {
    auto more = parse_mapping_csv(io::read_text_file(mapping, o.spec.lang), mapping, o.spec.lang);
    import.mappings.insert(import.mappings.end(), more.begin(), more.end());
  }
  return import_table(io::read_table(file, o.spec.lang, o.sheet), data.registry, data.table, import);
}

std::string check_report_json(const ImportReport& r) {
  using K = ImportIssue::Kind;
  JsonWriter j;
  j.begin_object().value("file", r.source).value("rows_read", r.rows_read).value("matched", r.rows_matched)
      .value("unmatched", r.count(K::unmatched_district)).value("ambiguous", r.count(K::ambiguous_district))
      .value("bad_values", r.count(K::bad_value)).value("conflicts", r.count(K::conflict))
      .value("replaced", r.count(K::replaces)).value("values", r.values).value("added_anything", r.added_anything());
  j.begin_array("added");
  for (const AddedValues& a : r.added) {
    j.begin_object().value("indicator", a.indicator).value("period", a.period).value("districts", a.districts);
    if (a.province) j.value("province", *a.province);
    j.end_object();
  }
  j.end_array();
  j.begin_array("issues");
  for (const ImportIssue& i : r.issues) {
    j.begin_object().value("where", i.where).value("kind", issue_kind_id(i.kind)).value("text", i.text)
        .value("reason", i.reason).begin_array("candidates");
    for (const std::string& c : i.candidates) j.value({}, c);
    j.end_array().end_object();
  }
  j.end_array().begin_array("decisions");
  for (const std::string& d : r.decisions) j.value({}, d);
  j.end_array().end_object();
  return j.str();
}

}  // namespace hgm::cli
