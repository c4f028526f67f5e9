#pragma once
#include <string>

#include "core/text/lang.h"

namespace hgm {

// The marks the language writes numbers with: Vietnamese 19.559,8, English 19,559.8.
char group_mark(Lang lang);
char decimal_mark(Lang lang);

// 19559.8 -> "19.559,8" (vi) or "19,559.8" (en). `decimals` fixed digits after the mark;
// with trim_zeros, trailing zeros are dropped ("15,80" -> "15,8").
std::string format_number(double value, int decimals, Lang lang, bool trim_zeros = true);

// Fewest decimals (up to `most`) that show the value as the reports write it: 47 → 0,
// 47.4 → 1, 24.73 → 2.
int decimals_needed(double value, int most = 2);

// "47,4" + "%" → "47,4%"; other units after a space ("60 hộ"); no unit → unchanged.
std::string with_unit(std::string text, const std::string& unit);

}  // namespace hgm
