#include "app/platform/startup_clock.h"

#include <fstream>
#include <sstream>
#include <string>

#if defined(__linux__)
#include <time.h>
#include <unistd.h>
#endif

namespace hgm::app {

std::optional<double> ms_since_process_start() {
#if defined(__linux__)
  std::ifstream in("/proc/self/stat");
  std::string stat;
  if (!std::getline(in, stat)) return std::nullopt;
  // Field 2 (the command name) may hold spaces; count fields after its closing ')'.
  const std::size_t close = stat.rfind(')');
  if (close == std::string::npos) return std::nullopt;
  std::istringstream fields(stat.substr(close + 1));
  std::string field;
  unsigned long long start_ticks = 0;
  for (int i = 3; i <= 22 && fields >> field; ++i)
    if (i == 22) start_ticks = std::stoull(field);  // starttime: clock ticks after boot
  const long ticks_per_second = sysconf(_SC_CLK_TCK);
  timespec now{};
  if (start_ticks == 0 || ticks_per_second <= 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0) return std::nullopt;
  const double now_ms = static_cast<double>(now.tv_sec) * 1000.0 + static_cast<double>(now.tv_nsec) / 1e6;
  const double start_ms = static_cast<double>(start_ticks) * 1000.0 / static_cast<double>(ticks_per_second);
  if (now_ms < start_ms) return std::nullopt;
  return now_ms - start_ms;
#else
  return std::nullopt;
#endif
}

double ms_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace hgm::app
