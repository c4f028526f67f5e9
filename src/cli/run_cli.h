#pragma once
#include <string>
#include <vector>

namespace hgm::cli {

// Runs one command; maps errors to messages on stderr and exit codes:
// 0 ok, 1 unexpected, 2 usage, 3 data, 4 environment (display, GL, font).
int run_cli(const std::vector<std::string>& args);

}  // namespace hgm::cli
