#pragma once
// The window front end's command line: `hagiang-map-app [options]`.
#include <string>
#include <vector>

#include "core/text/number_format.h"

namespace hgm::app {

inline constexpr const char* kDefaultIndicator = "budget_revenue_attainment";
inline constexpr const char* kDefaultPeriod = "2021-Q1";

struct AppOptions {
  enum class Action { run, help, version };
  Action action = Action::run;
  std::string indicator = kDefaultIndicator;
  std::string period = kDefaultPeriod;
  Lang lang = Lang::vi;
  std::string boundaries;  // --boundaries FILE; empty: the default (io::default_boundary_file)
  std::string data_dir;    // --data DIR; empty: the project's geodata/
  std::vector<std::string> tables;  // --table FILE (repeatable): planners' tables to add
  int width = 1600, height = 900;  // window size, screen coordinates
  int frames = 0;          // --frames N: draw N frames then exit; 0: until the window is closed
  std::string screenshot;  // --screenshot FILE: PNG of the last frame
};

// Throws hgm::UsageError saying what was wrong and what is allowed.
AppOptions parse_app_options(const std::vector<std::string>& args);
std::string app_help_text();

}  // namespace hgm::app
