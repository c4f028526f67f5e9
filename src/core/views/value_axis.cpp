#include "core/views/value_axis.h"

#include <algorithm>
#include <cmath>

#include "core/layout/map_furniture.h"
#include "core/text/number_format.h"

namespace hgm {

namespace {
constexpr int kTargetTicks = 5;
}

ValueAxis::ValueAxis(const std::vector<double>& numbers, double x0, double x1, bool open_above)
    : x0_(x0), x1_(std::max(x1, x0 + 1)) {
  double lo = 0, hi = 0;
  for (const double v : numbers)
    if (std::isfinite(v)) {
      lo = std::min(lo, v);
      hi = std::max(hi, v);
    }
  if (hi == lo) hi = lo + 1;
  step_ = layout::nice_number((hi - lo) / kTargetTicks);
  if (open_above) hi += std::max(step_, (hi - lo) * 0.2);
  lo_ = std::floor(lo / step_) * step_;
  hi_ = std::ceil(hi / step_) * step_;
  if (hi_ <= lo_) hi_ = lo_ + step_;
}

std::string ValueAxis::tick_label(double value, Lang lang) const {
  const double snapped = std::abs(value) < step_ * 1e-9 ? 0.0 : value;
  return format_number(snapped, decimals_needed(step_), lang);
}

std::vector<double> ValueAxis::ticks(double size_px, Lang lang, const TextMeasurer& m) const {
  // Widen the step (to the next round number) until neighbouring labels keep a gap.
  for (double step = step_;; step = layout::nice_number(step * 2.1)) {
    std::vector<double> values;
    const double first = std::ceil(lo_ / step - 1e-9) * step;
    for (double v = first; v <= hi_ + step * 1e-9; v += step) values.push_back(v);
    double widest = 0;
    for (const double v : values) widest = std::max(widest, m.text_width(tick_label(v, lang), size_px));
    const double spacing = step / (hi_ - lo_) * (x1_ - x0_);
    if (spacing >= widest + size_px || values.size() <= 2) return values;
  }
}

}  // namespace hgm
