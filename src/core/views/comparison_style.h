#pragma once
// How each comparison with the province looks in the chart views: blue for better, orange
// for worse (told apart by people who cannot tell red from green), the same colours lighter
// and hatched for what a bound only half says, neutrals for the rest. Every colour is
// paired with the ink that stays legible on it.
#include <vector>

#include "core/compare/comparison.h"
#include "core/layout/scene.h"

namespace hgm::views {

struct ComparisonStyle {
  AreaStyle area;
  Color ink;  // text drawn on the area
};

ComparisonStyle comparison_style(Comparison comparison);

// Every comparison, in the order a legend lists them.
const std::vector<Comparison>& legend_order();

}  // namespace hgm::views
