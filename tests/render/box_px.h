#pragma once
// Boxes in pixels, as the layout tests measure labels, bars and legends.
#include <array>

namespace hgm::test {

using BoxPx = std::array<double, 4>;  // x0, y0, x1, y1

inline bool overlap(const BoxPx& a, const BoxPx& b) {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

}  // namespace hgm::test
