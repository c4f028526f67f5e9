#pragma once
// The steps of build_choropleth, each in its own file: gathering the district values
// (choropleth_values.cpp), choosing classes and colours (choropleth_classes.cpp), shading
// each district (choropleth_shading.cpp) and building the legend (choropleth_legend.cpp).
// Internal to core/thematic.
#include <string>
#include <vector>

#include "core/thematic/choropleth.h"

namespace hgm::choropleth_detail {

// Each district's value (registry order), the exact figures that decide the classes, and
// one value per distinct stated range, ordered along the number line.
struct DistrictValues {
  std::vector<const StatedValue*> values;  // nullptr: no data
  std::vector<double> exact;
  std::vector<const StatedValue*> ranges;
};

// A legend entry of its own: a category, a figure shared by a group, or an estimate.
struct OwnEntry {
  AreaStyle style;
  std::string label;
  int count = 0;
};

inline const AreaStyle kNoDataStyle{kNoDataFill, FillPattern::no_data, kNoDataPattern};

DistrictValues gather_values(const DistrictRegistry& registry, const IndicatorTable& table,
                             const Indicator& indicator, const std::string& period);
std::string range_key(const StatedValue& v);

// Sets palette, classes, colours, suitability and centred_on_reference.
void choose_classes(Choropleth& out, const DistrictValues& values, const ChoroplethOptions& options);

// The colour of districts named in a list (flags).
Color flag_color(const std::string& palette);

// Fills out.districts; returns the entries of categories, groups and estimates.
std::vector<OwnEntry> shade_districts(Choropleth& out, const DistrictRegistry& registry,
                                      const DistrictValues& values, Lang lang);

void build_legend(Choropleth& out, const DistrictValues& values, const std::vector<OwnEntry>& own,
                  const ChoroplethOptions& options);

}  // namespace hgm::choropleth_detail
