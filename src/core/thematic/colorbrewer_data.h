#pragma once
// The ColorBrewer schemes as data (colorbrewer_data.cpp).
#include <string_view>
#include <vector>

namespace hgm {

enum class SchemeKind { sequential, diverging, qualitative };

struct BrewerScheme {
  std::string_view name;
  SchemeKind kind;
  int min_classes;                       // by_size[0] has this many colours
  std::vector<std::string_view> by_size;  // space-separated hex colours, one entry per class count
};

const std::vector<BrewerScheme>& brewer_schemes();

}  // namespace hgm
