#include "export/table_template_file.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "core/errors.h"
#include "io/sheet_writer.h"
#include "render/atomic_file.h"

namespace hgm::exporting {

void write_table_template(const std::string& out, const TableSheet& sheet, Lang lang) {
  std::string ext = std::filesystem::path(out).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext == ".csv") return render::write_file_atomically(out, sheet_csv(sheet), "CSV");
  if (ext == ".xlsx")
    return render::write_file_atomically(out, io::workbook_bytes(sheet, io::SheetFormat::xlsx, out, lang), "XLSX");
  if (ext == ".ods")
    return render::write_file_atomically(out, io::workbook_bytes(sheet, io::SheetFormat::ods, out, lang), "ODS");
  throw UsageError(lang == Lang::vi ? "bảng mẫu ghi được dạng .xlsx, .ods hoặc .csv, không phải '" + out + "'"
                                    : "the template can be written as .xlsx, .ods or .csv, not '" + out + "'");
}

}  // namespace hgm::exporting
