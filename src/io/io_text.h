#pragma once
// The words of io's errors and warnings, in Vietnamese and English. The loaders take the
// language and throw (or warn) in it, so a message never carries both languages glued
// together; "{name}" placeholders are filled with hgm::fill.
#include <initializer_list>
#include <string>
#include <utility>

#include "core/text/lang.h"

namespace hgm::io {

enum class IoText {
  file_unreadable,           // {path}
  table_missing,             // {path}
  table_unreadable,          // {path} {gdal}
  table_no_sheet,            // {path}
  table_not_utf8,            // {path} {line} {cell}
  table_read_failed,         // {path} {sheet} {gdal}
  table_no_rows,             // {path} {sheet}
  table_nul_byte,            // {path} {line} {column}
  table_no_such_sheet,       // {path} {sheet} {sheets}: --sheet names no sheet of the file
  table_csv_no_sheets,       // {path} {sheet}: --sheet given for a CSV file, which has none
  table_no_district_sheet,   // {path} {sheets}: several sheets and none has a district column
  table_too_many_columns,    // {path} {sheet} {limit}: the reader would drop columns
  table_formula_no_value,    // {path} {sheet} {n} {cells}: formulas saved without their result
  sheet_cell,                // {cell} {line}: "B3 (dòng 3)"
  boundary_missing,          // {path}
  boundary_unreadable,       // {path} {gdal}
  boundary_no_layer,         // {path} {layer}
  boundary_no_match,         // {path}
  boundary_no_crs,           // {path}
  boundary_incomplete,       // {path} {detail} {missing}
  boundary_unusable,         // {path} {n} {detail} {missing}: matched features that cannot be drawn
  boundary_far_away,         // {path} {crs} {extent}: the districts lie nowhere near the province
  extent_degrees,            // {lon} {lat}
  extent_map_units,          // {x} {y}
  features_unmatched,        // {path} {n} {features}: the skipped features of other places, in one line
  and_more,                  // {n}: ", … and n more" after the first few of a list
  feature_repeats,           // {path} {fid} {district}
  // A matched feature the map loses: the detail alone (boundary_incomplete quotes it); the
  // loader's warning puts "{path}: " before it.
  feature_no_geometry,       // {fid} {district}
  feature_not_projected,     // {fid} {crs}
  feature_not_polygon,       // {fid} {type}
  feature_not_triangulated,  // {fid}
  feature_zero_area,         // {fid} {district}
  district_no_boundary,      // {path} {district} {code}
  locator_unreadable,        // {path} {gdal}
  locator_no_layer,          // {path}
  locator_no_polygons,       // {path}
  locator_missing,           // {path}
  locator_dropped,           // {error}: the inset is left out
  units_no_field,            // {path} {field} {fields}: --code-field/--name-field names no field of the layer
  units_none,                // {path} {field}: no feature has a code
  units_skipped,             // {path} {n} {why} {features}: features left out of the units, in one line
  units_skip_no_code,        // {field}: why: an empty code
  units_skip_repeated,       // {field}: why: a code an earlier feature has
  units_skip_unusable,       // why: no usable polygon
  units_far_away,            // {path} {crs} {extent}: the units lie nowhere near Viet Nam
  units_values_skipped,      // {n} {file}: project values for districts not among the units
  national_layer_missing,    // {path} {dir}: the 708-district layer is not obtained yet
  // The programs' GDAL module (io/gdal_module_trouble.h):
  gdal_module_missing,       // {paths}: not found where it was looked for
  gdal_library_missing,      // {detail}: GDAL or a library it needs is not installed
  gdal_module_damaged,       // {path} {detail}: damaged, or of another build
  feature,                   // "đối tượng" / "feature" {fid}
  // Spec files (io/spec_file): each names the key and what is allowed there.
  spec_not_json,
  spec_not_object,           // {got}
  spec_no_version,
  spec_bad_version,          // {version}
  spec_unknown_key,          // {where} {allowed}
  spec_wrong_type,           // {key} {want} {got}
  spec_too_large,            // {key}
  spec_bad_name,             // {key} {id} {allowed}
  spec_out_of_range,         // {key} {lo} {hi} {value}
  spec_output_both,
  spec_units_incomplete,     // {key}: "units" needs file, code_field and name_field
  spec_number_too_large,
  spec_want_object, spec_want_string, spec_want_whole, spec_want_bool,
  spec_want_strings, spec_want_numbers, spec_want_number,
  spec_got_string, spec_got_number /* {n} */, spec_got_list, spec_got_object,
  // Story files (io/story_file): the whole file; a slide's spec is read as a spec file is.
  story_not_object,          // {got}
  story_no_version,
  story_bad_version,         // {version}
  story_no_slides,           // the key 'slides' is missing or not a list: {got}
  story_slide_not_object,    // {where} {got}
  story_slide_no_spec,       // {where}
};

const char* io_text(Lang lang, IoText text);
// The entry with its placeholders filled: io_message(lang, IoText::table_missing, {{"path", p}}).
std::string io_message(Lang lang, IoText text, std::initializer_list<std::pair<const char*, std::string>> values);

}  // namespace hgm::io
