#include "core/text/number_format.h"

#include <cmath>
#include <cstdio>

namespace hgm {

char group_mark(Lang lang) { return lang == Lang::vi ? '.' : ','; }
char decimal_mark(Lang lang) { return lang == Lang::vi ? ',' : '.'; }

std::string format_number(double value, int decimals, Lang lang, bool trim_zeros) {
  if (!std::isfinite(value)) return "–";
  const char group = group_mark(lang);
  const char decimal = decimal_mark(lang);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, std::fabs(value));
  std::string digits(buf);
  std::string fraction;
  if (const auto dot = digits.find('.'); dot != std::string::npos) {
    fraction = digits.substr(dot + 1);
    digits.resize(dot);
  }
  if (trim_zeros)
    while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
  std::string grouped;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += group;
    grouped += digits[i];
  }
  const bool negative = value < 0 && (grouped != "0" || !fraction.empty());
  std::string out = negative ? "−" : "";
  out += grouped;
  if (!fraction.empty()) out += decimal + fraction;
  return out;
}

int decimals_needed(double value, int most) {
  double scaled = value;
  for (int d = 0; d < most; ++d, scaled *= 10)
    if (std::fabs(scaled - std::round(scaled)) < 1e-9) return d;
  return most;
}

std::string with_unit(std::string text, const std::string& unit) {
  if (unit.empty()) return text;
  return unit == "%" ? text + "%" : text + " " + unit;
}

}  // namespace hgm
