#pragma once
// Reads a planner's table (CSV, XLSX, ODS — anything GDAL reads without geometry) into
// plain rows of text, keeping line/row numbers for messages.
#include <string>

#include "core/data/table_import.h"

namespace hgm::io {

// Throws hgm::DataError naming the file, in `lang`, when GDAL cannot read it or it is empty.
// CSV: UTF-8 with or without BOM, comma or semicolon separated (detected). A workbook's sheet
// is `sheet` when given (a UsageError listing the sheets if none has that name), else the
// first with a district column (io/table_sheets.h). Refused with a DataError: a cell with a
// NUL byte, XLSX formulas saved without their result, more columns than the reader takes.
RawTable read_table(const std::string& path, Lang lang, const std::string& sheet = {});

}  // namespace hgm::io
