#pragma once
#include <string>
#include <vector>

#include "core/thematic/choropleth.h"
#include "core/data/district_geometry.h"
#include "core/data/district_registry.h"
#include "core/layout/scene.h"

namespace hgm {

// A scene with only the words every picture of one indicator carries: the indicator's
// name as title, period and unit as subtitle, the source line naming where `values`
// (nullptr: no data) come from, and the boundary attribution. Charts are framed by it.
Scene titled_scene(const Indicator& indicator, const std::string& period,
                   const std::vector<const StatedValue*>& values, Lang lang, const std::string& attribution);

// One Scene for every backend: district shapes with their styles and labels, title,
// subtitle, legend, source line and the boundary attribution.
Scene build_scene(const Choropleth& choropleth, const BoundarySet& boundaries,
                  const DistrictRegistry& registry, Lang lang, const std::string& attribution,
                  const LocatorMap& locator = {});

// Which district is under a map point, or -1.
int district_at(const BoundarySet& boundaries, Vec2 map_point);

// The boundary attribution a map must show (geodata/SOURCE.md of the boundary data).
inline constexpr const char* kBoundaryAttribution =
    "Administrative boundaries: © Government of Viet Nam / OCHA ROAP (COD-AB Viet Nam 2020), "
    "CC BY 3.0 IGO, via geoBoundaries (www.geoboundaries.org). Simplified; attributes added.";

}  // namespace hgm
