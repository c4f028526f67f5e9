#pragma once
// Reads a planner's table (CSV, XLSX, ODS — anything GDAL reads without geometry) into
// plain rows of text, keeping line/row numbers for messages.
#include <string>

#include "core/data/table_import.h"

namespace hgm::io {

// Throws hgm::DataError naming the file, in `lang`, when GDAL cannot read it or it is empty.
// CSV: UTF-8 with or without BOM, comma or semicolon separated (detected).
RawTable read_table(const std::string& path, Lang lang);

}  // namespace hgm::io
