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
  boundary_missing,          // {path}
  boundary_unreadable,       // {path} {gdal}
  boundary_no_layer,         // {path} {layer}
  boundary_no_match,         // {path}
  boundary_no_crs,           // {path}
  boundary_incomplete,       // {path} {detail} {missing}
  feature_unmatched,         // {path} {fid} {described}
  feature_repeats,           // {path} {fid} {district}
  feature_no_geometry,       // {path} {fid} {district}
  feature_not_projected,     // {path} {fid} {crs}
  feature_not_polygon,       // {path} {fid} {type}
  feature_not_triangulated,  // {path} {fid}
  district_no_boundary,      // {path} {district} {code}
  locator_unreadable,        // {path} {gdal}
  locator_no_layer,          // {path}
  locator_no_polygons,       // {path}
  locator_missing,           // {path}
  locator_dropped,           // {error}: the inset is left out
  feature,                   // "đối tượng" / "feature" {fid}
};

const char* io_text(Lang lang, IoText text);
// The entry with its placeholders filled: io_message(lang, IoText::table_missing, {{"path", p}}).
std::string io_message(Lang lang, IoText text, std::initializer_list<std::pair<const char*, std::string>> values);

}  // namespace hgm::io
