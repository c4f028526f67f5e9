#pragma once
// What GDAL's XLSX reader does not say about a cell, found in the sheet's XML:
//  - a formula saved without its result (scripts and some exporters write none): GDAL gives
//    an empty cell, "no data" on the map;
//  - a TRUE/FALSE cell in a column that also holds numbers: GDAL gives 1 or 0, a figure.
#include <string>
#include <vector>

namespace hgm::io {

struct SheetCell {
  std::string ref;  // "B3"
  int row = 0;      // 3
  int column = 0;   // from 0: A is 0
};

struct XlsxCells {
  std::vector<SheetCell> formulas_without_value;  // in sheet order
  std::vector<SheetCell> booleans;
};

// The cells of `sheet` (by name) in the XLSX file `path`. Empty when there are none or the
// workbook's parts cannot be found (GDAL has read the file; this only adds what it cannot say).
XlsxCells scan_xlsx_cells(const std::string& path, const std::string& sheet);

}  // namespace hgm::io
