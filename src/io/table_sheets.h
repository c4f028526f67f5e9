#pragma once
// Which sheet of a workbook holds the planner's figures: the one --sheet names, or else the
// first whose header has a district column (a cover or notes sheet first is passed over).
#include <gdal_priv.h>

#include <string>
#include <vector>

#include "core/text/lang.h"

namespace hgm::io {

struct ChosenSheet {
  OGRLayer* layer = nullptr;
  std::vector<std::string> names;  // every sheet, in the file's order (one for a CSV)
  bool picked = false;             // chosen among several without --sheet
};

// `wanted` empty: the only sheet, or the first with a district column; a workbook of several
// sheets none of which has one is a DataError listing them. `wanted` naming no sheet (exactly,
// or ignoring case and marks) is a UsageError listing them. A CSV has no sheets: `wanted`
// given for one is a UsageError saying so.
ChosenSheet choose_sheet(GDALDataset& ds, const std::string& path, const std::string& wanted, Lang lang);

}  // namespace hgm::io
