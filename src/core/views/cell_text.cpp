#include "core/views/cell_text.h"

#include <cmath>

#include "core/text/i18n.h"
#include "core/text/number_format.h"

namespace hgm::views {

namespace {

bool unit_in_cell(const Indicator& indicator, Lang lang) { return indicator.unit_in(lang) == "%"; }

}  // namespace

std::string cell_number(double value, const Indicator& indicator, Lang lang) {
  const std::string number = format_number(value, decimals_needed(value), lang);
  return unit_in_cell(indicator, lang) ? number + "%" : number;
}

std::string unit_suffix(const Indicator& indicator, Lang lang) {
  const std::string& unit = indicator.unit_in(lang);
  return unit.empty() || unit_in_cell(indicator, lang) ? "" : " (" + unit + ")";
}

std::string cell_text(const StatedValue& v, const Indicator& ind, Lang lang) {
  auto num = [&](double x) { return cell_number(x, ind, lang); };
  std::string text;
  switch (v.kind) {
    case ValueKind::exact: text = num(v.value); break;
    case ValueKind::approximate: text = "≈ " + num(v.value); break;
    case ValueKind::at_most: text = (v.upper_inclusive ? "≤ " : "< ") + num(*v.upper); break;
    case ValueKind::at_least: text = (v.lower_inclusive ? "≥ " : "> ") + num(*v.lower); break;
    case ValueKind::interval:
      // The unit once, after the upper end: ">30–<40%".
      text = (v.lower_inclusive ? "" : ">") + format_number(*v.lower, decimals_needed(*v.lower), lang) + "–" +
             (v.upper_inclusive ? "" : "<") + num(*v.upper);
      break;
    case ValueKind::flag: text = tr(lang, Msg::view_named_cell); break;  // the row names what the list says
    case ValueKind::category: text = v.label_in(lang); break;
    case ValueKind::group_fact: text = std::isfinite(v.value) ? num(v.value) : v.stated; break;
    case ValueKind::no_data: return "";
  }
  return v.is_shared() ? text + "*" : text;
}

}  // namespace hgm::views
