#include "core/compare/value_span.h"

namespace hgm {

std::optional<ValueSpan> span_of(const StatedValue& v) {
  ValueSpan s;
  switch (v.kind) {
    case ValueKind::exact:
      s.lo = s.hi = v.value;
      s.lo_included = s.hi_included = true;
      return s;
    case ValueKind::at_most:
    case ValueKind::at_least:
    case ValueKind::interval:
      if (v.lower) {
        s.lo = *v.lower;
        s.lo_included = v.lower_inclusive;
      }
      if (v.upper) {
        s.hi = *v.upper;
        s.hi_included = v.upper_inclusive;
      }
      return s;
    default: return std::nullopt;
  }
}

bool certainly_above(const ValueSpan& a, const ValueSpan& b) {
  if (a.lo > b.hi) return true;
  // Touching ends: above for certain unless both may take the shared number.
  return a.lo == b.hi && !(a.lo_included && b.hi_included);
}

bool possibly_above(const ValueSpan& a, const ValueSpan& b) { return a.hi > b.lo; }

ValueSpan mirrored(const ValueSpan& s) { return {-s.hi, -s.lo, s.hi_included, s.lo_included}; }

}  // namespace hgm
