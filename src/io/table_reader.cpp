#include "io/table_reader.h"

#include <cpl_conv.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>

#include "core/errors.h"
#include "core/text/text_fold.h"
#include "io/gdal_session.h"
#include "io/io_text.h"

namespace hgm::io {

namespace {

struct NulAt {
  int line = 0;    // the record's line, the header being line 1
  int column = 0;  // from 1
};

// GDAL's CSV reader ends a cell at a NUL byte ("99\0,5" -> "99"), so the raw bytes are searched
// first. Quotes are followed so that separators and line breaks inside a quoted cell do not count.
std::optional<NulAt> find_nul_byte(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::size_t nul = bytes.find('\0');
  if (nul == std::string::npos) return std::nullopt;
  const std::string header = bytes.substr(0, bytes.find('\n'));
  const char separator = header.find(',') == std::string::npos && header.find(';') != std::string::npos ? ';'
                         : header.find(',') == std::string::npos && header.find('\t') != std::string::npos ? '\t'
                                                                                                           : ',';
  NulAt at{1, 1};
  bool quoted = false;
  for (std::size_t i = 0; i < nul; ++i) {
    const char c = bytes[i];
    if (c == '"') quoted = !quoted;
    else if (!quoted && c == '\n') at = {at.line + 1, 1};
    else if (!quoted && c == separator) ++at.column;
  }
  return at;
}

}  // namespace

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
  if (driver == "CSV")
    if (const auto nul = find_nul_byte(path)) {
      const OGRFeatureDefn* fields = layer->GetLayerDefn();
      std::string column = std::to_string(nul->column);
      if (nul->column <= fields->GetFieldCount())
        column += std::string(" ('") + fields->GetFieldDefn(nul->column - 1)->GetNameRef() + "')";
      throw DataError(io_message(lang, IoText::table_nul_byte,
                                 {{"path", path}, {"line", std::to_string(nul->line)}, {"column", column}}));
    }
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
  // A sheet whose XML is cut off still yields the rows before the cut: never a partial table.
  if (errors.failures() > 0)
    throw DataError(io_message(lang, IoText::table_read_failed,
                               {{"path", path}, {"sheet", layer->GetName()}, {"gdal", errors.first_failure()}}));
  if (table.rows.empty())
    throw DataError(io_message(lang, IoText::table_no_rows, {{"path", path}, {"sheet", layer->GetName()}}));
  std::u32string check;
  for (const RawTable::Row& row : table.rows)
    for (const std::string& c : row.cells)
      if (!decode_utf8(c, check))
        throw DataError(io_message(lang, IoText::table_not_utf8,
                                   {{"path", path}, {"line", std::to_string(row.line)}, {"cell", c}}));
  return table;
}

}  // namespace hgm::io
