#pragma once
// `rank`, `overview` and `profile`: the comparison views as text or JSON, from the same
// core functions the window's views use.
#include "cli/cli_options.h"

namespace hgm::cli {

// Each prints to standard output and returns the exit code; throws UsageError for an
// unknown indicator, period or district, DataError for tables that cannot be read.
int run_rank(const CliOptions& options);
int run_overview(const CliOptions& options);
int run_profile(const CliOptions& options);

}  // namespace hgm::cli
