// Fuzzes the table reader on bytes: the CSV parser (core/data/csv.h) and the import of a
// planner's table into the indicator table (core/data/table_import.h), the pure-core path that
// every CSV, XLSX and ODS table ends in once io has turned it into rows. No GDAL needed.
// The first byte chooses the options (period given or not, language, cells numeric or
// text, a comma-separated file or not); the rest is the file.
// Properties beyond "does not crash":
//  - parse_csv fails only with DataError naming the file; rows start on increasing lines;
//  - writing the rows back as quoted CSV and parsing them again gives the same fields;
//  - import_table counts sensibly (0 <= matched <= read), every issue says file:line,
//    it adds at most report.values values, and every value it adds is consistent (exact
//    figures finite, bounds finite, intervals ordered);
//  - a period it recognises is recognised again in its canonical form.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/data/csv.h"
#include "core/errors.h"
#include "core/data/table_import.h"
#include "fuzz_support.h"

namespace {

const std::string kSource = "fuzz.csv";

std::string quoted_csv(const std::vector<hgm::CsvRow>& rows) {
  std::string out;
  for (const hgm::CsvRow& row : rows) {
    for (std::size_t i = 0; i < row.fields.size(); ++i) {
      if (i > 0) out += ',';
      out += '"';
      for (char c : row.fields[i]) {
        if (c == '"') out += '"';
        out += c;
      }
      out += '"';
    }
    out += '\n';
  }
  return out;
}

void check_value(const hgm::StatedValue& s) {
  switch (s.kind) {
    case hgm::ValueKind::exact: HGM_FUZZ_CHECK(std::isfinite(s.value)); break;
    case hgm::ValueKind::at_least: HGM_FUZZ_CHECK(s.lower && std::isfinite(*s.lower)); break;
    case hgm::ValueKind::at_most: HGM_FUZZ_CHECK(s.upper && std::isfinite(*s.upper)); break;
    case hgm::ValueKind::interval:
      HGM_FUZZ_CHECK(s.lower && s.upper && std::isfinite(*s.lower) && std::isfinite(*s.upper));
      HGM_FUZZ_CHECK(*s.lower <= *s.upper);
      break;
    default: break;
  }
}

// Values held for every indicator, period and district; checks each on the way.
int count_values(const hgm::IndicatorTable& table) {
  int n = 0;
  for (const hgm::Indicator& ind : table.indicators())
    for (const std::string& period : table.periods())
      for (const hgm::District& d : hgm::fuzz::project_registry().districts())
        if (const hgm::StatedValue* v = table.find(ind.id, period, d.code)) {
          check_value(*v);
          ++n;
        }
  return n;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::uint8_t flags = data[0];
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);

  std::vector<hgm::CsvRow> rows;
  try {
    rows = hgm::parse_csv(text, kSource);
  } catch (const hgm::DataError& e) {
    HGM_FUZZ_CHECK(std::string_view(e.what()).substr(0, kSource.size() + 1) == kSource + ":");
    return 0;
  }
  int last_line = 0;
  for (const hgm::CsvRow& row : rows) {
    HGM_FUZZ_CHECK(row.line > last_line);
    HGM_FUZZ_CHECK(!row.fields.empty());
    last_line = row.line;
  }
  const std::vector<hgm::CsvRow> again = hgm::parse_csv(quoted_csv(rows), kSource);
  HGM_FUZZ_CHECK(again.size() == rows.size());
  for (std::size_t r = 0; r < rows.size(); ++r) HGM_FUZZ_CHECK(again[r].fields == rows[r].fields);
  if (rows.empty()) return 0;

  hgm::RawTable raw;
  raw.source = kSource;
  raw.headers = rows.front().fields;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const std::vector<std::string>& cells = rows[r].fields;
    raw.rows.push_back({rows[r].line, cells, std::vector<std::uint8_t>(cells.size(), (flags & 4) != 0 ? 1 : 0), {}});
  }
  raw.comma_separated = (flags & 8) != 0;  // where a number split into the next column is looked for
  hgm::ImportOptions options;
  if (flags & 1) options.period = "2021-Q1";
  options.lang = (flags & 2) ? hgm::Lang::en : hgm::Lang::vi;

  static const int before = count_values(hgm::fuzz::project_table());
  hgm::IndicatorTable table = hgm::fuzz::project_table();
  const hgm::ImportReport report = hgm::import_table(raw, hgm::fuzz::project_registry(), table, options);
  const int after = count_values(table);
  HGM_FUZZ_CHECK(report.rows_read == static_cast<int>(raw.rows.size()));
  HGM_FUZZ_CHECK(report.rows_matched >= 0 && report.rows_matched <= report.rows_read);
  HGM_FUZZ_CHECK(report.values >= 0 && after - before <= report.values);
  HGM_FUZZ_CHECK(report.all_kept());  // no cap asked: every issue counted is kept
  for (const hgm::ImportIssue& issue : report.issues) {
    HGM_FUZZ_CHECK(issue.where.rfind(kSource + ":", 0) == 0);
    HGM_FUZZ_CHECK(!issue.reason.empty());
  }

  for (std::size_t r = 0; r < rows.size() && r < 4; ++r)
    for (const std::string& cell : rows[r].fields)
      if (const auto period = hgm::parse_period(cell)) HGM_FUZZ_CHECK(hgm::parse_period(*period) == period);
  return 0;
}
