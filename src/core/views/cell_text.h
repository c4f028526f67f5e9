#pragma once
// A figure said in the few characters a grid cell has room for, without saying more than
// the report: "47,4%", "≤ 15,8%", "> 40%", ">30–<40%", "≈ 4.076*" (* shared by a group).
#include <string>

#include "core/data/indicator.h"
#include "core/text/lang.h"

namespace hgm::views {

// The unit goes into the cell only when it is "%" (short and part of the number as
// written); other units are named once in the row's label (see unit_suffix).
std::string cell_text(const StatedValue& value, const Indicator& indicator, Lang lang);
// The province figure the same way.
std::string cell_number(double value, const Indicator& indicator, Lang lang);
// " (hộ)" for a row whose cells leave their unit out; empty for "%" and no unit.
std::string unit_suffix(const Indicator& indicator, Lang lang);

}  // namespace hgm::views
