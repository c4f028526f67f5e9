#pragma once
#include <string>

namespace hgm {

enum class Lang { vi, en };

// 19559.8 -> "19.559,8" (vi) or "19,559.8" (en). `decimals` fixed digits after the mark;
// with trim_zeros, trailing zeros are dropped ("15,80" -> "15,8").
std::string format_number(double value, int decimals, Lang lang, bool trim_zeros = true);

}  // namespace hgm
