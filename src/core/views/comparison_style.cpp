#include "core/views/comparison_style.h"

namespace hgm::views {

namespace {

constexpr Color kBlue{33, 102, 172, 255};    // ColorBrewer RdBu's dark blue
constexpr Color kOrange{230, 97, 1, 255};    // ColorBrewer PuOr's dark orange
constexpr Color kDarkInk{33, 33, 33, 255};
constexpr Color kLightInk{255, 255, 255, 255};
// Hatch lines light enough for the figure on top to stay the first thing read.
constexpr Color kBlueHatch{33, 102, 172, 120};
constexpr Color kOrangeHatch{230, 97, 1, 120};

}  // namespace

ComparisonStyle comparison_style(Comparison c) {
  switch (c) {
    case Comparison::better: return {{kBlue}, kLightInk};
    case Comparison::same: return {{{255, 255, 191, 255}}, kDarkInk};
    case Comparison::worse: return {{kOrange}, kDarkInk};
    case Comparison::not_better: return {{{253, 224, 182, 255}, FillPattern::hatch, kOrangeHatch}, kDarkInk};
    case Comparison::not_worse: return {{{209, 229, 240, 255}, FillPattern::hatch, kBlueHatch}, kDarkInk};
    case Comparison::cannot_tell: return {{{189, 189, 189, 255}}, kDarkInk};
    case Comparison::no_reference: return {{{255, 255, 255, 255}}, kDarkInk};
    case Comparison::no_data: return {{{236, 236, 236, 255}}, kDarkInk};  // blank: nothing to read
  }
  return {{{236, 236, 236, 255}}, kDarkInk};
}

const std::vector<Comparison>& legend_order() {
  static const std::vector<Comparison> order{Comparison::better,      Comparison::not_worse,   Comparison::same,
                                             Comparison::cannot_tell, Comparison::not_better,  Comparison::worse,
                                             Comparison::no_reference, Comparison::no_data};
  return order;
}

}  // namespace hgm::views
