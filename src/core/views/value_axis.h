#pragma once
// The horizontal number scale of a chart: a domain of round numbers that holds every
// figure (and zero, where bars start), mapped onto a pixel span, with tick values spaced
// so that their labels do not touch.
#include <vector>

#include "core/layout/text_measurer.h"
#include "core/text/lang.h"

namespace hgm {

class ValueAxis {
 public:
  // Covers `numbers` (non-finite ones are ignored) and 0, between pixels x0 < x1. With
  // `open_above`, a fifth more above the highest number (at least a step), so a figure
  // known only as "trên 40%" has room to show that it goes on.
  ValueAxis(const std::vector<double>& numbers, double x0, double x1, bool open_above = false);

  double x(double value) const { return x0_ + (value - lo_) / (hi_ - lo_) * (x1_ - x0_); }
  double lo() const { return lo_; }
  double hi() const { return hi_; }
  double x0() const { return x0_; }
  double x1() const { return x1_; }

  // Round tick values, as many as fit with labels of `size_px` at least a label's width apart.
  std::vector<double> ticks(double size_px, Lang lang, const TextMeasurer& measurer) const;
  // "20", "2,5", "1.000" (vi): the tick's label.
  std::string tick_label(double value, Lang lang) const;

 private:
  double lo_ = 0, hi_ = 1, step_ = 1, x0_ = 0, x1_ = 1;
};

}  // namespace hgm
