#pragma once
// Whether the districts read lie where Hà Giang is. A file whose coordinate system is named
// wrongly (a shapefile's .prj) gives outlines that look right, at a place and a scale that are
// not: the map would show a "0 km" scale bar and a wrong locator without a word.
#include <optional>
#include <string>

#include "core/geometry.h"
#include "core/text/lang.h"

namespace hgm::io {

// nullopt when `bounds` (in `map_crs`) lie on or near the province and are about a province's
// size; otherwise where they lie, for the message: "kinh độ 0,0009–0,0014°, vĩ độ …" (in map
// units when they cannot even be turned into longitude and latitude).
std::optional<std::string> extent_far_from_province(const Bounds& bounds, const std::string& map_crs, Lang lang);
// The same for a layer of units (--units): on or near Viet Nam, from a commune to the country.
std::optional<std::string> extent_far_from_viet_nam(const Bounds& bounds, const std::string& map_crs, Lang lang);

}  // namespace hgm::io
