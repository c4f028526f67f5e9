#include "core/compare/change.h"

#include <algorithm>
#include <cmath>

#include "core/data/table_lookup.h"
#include "core/errors.h"
#include "core/text/i18n.h"
#include "core/text/number_format.h"

namespace hgm {

namespace {

bool missing(const StatedValue* v) { return v == nullptr || v->kind == ValueKind::no_data; }

// An estimate alone in its district counts as its figure (flagged approximate); one shared
// by a group, a flag or a category is no figure of the district's own.
std::optional<ValueSpan> numeric_span(const StatedValue& v) {
  if (v.is_approximate() && !v.is_shared() && std::isfinite(v.value)) return ValueSpan{v.value, v.value, true, true};
  return span_of(v);
}

// Decimals the figures of both periods were stated with, so 20,1 − 15,8 reads 4,3.
int decimals_of(const StatedValue& v) {
  int d = 0;
  for (const double x : {v.value, v.lower.value_or(0.0), v.upper.value_or(0.0)})
    if (std::isfinite(x)) d = std::max(d, decimals_needed(x));
  return d;
}

double rounded(double x, int decimals) {
  if (!std::isfinite(x)) return x;
  const double scale = std::pow(10.0, decimals);
  const double r = std::round(x * scale) / scale;
  return r == 0 ? 0.0 : r;  // no "−0"
}

// Later minus earlier: the least is the later's least less the earlier's most, and an end
// is reached only when both ends it comes from are.
ValueSpan difference(const ValueSpan& from, const ValueSpan& to, int decimals) {
  ValueSpan d;
  d.lo = rounded(to.lo - from.hi, decimals);
  d.hi = rounded(to.hi - from.lo, decimals);
  d.lo_included = std::isfinite(d.lo) && to.lo_included && from.hi_included;
  d.hi_included = std::isfinite(d.hi) && to.hi_included && from.lo_included;
  return d;
}

ChangeKind kind_of(const ValueSpan& d) {
  const bool lo = std::isfinite(d.lo), hi = std::isfinite(d.hi);
  if (lo && hi) return d.lo == d.hi ? ChangeKind::exact : ChangeKind::interval;
  if (lo) return ChangeKind::at_least;
  if (hi) return ChangeKind::at_most;
  return ChangeKind::unbounded;
}

std::string span_text(const ValueSpan& d, bool approximate, int decimals, const std::string& unit, Lang lang) {
  const std::string about = approximate ? "≈ " : "";
  const auto number = [&](double x) { return about + signed_change_text(x, decimals, "", lang); };
  const std::string tail = unit.empty() ? "" : " " + unit;
  switch (kind_of(d)) {
    case ChangeKind::exact: return number(d.lo) + tail;
    case ChangeKind::at_least: return (d.lo_included ? "≥ " : "> ") + number(d.lo) + tail;
    case ChangeKind::at_most: return (d.hi_included ? "≤ " : "< ") + number(d.hi) + tail;
    case ChangeKind::interval:
      return tr(lang, Msg::change_between, {{"lo", number(d.lo)}, {"hi", number(d.hi)}}) + tail;
    default: return "";
  }
}

// "không có số liệu kỳ Quý I/2021": which period lacks the figure.
std::string no_data_text(const DistrictChange& c, const std::string& from, const std::string& to, Lang lang) {
  if (missing(c.from) && missing(c.to)) return tr(lang, Msg::no_data);
  return tr(lang, Msg::change_no_data_in, {{"period", period_title(missing(c.from) ? from : to, lang)}});
}

}  // namespace

const char* change_kind_id(ChangeKind kind) {
  switch (kind) {
    case ChangeKind::exact: return "exact";
    case ChangeKind::at_least: return "at_least";
    case ChangeKind::at_most: return "at_most";
    case ChangeKind::interval: return "interval";
    case ChangeKind::unbounded: return "unbounded";
    case ChangeKind::approximate: return "approximate";
    case ChangeKind::not_comparable: return "not_comparable";
    case ChangeKind::no_data: return "no_data";
  }
  return "no_data";
}

std::string signed_change_text(double value, int decimals, const std::string& unit, Lang lang) {
  const std::string number = format_number(value, decimals, lang);
  // format_number writes "−" for a negative number; a rise gets its "+", none gets neither.
  const bool zero = number == "0";
  return with_unit((value > 0 && !zero ? "+" : "") + number, unit);
}

IndicatorChange compute_change(const DistrictRegistry& registry, const IndicatorTable& table,
                               const std::string& indicator, const std::string& from_period,
                               const std::string& to_period, Lang lang) {
  IndicatorChange out;
  out.indicator = &indicator_or_throw(table, indicator, lang);
  require_period(table, from_period, lang);
  require_period(table, to_period, lang);
  if (from_period == to_period)
    throw UsageError(tr(lang, Msg::multiples_same_period, {{"period", to_period}}));
  out.from_period = from_period;
  out.to_period = to_period;
  const Indicator& ind = *out.indicator;
  out.unit = ind.unit == "%" ? tr(lang, Msg::change_points_unit) : ind.unit_in(lang);

  const ProvinceReference* ref_from = table.reference(indicator, from_period);
  const ProvinceReference* ref_to = table.reference(indicator, to_period);
  if (ref_from && ref_to && std::isfinite(ref_from->value) && std::isfinite(ref_to->value)) {
    const int decimals = std::max(decimals_needed(ref_from->value), decimals_needed(ref_to->value));
    out.province = rounded(ref_to->value - ref_from->value, decimals);
    out.province_text = signed_change_text(*out.province, decimals, out.unit, lang);
  }

  for (std::size_t i = 0; i < registry.size(); ++i) {
    DistrictChange c;
    c.district = i;
    const std::string& code = registry.at(i).code;
    c.from = table.find(indicator, from_period, code);
    c.to = table.find(indicator, to_period, code);
    if (missing(c.from) || missing(c.to)) {
      c.kind = ChangeKind::no_data;
      c.text = no_data_text(c, from_period, to_period, lang);
      out.districts.push_back(std::move(c));
      continue;
    }
    const std::optional<ValueSpan> from = numeric_span(*c.from), to = numeric_span(*c.to);
    if (!from || !to) {
      c.kind = ChangeKind::not_comparable;
      c.text = tr(lang, Msg::change_not_comparable);
      out.districts.push_back(std::move(c));
      continue;
    }
    const int decimals = std::max(decimals_of(*c.from), decimals_of(*c.to));
    c.span = difference(*from, *to, decimals);
    const bool approximate = c.from->is_approximate() || c.to->is_approximate();
    c.kind = kind_of(c.span);
    if (c.kind == ChangeKind::unbounded) {
      c.text = tr(lang, Msg::change_unbounded);
    } else {
      c.text = span_text(c.span, approximate, decimals, out.unit, lang);
      if (approximate) c.kind = ChangeKind::approximate;
    }
    out.districts.push_back(std::move(c));
  }
  return out;
}

}  // namespace hgm
