#pragma once
// Districts × indicators for one period (Fingertips' "tartan rug"): each cell compares a
// district's figure with the province's, saying only what the words allow.
#include <cstddef>
#include <string>
#include <vector>

#include "core/compare/comparison.h"
#include "core/data/district_registry.h"
#include "core/data/indicator.h"
#include "core/text/lang.h"

namespace hgm {

struct OverviewCell {
  std::size_t district = 0;  // index in the registry
  const StatedValue* value = nullptr;  // nullptr: no data
  Comparison comparison = Comparison::no_data;
};

struct OverviewRow {
  const Indicator* indicator = nullptr;
  const ProvinceReference* reference = nullptr;
  std::vector<OverviewCell> cells;  // registry order
};

struct Overview {
  std::string period;
  std::vector<OverviewRow> rows;  // the table's indicator order
};

// `only_with_data`: leave out indicators no district has a figure for in the period.
// Throws UsageError (in `lang`) for an unknown period.
Overview build_overview(const DistrictRegistry& registry, const IndicatorTable& table, const std::string& period,
                        bool only_with_data = true, Lang lang = Lang::vi);

}  // namespace hgm
