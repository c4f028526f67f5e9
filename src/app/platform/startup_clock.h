#pragma once
// Time since the process started, for the first-frame measurement. main() starts tens of
// milliseconds after the process does (loading and initialising GDAL's many libraries),
// so the kernel's record of the start time is used where there is one.
#include <chrono>
#include <optional>

namespace hgm::app {

// Milliseconds since the process was started according to the kernel (Linux
// /proc/self/stat, 10 ms resolution); nullopt where that is not available.
std::optional<double> ms_since_process_start();

double ms_since(std::chrono::steady_clock::time_point start);

}  // namespace hgm::app
