#include "core/palette.h"

#include <algorithm>
#include <array>

#include "core/errors.h"

namespace hgm {

namespace {

struct Scheme {
  std::string_view name;
  std::array<std::string_view, 7> by_size;  // sizes 3..9, space-separated hex colours
};

constexpr Scheme kSchemes[] = {
    {"Blues",
     {"deebf7 9ecae1 3182bd", "eff3ff bdd7e7 6baed6 2171b5", "eff3ff bdd7e7 6baed6 3182bd 08519c",
      "eff3ff c6dbef 9ecae1 6baed6 3182bd 08519c", "eff3ff c6dbef 9ecae1 6baed6 4292c6 2171b5 084594",
      "f7fbff deebf7 c6dbef 9ecae1 6baed6 4292c6 2171b5 084594",
      "f7fbff deebf7 c6dbef 9ecae1 6baed6 4292c6 2171b5 08519c 08306b"}},
    {"YlGnBu",
     {"edf8b1 7fcdbb 2c7fb8", "ffffcc a1dab4 41b6c4 225ea8", "ffffcc a1dab4 41b6c4 2c7fb8 253494",
      "ffffcc c7e9b4 7fcdbb 41b6c4 2c7fb8 253494", "ffffcc c7e9b4 7fcdbb 41b6c4 1d91c0 225ea8 0c2c84",
      "ffffd9 edf8b1 c7e9b4 7fcdbb 41b6c4 1d91c0 225ea8 0c2c84",
      "ffffd9 edf8b1 c7e9b4 7fcdbb 41b6c4 1d91c0 225ea8 253494 081d58"}},
    {"YlOrRd",
     {"ffeda0 feb24c f03b20", "ffffb2 fecc5c fd8d3c e31a1c", "ffffb2 fecc5c fd8d3c f03b20 bd0026",
      "ffffb2 fed976 feb24c fd8d3c f03b20 bd0026", "ffffb2 fed976 feb24c fd8d3c fc4e2a e31a1c b10026",
      "ffffcc ffeda0 fed976 feb24c fd8d3c fc4e2a e31a1c b10026",
      "ffffcc ffeda0 fed976 feb24c fd8d3c fc4e2a e31a1c bd0026 800026"}},
};

// Qualitative scheme for categories and groups (no order implied).
constexpr std::string_view kSet2 = "66c2a5 fc8d62 8da0cb e78ac3 a6d854 ffd92f e5c494";

std::vector<Color> parse_list(std::string_view list) {
  std::vector<Color> out;
  while (!list.empty()) {
    const auto space = list.find(' ');
    out.push_back(*parse_hex(list.substr(0, space)));
    list = space == std::string_view::npos ? std::string_view{} : list.substr(space + 1);
  }
  return out;
}

}  // namespace

std::vector<Color> qualitative_colors() { return parse_list(kSet2); }

Color darken(Color c, double factor) {
  auto scale = [&](std::uint8_t v) { return static_cast<std::uint8_t>(v * factor + 0.5); };
  return {scale(c.r), scale(c.g), scale(c.b), c.a};
}

std::vector<std::string> palette_names() {
  std::vector<std::string> names;
  for (const Scheme& s : kSchemes) names.emplace_back(s.name);
  return names;
}

std::vector<Color> palette_colors(std::string_view name, int n) {
  for (const Scheme& s : kSchemes) {
    if (s.name != name) continue;
    const int size = std::clamp(n, 3, 9);
    std::vector<Color> colors = parse_list(s.by_size[static_cast<std::size_t>(size - 3)]);
    if (n == 2) return {colors.front(), colors.back()};
    if (n == 1) return {colors[1]};
    return colors;
  }
  std::string known;
  for (const std::string& k : palette_names()) known += (known.empty() ? "" : ", ") + k;
  throw UsageError("unknown palette '" + std::string(name) + "'; known palettes: " + known);
}

}  // namespace hgm
