#pragma once
// The command line: `hagiang-map COMMAND [options]`.
#include <string>
#include <vector>

#include "core/thematic/choropleth.h"
#include "core/layout/frame_layout.h"

namespace hgm::cli {

enum class Command { help, version, export_png, inspect, check_data };

struct CliOptions {
  Command command = Command::help;
  ChoroplethOptions map;     // indicator, period, method, classes, palette, lang
  int width = 1920, height = 1080;
  bool size_given = false;
  std::string out;           // export target
  bool json = false;
  std::string boundaries;    // --boundaries FILE
  std::string data_dir;      // --data DIR (the project's tables)
  std::vector<std::string> tables;  // --table FILE (planners' tables), or check-data's FILE
  LayoutOptions layout;      // --hide title,legend,…
  std::string title, subtitle;  // --title, --subtitle (empty: from the indicator and period)
};

inline constexpr const char* kDefaultIndicator = "budget_revenue_attainment";
inline constexpr const char* kDefaultPeriod = "2021-Q1";

// Throws hgm::UsageError with a message that says what was wrong and what is allowed.
CliOptions parse_cli(const std::vector<std::string>& args);
std::string help_text(Lang lang);
// "3840x2160" -> {3840, 2160}; throws UsageError.
std::pair<int, int> parse_size(const std::string& text, Lang lang = Lang::en);

}  // namespace hgm::cli
