#pragma once
// A sheet written as an XLSX or ODS workbook through GDAL's own drivers, into memory: the
// caller writes the bytes (atomically) where they belong.
#include <string>

#include "core/data/table_template.h"
#include "core/text/lang.h"

namespace hgm::io {

enum class SheetFormat { xlsx, ods };

// The workbook's bytes. Text columns are written as text (so "024" keeps its zero), the rest
// as number columns left empty where the sheet has "". Throws hgm::DataError naming `target`.
std::string workbook_bytes(const TableSheet& sheet, SheetFormat format, const std::string& target, Lang lang);

}  // namespace hgm::io
