#pragma once
// ColorBrewer colour schemes (Cynthia Brewer, colorbrewer2.org) and what each is fit for.
#include <string>
#include <string_view>
#include <vector>

#include "core/thematic/color.h"
#include "core/thematic/colorbrewer_data.h"
#include "core/text/lang.h"

namespace hgm {

// `n` colours of the named scheme, light to dark (sequential), or from one end to the
// other (diverging). n outside the scheme's range is served from the nearest size
// (1 and 2 classes take the ends, or the first colours of a qualitative scheme).
// Throws UsageError for an unknown name, listing the known ones.
std::vector<Color> palette_colors(std::string_view name, int n, Lang lang = Lang::en);
// The scheme of that name; throws UsageError listing the known ones.
const BrewerScheme& scheme_named(std::string_view name, Lang lang = Lang::en);
std::vector<std::string> palette_names();
const BrewerScheme* find_scheme(std::string_view name);

// What a set of colours survives, computed from the colours themselves:
// - colour-blind: neighbouring colours (all pairs for diverging and qualitative schemes) stay apart
//   (CIE ΔE ≥ 8) under simulated protanopia and deuteranopia (Viénot–Brettel);
// - photocopy: the classes keep distinct lightness (ΔL* ≥ 8 between neighbours) in grey;
// - print: adjacent colours are far enough apart (ΔE ≥ 15) to survive ink on paper.
struct PaletteSuitability {
  bool colour_blind_safe = false;
  bool photocopy_safe = false;
  bool print_safe = false;
  double min_cvd_delta = 0;       // smallest ΔE under colour-vision deficiency
  double min_lightness_step = 0;  // smallest ΔL* between neighbours
  double min_delta = 0;           // smallest ΔE with normal vision
};
PaletteSuitability assess_palette(const std::vector<Color>& colors, SchemeKind kind);

// ColorBrewer Set2 (without its grey, which could pass for no data): categories, groups.
std::vector<Color> qualitative_colors();
// The colour scaled towards black by `factor` (0..1), e.g. for hatch lines over a class colour.
Color darken(Color c, double factor);

// Not a class colour: drawn under the no-data pattern.
inline constexpr Color kNoDataFill{246, 246, 246, 255};
inline constexpr Color kNoDataPattern{150, 150, 150, 255};

}  // namespace hgm
