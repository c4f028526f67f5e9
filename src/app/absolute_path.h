#pragma once
// A file or folder as the window reports and remembers it: absolute and without "." or
// "..", or as given when that cannot be worked out (the current folder is gone).
#include <filesystem>
#include <string>
#include <system_error>

namespace hgm::app {

inline std::string absolute_path(const std::string& path) {
  std::error_code ec;
  const std::filesystem::path absolute = std::filesystem::absolute(path, ec);
  return ec ? path : absolute.lexically_normal().string();
}

}  // namespace hgm::app
