#include "core/compare/comparison.h"

#include "core/compare/value_span.h"
#include "core/text/i18n.h"

namespace hgm {

Comparison compare_with_reference(const StatedValue* value, const ProvinceReference* reference, Polarity polarity) {
  if (value == nullptr || value->kind == ValueKind::no_data) return Comparison::no_data;
  if (reference == nullptr) return Comparison::no_reference;
  const std::optional<ValueSpan> known = span_of(*value);
  if (!known || polarity == Polarity::neutral) return Comparison::cannot_tell;
  ValueSpan span = *known;
  ValueSpan province{reference->value, reference->value, true, true};
  if (polarity == Polarity::lower_is_better) {
    span = mirrored(span);
    province = mirrored(province);
  }
  if (span.is_point() && span.lo == province.lo) return Comparison::same;
  if (certainly_above(span, province)) return Comparison::better;
  if (certainly_above(province, span)) return Comparison::worse;
  if (!possibly_above(span, province)) return Comparison::not_better;
  if (!possibly_above(province, span)) return Comparison::not_worse;
  return Comparison::cannot_tell;
}

const char* comparison_id(Comparison c) {
  switch (c) {
    case Comparison::better: return "better";
    case Comparison::same: return "same";
    case Comparison::worse: return "worse";
    case Comparison::not_better: return "not_better";
    case Comparison::not_worse: return "not_worse";
    case Comparison::cannot_tell: return "cannot_tell";
    case Comparison::no_reference: return "no_reference";
    case Comparison::no_data: return "no_data";
  }
  return "";
}

const char* comparison_label(Comparison c, Lang lang) {
  switch (c) {
    case Comparison::better: return tr(lang, Msg::compare_better);
    case Comparison::same: return tr(lang, Msg::compare_same);
    case Comparison::worse: return tr(lang, Msg::compare_worse);
    case Comparison::not_better: return tr(lang, Msg::compare_not_better);
    case Comparison::not_worse: return tr(lang, Msg::compare_not_worse);
    case Comparison::cannot_tell: return tr(lang, Msg::compare_cannot_tell);
    case Comparison::no_reference: return tr(lang, Msg::compare_no_reference);
    case Comparison::no_data: return tr(lang, Msg::no_data);
  }
  return "";
}

}  // namespace hgm
