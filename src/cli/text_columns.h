#pragma once
// Columns of plain text that line up with Vietnamese names: padded by characters, not bytes.
#include <string>

namespace hgm::cli {

inline std::string padded(const std::string& text, std::size_t width) {
  std::size_t chars = 0;
  for (char c : text) chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return text + std::string(width > chars ? width - chars : 1, ' ');
}

}  // namespace hgm::cli
