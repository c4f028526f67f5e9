#include "io/table_reader.h"

#include <cpl_conv.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <unordered_map>

#include "core/errors.h"
#include "core/text/number_format.h"
#include "core/text/text_fold.h"
#include "io/csv_records.h"
#include "io/gdal_session.h"
#include "io/io_text.h"
#include "io/table_sheets.h"
#include "io/xlsx_cells.h"

namespace hgm::io {

namespace {

struct NulAt {
  int line = 0;    // the line, the header's being 1
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
    if (c == '\n') ++at.line;  // every line break, quoted or not: lines as an editor counts them
    if (c == '"') quoted = !quoted;
    else if (!quoted && c == '\n') at.column = 1;
    else if (!quoted && c == separator) ++at.column;
  }
  return at;
}

// GDAL's spreadsheet and CSV readers stop at a number of columns (XLSX at 2000, fixed; CSV and
// ODS at a setting, raised here) and say so only in a warning: a table that reaches the limit
// with a warning raised is refused rather than read without its last columns.
constexpr int kXlsxColumnLimit = 2000;
constexpr int kColumnLimit = 20000;

// Whether trim_spaces leaves nothing of a cell; every cell is asked, so one that starts with
// anything but a space or a no-break space (0xC2 0xA0) is answered without a copy.
bool is_blank(const std::string& text) {
  if (text.empty()) return true;
  const char c = text.front();
  if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\xC2') return false;
  return trim_spaces(text).empty();
}

int column_limit(const std::string& driver) { return driver == "XLSX" ? kXlsxColumnLimit : kColumnLimit; }

// "B3 (dòng 3), C3 (dòng 3), …": the first few, then the count says the rest.
std::string cells_text(const std::vector<SheetCell>& cells, Lang lang) {
  std::string text;
  const std::size_t shown = std::min<std::size_t>(cells.size(), 5);
  for (std::size_t i = 0; i < shown; ++i)
    text += (i ? ", " : "") + io_message(lang, IoText::sheet_cell, {{"cell", cells[i].ref}, {"line", std::to_string(cells[i].row)}});
  if (cells.size() > shown) text += ", …";
  return text;
}

void refuse_nul_byte(const std::string& path, OGRLayer& layer, Lang lang) {
  const auto nul = find_nul_byte(path);
  if (!nul) return;
  const OGRFeatureDefn* fields = layer.GetLayerDefn();
  std::string column = std::to_string(nul->column);
  if (nul->column <= fields->GetFieldCount())
    column += std::string(" ('") + fields->GetFieldDefn(nul->column - 1)->GetNameRef() + "')";
  throw DataError(io_message(lang, IoText::table_nul_byte,
                             {{"path", path}, {"line", std::to_string(nul->line)}, {"column", column}}));
}

void refuse_formulas_without_value(const std::string& path, const std::string& sheet,
                                   const std::vector<SheetCell>& cells, Lang lang) {
  if (cells.empty()) return;
  throw DataError(io_message(lang, IoText::table_formula_no_value,
                             {{"path", path}, {"sheet", sheet}, {"n", format_number(static_cast<double>(cells.size()), 0, lang)},
                              {"cells", cells_text(cells, lang)}}));
}

// GDAL gives a TRUE/FALSE cell of a column that also holds numbers as 1/0, typed as a number;
// the sheet's XML says which cells they were (spreadsheet rows are the rows' line numbers).
void mark_booleans(const std::vector<SheetCell>& booleans, RawTable& table) {
  if (booleans.empty()) return;
  std::unordered_map<int, std::size_t> row_at;
  for (std::size_t i = 0; i < table.rows.size(); ++i) row_at[table.rows[i].line] = i;
  for (const SheetCell& b : booleans) {
    const auto it = row_at.find(b.row);
    if (it == row_at.end() || b.column < 0) continue;
    RawTable::Row& row = table.rows[it->second];
    const auto column = static_cast<std::size_t>(b.column);
    if (row.boolean.empty()) {  // the reader keeps no flags for a row of text cells only
      row.boolean.assign(row.cells.size(), false);
      row.numeric.assign(row.cells.size(), false);
    }
    if (column >= row.boolean.size()) continue;
    row.boolean[column] = true;
    row.numeric[column] = false;
  }
}

}  // namespace

RawTable read_table(const std::string& path, Lang lang, const std::string& sheet) {
  GdalSession::ensure();
  if (!std::filesystem::exists(path))
    throw DataError(io_message(lang, IoText::table_missing, {{"path", path}}));
  // Spreadsheets: the first row is always the header, whatever the cells look like.
  CPLConfigOptionSetter xlsx_headers("OGR_XLSX_HEADERS", "FORCE", false);
  CPLConfigOptionSetter ods_headers("OGR_ODS_HEADERS", "FORCE", false);
  const std::string limit = std::to_string(kColumnLimit);
  CPLConfigOptionSetter csv_columns("OGR_CSV_MAX_FIELD_COUNT", limit.c_str(), false);
  CPLConfigOptionSetter ods_columns("OGR_ODS_MAX_FIELD_COUNT", limit.c_str(), false);
  const char* const csv_options[] = {"AUTODETECT_TYPE=NO", "EMPTY_STRING_AS_NULL=NO", nullptr};
  const ScopedGdalErrors errors;
  GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                            csv_options, nullptr));
  if (!ds)
    throw DataError(io_message(lang, IoText::table_unreadable, {{"path", path}, {"gdal", errors.last_message()}}));
  const ChosenSheet chosen = choose_sheet(*ds, path, sheet, lang);
  OGRLayer* layer = chosen.layer;
  const std::string driver = ds->GetDriver() ? ds->GetDriver()->GetDescription() : "";
  if (driver == "CSV") refuse_nul_byte(path, *layer, lang);
  const XlsxCells xlsx = driver == "XLSX" ? scan_xlsx_cells(path, layer->GetName()) : XlsxCells{};
  refuse_formulas_without_value(path, layer->GetName(), xlsx.formulas_without_value, lang);
  RawTable table;
  table.source = std::filesystem::path(path).filename().string();
  table.sheet = layer->GetName();
  if (chosen.names.size() > 1) table.sheets = chosen.names;
  table.sheet_chosen = chosen.picked;
  const OGRFeatureDefn* defn = layer->GetLayerDefn();
  for (int i = 0; i < defn->GetFieldCount(); ++i) table.headers.emplace_back(defn->GetFieldDefn(i)->GetNameRef());
  const int field_count = defn->GetFieldCount();
  std::vector<std::uint8_t> numeric, boolean;  // this row's flags: kept with the row only when one is set
  const CsvRecords csv = driver == "CSV" ? scan_csv_records(path) : CsvRecords{};
  table.comma_separated = driver == "CSV" && csv.separator == ',';
  for (const auto& feature : *layer) {
    RawTable::Row row;
    // CSV feature ids count records from 1; spreadsheet ids are row numbers.
    row.line = driver == "CSV" ? csv.line_of(static_cast<long>(feature->GetFID())) : static_cast<int>(feature->GetFID());
    row.cells.reserve(static_cast<std::size_t>(field_count));
    numeric.assign(static_cast<std::size_t>(field_count), false);
    boolean.assign(static_cast<std::size_t>(field_count), false);
    bool any = false, flagged = false;
    for (int i = 0; i < field_count; ++i) {
      const OGRFieldDefn* field = defn->GetFieldDefn(i);
      const OGRFieldType type = field->GetType();
      const bool set = feature->IsFieldSetAndNotNull(i);
      std::string text = set ? feature->GetFieldAsString(i) : "";
      any |= !is_blank(text);
      row.cells.push_back(std::move(text));
      const auto k = static_cast<std::size_t>(i);
      boolean[k] = set && field->GetSubType() == OFSTBoolean;
      numeric[k] = set && !boolean[k] && (type == OFTReal || type == OFTInteger || type == OFTInteger64);
      flagged |= boolean[k] || numeric[k];
    }
    if (flagged) {
      row.numeric = numeric;
      row.boolean = boolean;
    }
    // Kept past the header's columns, for the import to list the row (table_import.h).
    if (const auto past = csv.cells_past_header.find(static_cast<long>(feature->GetFID()));
        past != csv.cells_past_header.end()) {
      row.cells.insert(row.cells.end(), past->second.begin(), past->second.end());
      any = true;
    }
    if (any) table.rows.push_back(std::move(row));
  }
  mark_booleans(xlsx.booleans, table);
  if (defn->GetFieldCount() >= column_limit(driver) && (errors.warnings() > 0 || errors.failures() > 0))
    throw DataError(io_message(lang, IoText::table_too_many_columns,
                               {{"path", path}, {"sheet", layer->GetName()}, {"limit", format_number(column_limit(driver), 0, lang)}}));
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
