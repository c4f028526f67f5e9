#pragma once
#include <chrono>
#include <string>
#include <vector>

namespace hgm::app {

// Runs the window front end; maps errors to messages on stderr and exit codes:
// 0 ok (also when there was no display and the map went to a PNG instead), 1 unexpected,
// 2 usage, 3 data, 4 environment (no OpenGL at all, no font).
int run_app(const std::vector<std::string>& args, std::chrono::steady_clock::time_point started);

}  // namespace hgm::app
