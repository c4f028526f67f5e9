#pragma once
// Manual class breaks as the user types them: "10; 15,8; 30" (Vietnamese decimal comma),
// "10; 15.8; 30", or "10, 15.8, 30" (a comma followed by a space separates).
#include <string>
#include <vector>

#include "core/text/number_format.h"

namespace hgm::app {

struct BreaksParse {
  std::vector<double> breaks;  // rising, when `error` is empty
  std::string error;           // what is wrong, in the interface language
  bool ok() const { return error.empty(); }
};

// Numbers separated by ';', spaces, or ", ". Each number's decimal mark is read the way
// the whole text writes them ("15,8" and "19.559,8" are Vietnamese, "15.8" is not); when
// nothing tells, as the interface language writes numbers. The breaks must rise strictly.
BreaksParse parse_breaks(const std::string& text, Lang lang);

// "10; 15,8; 30" (vi) or "10; 15.8; 30" (en): the form parse_breaks reads back.
std::string format_breaks(const std::vector<double>& breaks, Lang lang);

// A break as the interface shows it: at most two decimals, trailing zeros dropped.
std::string format_break(double value, Lang lang);

}  // namespace hgm::app
