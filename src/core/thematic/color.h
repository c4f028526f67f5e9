#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace hgm {

struct Color {
  std::uint8_t r = 0, g = 0, b = 0, a = 255;

  friend bool operator==(const Color&, const Color&) = default;
};

std::string to_hex(Color c);                                // "#rrggbb" (alpha dropped)
std::optional<Color> parse_hex(std::string_view text);     // "#rrggbb" or "rrggbb"

}  // namespace hgm
