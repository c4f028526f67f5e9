#include "cli/compare_commands.h"

#include <algorithm>
#include <iostream>

#include "cli/change_output.h"
#include "cli/check_data_command.h"
#include "cli/compare_output.h"
#include "core/data/import_report_text.h"
#include "core/errors.h"
#include "core/text/i18n.h"
#include "core/text/text_join.h"
#include "io/project_data.h"

namespace hgm::cli {

namespace {

// The project's tables and any planner's tables given with --table (no boundaries: the
// comparisons need no map).
ProjectData load_tables(const CliOptions& o) {
  ProjectData data = project_data(o);
  for (const std::string& file : o.tables) {
    const ImportReport report = import_table_file(o, file, data);
    if (!report.ok()) write_import_report_text(std::cerr, report, o.spec.lang);
  }
  return data;
}

}  // namespace

std::size_t find_district(const DistrictRegistry& registry, const std::string& text, Lang lang) {
  if (const auto code = registry.find_code(text)) return *code;
  const NameMatch match = registry.match_name(text);
  if (match.status == NameMatch::Status::matched) return match.index;
  std::vector<std::string> closest;
  for (const std::size_t i : match.candidates) closest.push_back(registry.at(i).name_vi);
  throw UsageError(tr(lang, Msg::unknown_district, {{"name", text}, {"closest", join(closest)}}));
}

MapSpec with_named_districts(const MapSpec& spec, const std::vector<std::string>& names,
                             const DistrictRegistry& registry) {
  MapSpec out = spec;
  for (const std::string& name : names) {
    const std::string& code = registry.at(find_district(registry, name, spec.lang)).code;
    if (std::find(out.pinned.begin(), out.pinned.end(), code) == out.pinned.end()) out.pinned.push_back(code);
  }
  if (out.pinned.size() > kMaxMarkedDistricts)
    throw UsageError(tr(spec.lang, Msg::spec_too_many_districts,
                        {{"most", std::to_string(kMaxMarkedDistricts)}, {"count", std::to_string(out.pinned.size())}}));
  return out;
}

int run_rank(const CliOptions& o) {
  const ProjectData data = load_tables(o);
  const Ranking ranking = rank_districts(data.registry, data.table, o.spec.indicator, o.spec.period, o.spec.lang);
  std::cout << (o.json ? rank_json(ranking, data.registry, o.spec.lang) : rank_text(ranking, data.registry, o.spec.lang));
  return 0;
}

int run_overview(const CliOptions& o) {
  const ProjectData data = load_tables(o);
  Overview overview = build_overview(data.registry, data.table, o.spec.period, !o.spec.overview_all, o.spec.lang);
  const MapSpec spec = with_named_districts(o.spec, o.districts, data.registry);
  if (spec.overview_order == OverviewOrder::pinned && spec.pinned.empty())
    throw UsageError(tr(o.spec.lang, Msg::overview_sort_needs_pin));
  order_overview(overview, data.registry, spec.overview_order, spec.pinned.empty() ? std::string() : spec.pinned.front());
  const std::vector<std::size_t> columns = overview_columns(data.registry, spec.overview_order);
  std::cout << (o.json ? overview_json(overview, data.registry, columns, spec.overview_order, o.spec.lang)
                       : overview_text(overview, data.registry, columns, o.spec.lang));
  return 0;
}

int run_profile(const CliOptions& o) {
  const ProjectData data = load_tables(o);
  std::vector<DistrictProfile> profiles;
  for (const std::string& name : o.districts)
    profiles.push_back(build_profile(data.registry, data.table, find_district(data.registry, name, o.spec.lang),
                                     o.spec.period, o.spec.lang));
  std::cout << (o.json ? profiles_json(profiles, data.registry, o.spec.lang)
                       : profiles_text(profiles, data.registry, o.spec.lang));
  return 0;
}

int run_change(const CliOptions& o) {
  const ProjectData data = load_tables(o);
  const IndicatorChange change = compute_change(data.registry, data.table, o.spec.indicator, o.spec.period,
                                                o.spec.compared_period, o.spec.lang);
  std::cout << (o.json ? change_json(change, data.registry, o.spec.lang) : change_text(change, data.registry, o.spec.lang));
  return 0;
}

}  // namespace hgm::cli
