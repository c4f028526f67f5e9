// The district values of one indicator and period, and how each is said in words.
#include <algorithm>
#include <cmath>

#include "core/text/i18n.h"
#include "core/thematic/choropleth_parts.h"

namespace hgm {

namespace choropleth_detail {

namespace {

// Sort key of a range: where it sits on the number line.
double range_position(const StatedValue& v) {
  if (v.lower && v.upper) return (*v.lower + *v.upper) / 2;
  return v.lower ? *v.lower + 1e-9 : *v.upper - 1e-9;
}

}  // namespace

std::string range_key(const StatedValue& v) {
  return std::to_string(v.lower.value_or(-1e300)) + (v.lower_inclusive ? "[" : "(") +
         std::to_string(v.upper.value_or(1e300)) + (v.upper_inclusive ? "]" : ")");
}

DistrictValues gather_values(const DistrictRegistry& registry, const IndicatorTable& table,
                             const Indicator& indicator, const std::string& period) {
  DistrictValues out;
  for (const District& d : registry.districts()) {
    const StatedValue* v = table.find(indicator.id, period, d.code);
    out.values.push_back(v);
    // Only exact figures decide class limits: an estimate ("khoảng") never does.
    if (v && v->is_exact()) out.exact.push_back(v->value);
    if (v && v->is_range() && std::none_of(out.ranges.begin(), out.ranges.end(),
                                           [&](const StatedValue* r) { return range_key(*r) == range_key(*v); }))
      out.ranges.push_back(v);
  }
  std::sort(out.ranges.begin(), out.ranges.end(),
            [](const StatedValue* a, const StatedValue* b) { return range_position(*a) < range_position(*b); });
  return out;
}

}  // namespace choropleth_detail

std::string format_with_unit(double value, const std::string& unit, Lang lang) {
  return with_unit(format_number(value, decimals_needed(value), lang), unit);
}

namespace {

// A figure typed without its unit ("52,3" in a column of percentages) gets it back.
std::string with_unit_if_bare(const std::string& stated, const std::string& unit) {
  if (unit.empty() || stated.find(unit) != std::string::npos) return stated;
  const bool bare = std::all_of(stated.begin(), stated.end(), [](char ch) {
    return (ch >= '0' && ch <= '9') || ch == ',' || ch == '.' || ch == '-' || ch == ' ';
  });
  return bare ? with_unit(stated, unit) : stated;
}

Msg interval_message(const StatedValue& v) {
  if (v.lower_inclusive) return v.upper_inclusive ? Msg::value_from_to : Msg::value_from_to_below;
  return v.upper_inclusive ? Msg::value_above_to : Msg::value_above_to_below;
}

// The figure alone, without saying whether a group shares it.
std::string figure_text(const StatedValue& v, const Indicator& ind, Lang lang) {
  const bool vi = lang == Lang::vi;
  if (vi && !v.display.empty()) return v.display;
  // An estimate is shown with "≈", whatever word the report used for it ("khoảng").
  if (vi && !v.stated.empty() && !v.is_approximate()) return with_unit_if_bare(v.stated, ind.unit);
  auto fmt = [&](double x) { return format_with_unit(x, ind.unit, lang); };
  switch (v.kind) {
    case ValueKind::exact: return fmt(v.value);
    case ValueKind::approximate: return fill(tr(lang, Msg::value_approximate), {{"v", fmt(v.value)}});
    case ValueKind::at_most:
      return fill(tr(lang, v.upper_inclusive ? Msg::value_at_most : Msg::value_below), {{"v", fmt(*v.upper)}});
    case ValueKind::at_least:
      return fill(tr(lang, v.lower_inclusive ? Msg::value_at_least : Msg::value_above), {{"v", fmt(*v.lower)}});
    case ValueKind::interval:
      return fill(tr(lang, interval_message(v)), {{"lo", fmt(*v.lower)}, {"hi", fmt(*v.upper)}});
    case ValueKind::flag: return vi && !v.label.empty() ? v.label : tr(lang, Msg::value_named);
    case ValueKind::category: return v.stated.empty() ? v.label : v.stated;
    case ValueKind::group_fact: return std::isfinite(v.value) ? fmt(v.value) : v.stated;
    case ValueKind::no_data: return tr(lang, Msg::no_data);
  }
  return v.stated;
}

}  // namespace

std::string value_text(const StatedValue& v, const Indicator& ind, Lang lang) {
  const std::string figure = figure_text(v, ind, lang);
  if (!v.is_shared()) return figure;
  // "60 hộ" + "chung 3 huyện: Mèo Vạc, …": the group is named once, after the figure.
  if (v.label.empty()) return fill(tr(lang, Msg::value_shared), {{"value", figure}});
  return fill(tr(lang, Msg::value_shared_by), {{"value", figure}, {"group", v.label}});
}

}  // namespace hgm
