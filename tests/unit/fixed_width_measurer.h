#pragma once
// A measurer with fixed metrics: layout logic is checked without a font file.
#include <string_view>

#include "core/layout/text_measurer.h"

namespace hgm::test {

class FixedWidthMeasurer : public TextMeasurer {
 public:
  double text_width(std::string_view utf8, double size) const override {
    double n = 0;
    for (char c : utf8) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;  // code points
    return n * size * 0.5;
  }
  double ascent(double size) const override { return size * 0.8; }
  double descent(double size) const override { return size * 0.2; }
};

}  // namespace hgm::test
