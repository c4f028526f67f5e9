#pragma once
// Map specifications as small readable JSON files:
//
//   {"version": 1, "view": "map",
//    "map": {"indicator": "…", "indicators": [], "period": "2021-Q1", "compared_period": "",
//            "method": "jenks", "classes": 0, "breaks": [], "palette": "", "title": "", "subtitle": ""},
//    "language": "vi", "show": ["title", "legend", …],
//    "districts": {"highlighted": ["024"], "pinned": []},
//    "output": {"width": 1920, "height": 1080}  or  {"paper": "A4", "orientation": "portrait", "dpi": 300}}
//
// Every key but "version" may be left out (it keeps its default). Writing then reading
// gives the same spec (==), doubles included. Writing atomically is the export module's
// job (export/spec_writer.h), which has the project's atomic file writer.
#include <string>
#include <string_view>

#include "core/spec/map_inputs.h"
#include "core/spec/map_spec.h"

namespace hgm::io {

inline constexpr int kSpecVersion = 1;

std::string spec_to_json(const MapSpec& spec);

// Throws hgm::DataError naming `source` and, in `lang`, what is wrong: not JSON (with line
// and column), an unknown key (listing the allowed ones), a wrong type, an unknown
// version, or an unknown name of a view, method, language, element, paper or orientation.
MapSpec spec_from_json(std::string_view text, const std::string& source, Lang lang);
MapSpec read_spec_file(const std::string& path, Lang lang);

// Checks the names that need the data (validate_spec): throws hgm::DataError
// "<source>: <key>: <what is wrong and what is allowed>".
void check_spec_names(const MapSpec& spec, const ProjectData& data, const std::string& source, Lang lang);

}  // namespace hgm::io
