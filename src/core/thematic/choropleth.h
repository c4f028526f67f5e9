#pragma once
// From an indicator table to per-district colours and a legend, for one indicator and
// period. Only exact values decide the class breaks; bounds and intervals are hatched
// across the classes they may fall in; no data keeps its own pattern.
#include <string>
#include <vector>

#include "core/thematic/classify.h"
#include "core/data/district_registry.h"
#include "core/data/indicator.h"
#include "core/text/number_format.h"
#include "core/thematic/palette.h"
#include "core/layout/scene.h"

namespace hgm {

struct ChoroplethOptions {
  std::string indicator;
  std::string period;
  ClassMethod method = ClassMethod::natural_breaks;
  int classes = 0;        // 0: chosen from the number of values (2..5)
  std::vector<double> breaks;  // manual classes: the limits between them
  std::string palette;    // empty: chosen from the indicator's polarity
  Lang lang = Lang::vi;
};

struct DistrictShading {
  std::size_t district = 0;               // index in the registry
  const StatedValue* value = nullptr;     // nullptr: no data
  int class_index = -1;                   // exact values only
  int class_low = -1, class_high = -1;    // classes a range may fall in
  AreaStyle style;
  std::string value_text;                 // as stated, or "không có số liệu"
};

struct Choropleth {
  const Indicator* indicator = nullptr;
  const ProvinceReference* reference = nullptr;
  std::string period;
  Classes classes;
  std::vector<Color> colors;  // one per class
  std::string palette;
  PaletteSuitability suitability;  // of `colors`
  bool centered_on_reference = false;  // diverging scheme with classes symmetric about the province figure
  std::vector<DistrictShading> districts;  // registry order
  Legend legend;
};

// Throws UsageError for an unknown indicator or period (listing the known ones).
Choropleth build_choropleth(const DistrictRegistry& registry, const IndicatorTable& table,
                            const ChoroplethOptions& options);

// "47,4%" style text of a number with the indicator's unit.
std::string format_with_unit(double value, const std::string& unit, Lang lang);

// A value as the map shows it: in Vietnamese the report's own words ("dưới 51%"); in
// English the same figure said in English ("below 51%"), never more precise than stated.
std::string value_text(const StatedValue& value, const Indicator& indicator, Lang lang);

}  // namespace hgm
