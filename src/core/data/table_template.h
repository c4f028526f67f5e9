#pragma once
// A sheet for planners to fill for the next period: the 11 districts (code, name), a province
// row, a period column, and one column per indicator headed by its name and unit, so that
// the filled sheet loads back through the table import with every column matched.
#include <string>
#include <vector>

#include "core/data/district_registry.h"
#include "core/data/indicator.h"
#include "core/text/lang.h"

namespace hgm {

struct TableSheet {
  std::string name;  // the sheet's name in a workbook
  std::vector<std::string> headers;
  std::vector<std::vector<std::string>> rows;  // cells as text; "" is an empty cell
  std::size_t text_columns = 0;  // the first columns hold text (code, name, period); the rest figures
};

TableSheet make_table_template(const DistrictRegistry& registry, const IndicatorTable& table,
                               const std::string& period, Lang lang);

// The header of an indicator's column: "Thu NSNN trên địa bàn (% kế hoạch tỉnh giao) (%)".
std::string template_header(const Indicator& indicator, Lang lang);

// RFC 4180 text with a UTF-8 byte order mark (so spreadsheet programs read the marks right).
std::string sheet_csv(const TableSheet& sheet);

}  // namespace hgm
