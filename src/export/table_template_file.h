#pragma once
// `hagiang-map template`: the sheet for the next period written as .xlsx, .ods or .csv,
// atomically (render/atomic_file.h).
#include <string>

#include "core/data/table_template.h"
#include "core/text/lang.h"

namespace hgm::exporting {

// Throws hgm::UsageError for another extension, DataError when GDAL cannot make the
// workbook, the atomic writer's ImageIoError when the file cannot be written.
void write_table_template(const std::string& out, const TableSheet& sheet, Lang lang);

}  // namespace hgm::exporting
