#pragma once
// `rank`, `overview`, `profile` and `change`: the comparison views as text or JSON, from the same
// core functions the window's views use.
#include <cstddef>
#include <string>
#include <vector>

#include "cli/cli_options.h"
#include "core/data/district_registry.h"

namespace hgm::cli {

// Each prints to standard output and returns the exit code; throws UsageError for an
// unknown indicator, period or district, DataError for tables that cannot be read.
int run_rank(const CliOptions& options);
int run_overview(const CliOptions& options);
int run_profile(const CliOptions& options);
// `change --indicator X --period P1 --compared-period P2`: each district's change P2 − P1.
int run_change(const CliOptions& options);

// A district named by GSO code or by name, matched as planners' tables are (diacritics,
// prefixes, case); throws UsageError listing the closest districts for an unknown name.
std::size_t find_district(const DistrictRegistry& registry, const std::string& text, Lang lang);

// The spec with every --district added to its pinned districts (once each, by GSO code):
// `export --view profile --district "Xín Mần"` draws the districts it names.
MapSpec with_named_districts(const MapSpec& spec, const std::vector<std::string>& names, const DistrictRegistry& registry);

}  // namespace hgm::cli
