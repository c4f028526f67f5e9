#include "core/thematic/color.h"

#include <cstdio>

namespace hgm {

std::string to_hex(Color c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%02x%02x%02x", c.r, c.g, c.b);
  return buf;
}

std::optional<Color> parse_hex(std::string_view text) {
  if (!text.empty() && text.front() == '#') text.remove_prefix(1);
  if (text.size() != 6) return std::nullopt;
  auto nibble = [](char ch) -> int {
    if (ch >= '0' && ch <= '9') return ch - '0';
    if (ch >= 'a' && ch <= 'f') return ch - 'a' + 10;
    if (ch >= 'A' && ch <= 'F') return ch - 'A' + 10;
    return -1;
  };
  std::uint8_t channel[3];
  for (int i = 0; i < 3; ++i) {
    const int hi = nibble(text[2 * i]);
    const int lo = nibble(text[2 * i + 1]);
    if (hi < 0 || lo < 0) return std::nullopt;
    channel[i] = static_cast<std::uint8_t>(hi * 16 + lo);
  }
  return Color{channel[0], channel[1], channel[2], 255};
}

}  // namespace hgm
