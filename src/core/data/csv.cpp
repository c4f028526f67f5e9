#include "core/data/csv.h"

#include <algorithm>

#include "core/errors.h"
#include "core/text/i18n.h"
#include "core/text/text_fold.h"

namespace hgm {

namespace {

// A file saved in a legacy Vietnamese encoding (TCVN3, VNI, Windows-1258) would show
// garbled names on the map and in inspect --json: refused at its first such line.
void refuse_non_utf8(const std::vector<CsvRow>& rows, const std::string& source_name) {
  std::u32string decoded;
  for (const CsvRow& row : rows)
    for (const std::string& field : row.fields)
      if (!decode_utf8(field, decoded)) {
        const std::string where = source_name + ":" + std::to_string(row.line);
        throw DataError(tr(Lang::vi, Msg::data_not_utf8, {{"where", where}}),
                        tr(Lang::en, Msg::data_not_utf8, {{"where", where}}));
      }
}

}  // namespace

std::vector<CsvRow> parse_csv(std::string_view text, const std::string& source_name) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::vector<CsvRow> rows;
  CsvRow row;
  std::string field;
  bool in_quotes = false;
  bool field_started = false;
  int line = 1;
  row.line = 1;
  bool at_line_start = true;
  auto end_row = [&] {
    const bool blank = row.fields.empty() && field.empty() && !field_started;
    if (!blank) {
      row.fields.push_back(field);
      rows.push_back(std::move(row));
    }
    row = CsvRow{};
    field.clear();
    field_started = false;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (at_line_start && !in_quotes) {
      row.line = line;
      at_line_start = false;
      if (c == '#') {  // comment line
        while (i < text.size() && text[i] != '\n') ++i;
        ++line;
        at_line_start = true;
        continue;
      }
    }
    if (in_quotes) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field += '"';
          ++i;
        } else {
          in_quotes = false;
        }
      } else {
        if (c == '\n') ++line;
        field += c;
      }
      continue;
    }
    switch (c) {
      case '"': in_quotes = true; field_started = true; break;
      case ',': row.fields.push_back(field); field.clear(); field_started = true; break;
      case '\r': break;
      case '\n': end_row(); ++line; at_line_start = true; break;
      default: field += c; field_started = true; break;
    }
  }
  if (in_quotes)
    throw data_error(Msg::data_unclosed_quote, {{"where", source_name + ":" + std::to_string(row.line)}});
  end_row();
  refuse_non_utf8(rows, source_name);
  return rows;
}

CsvHeader::CsvHeader(const CsvRow& header, std::string source_name)
    : names_(header.fields), source_(std::move(source_name)) {}

bool CsvHeader::has(std::string_view column) const {
  return std::find(names_.begin(), names_.end(), column) != names_.end();
}

std::size_t CsvHeader::index(std::string_view column) const {
  const auto it = std::find(names_.begin(), names_.end(), column);
  if (it == names_.end())
    throw data_error(Msg::data_missing_column, {{"where", source_ + ":1"}, {"column", std::string(column)}});
  return static_cast<std::size_t>(it - names_.begin());
}

const std::string& CsvHeader::field(const CsvRow& row, std::string_view column) const {
  static const std::string kEmpty;
  const std::size_t i = index(column);
  return i < row.fields.size() ? row.fields[i] : kEmpty;
}

}  // namespace hgm
