#pragma once
// What several CLI tests check against: the exit codes the CLI documents in its --help, and
// the size a message names.
#include <regex>
#include <string>

namespace hgm::test {

constexpr int kExitUsage = 2, kExitEnvironment = 4, kExitOutput = 5;

// The first size "WxH" that follows `before` in the message, or "" when there is none.
inline std::string named_size(const std::string& message, const std::string& before) {
  std::smatch m;
  if (!std::regex_search(message, m, std::regex(before + "([0-9]+x[0-9]+)"))) return {};
  return m[1];
}

}  // namespace hgm::test
