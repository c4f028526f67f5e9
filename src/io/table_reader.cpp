#include "io/table_reader.h"

#include <cpl_conv.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <filesystem>

#include "core/errors.h"
#include "core/text/text_fold.h"
#include "io/gdal_session.h"
#include "io/io_text.h"

namespace hgm::io {

RawTable read_table(const std::string& path, Lang lang) {
  GdalSession::ensure();
  if (!std::filesystem::exists(path))
    throw DataError(io_message(lang, IoText::table_missing, {{"path", path}}));
  // Spreadsheets: the first row is always the header, whatever the cells look like.
  CPLConfigOptionSetter xlsx_headers("OGR_XLSX_HEADERS", "FORCE", false);
  CPLConfigOptionSetter ods_headers("OGR_ODS_HEADERS", "FORCE", false);
  const char* const csv_options[] = {"AUTODETECT_TYPE=NO", "EMPTY_STRING_AS_NULL=NO", nullptr};
  const ScopedGdalErrors errors;
  GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                            csv_options, nullptr));
  if (!ds)
    throw DataError(io_message(lang, IoText::table_unreadable, {{"path", path}, {"gdal", errors.last_message()}}));
  OGRLayer* layer = ds->GetLayer(0);
  if (!layer) throw DataError(io_message(lang, IoText::table_no_sheet, {{"path", path}}));
  const std::string driver = ds->GetDriver() ? ds->GetDriver()->GetDescription() : "";
  RawTable table;
  table.source = std::filesystem::path(path).filename().string();
  const OGRFeatureDefn* defn = layer->GetLayerDefn();
  for (int i = 0; i < defn->GetFieldCount(); ++i) table.headers.emplace_back(defn->GetFieldDefn(i)->GetNameRef());
  for (const auto& feature : *layer) {
    RawTable::Row row;
    // CSV feature ids count data lines from 1 (the header is line 1); spreadsheet ids are row numbers.
    row.line = static_cast<int>(feature->GetFID()) + (driver == "CSV" ? 1 : 0);
    bool any = false;
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
      const OGRFieldType type = defn->GetFieldDefn(i)->GetType();
      const bool set = feature->IsFieldSetAndNotNull(i);
      std::string text = set ? feature->GetFieldAsString(i) : "";
      any |= !trim_spaces(text).empty();
      row.cells.push_back(std::move(text));
      row.numeric.push_back(set && (type == OFTReal || type == OFTInteger || type == OFTInteger64));
    }
    if (any) table.rows.push_back(std::move(row));
  }
  std::u32string check;
  for (const RawTable::Row& row : table.rows)
    for (const std::string& c : row.cells)
      if (!decode_utf8(c, check))
        throw DataError(io_message(lang, IoText::table_not_utf8,
                                   {{"path", path}, {"line", std::to_string(row.line)}, {"cell", c}}));
  return table;
}

}  // namespace hgm::io
