#pragma once
// ColorBrewer colour schemes (Cynthia Brewer, colorbrewer2.org), 3 to 9 classes.
#include <string>
#include <string_view>
#include <vector>

#include "core/color.h"

namespace hgm {

// `n` colours of the named scheme, light to dark; n outside 3..9 is served from the
// nearest size (1 and 2 classes take the ends of the 3-class scheme).
// Throws UsageError for an unknown name, listing the known ones.
std::vector<Color> palette_colors(std::string_view name, int n);
std::vector<std::string> palette_names();

// ColorBrewer Set2 (without its grey, which could pass for no data): for categories and groups.
std::vector<Color> qualitative_colors();
// The colour scaled towards black by `factor` (0..1), e.g. for hatch lines over a class colour.
Color darken(Color c, double factor);

// Not a class colour: drawn under the no-data pattern.
inline constexpr Color kNoDataFill{246, 246, 246, 255};
inline constexpr Color kNoDataPattern{150, 150, 150, 255};

}  // namespace hgm
