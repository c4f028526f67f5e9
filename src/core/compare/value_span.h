#pragma once
// What a stated figure says about the number behind it: the span of values it allows.
// An exact figure is a span of one point; "dưới 51%" is everything below 51. Comparisons
// and ranks are computed on spans, so a bound never turns into a made-up number.
#include <limits>
#include <optional>

#include "core/data/indicator.h"

namespace hgm {

struct ValueSpan {
  double lo = -std::numeric_limits<double>::infinity();
  double hi = std::numeric_limits<double>::infinity();
  bool lo_included = false, hi_included = false;

  bool is_point() const { return lo == hi; }
};

// The span of an exact value, a bound or an interval; nullopt for flags, categories,
// group facts and no data, which say nothing about the district's own number, and for
// estimates ("khoảng 4.076"), whose span the words do not give.
std::optional<ValueSpan> span_of(const StatedValue& value);

// Every number `a` allows is above every number `b` allows.
bool certainly_above(const ValueSpan& a, const ValueSpan& b);
// Some number `a` allows is above some number `b` allows.
bool possibly_above(const ValueSpan& a, const ValueSpan& b);

// Mirrors the span (x → −x), so "better" is always "above" whatever the polarity.
ValueSpan mirrored(const ValueSpan& span);

}  // namespace hgm
