#pragma once
// A batch export: many maps of one spec, one per indicator and period, each with its file
// name from a pattern. Decided here, before anything is drawn, so a mistake (an unknown
// indicator, two maps given one name) stops the batch before the first file.
#include <string>
#include <vector>

#include "core/data/indicator.h"
#include "core/spec/map_spec.h"

namespace hgm {

inline constexpr const char* kDefaultNamePattern = "{indicator}_{period}.{ext}";

struct BatchRequest {
  std::vector<std::string> indicators;  // ids, or {"all"}: every indicator with figures
  std::vector<std::string> periods;     // ids, or {"all"}: every period of the table
  std::string name_pattern = kDefaultNamePattern;  // {indicator} {period} {lang} {ext}
  std::string extension = "png";
};

struct BatchItem {
  MapSpec spec;
  std::string file_name;  // from the pattern, no folder
};

struct BatchPlan {
  std::vector<BatchItem> items;       // indicators in the table's order within each period
  std::vector<std::string> skipped;   // what "all" passed over and why, in the spec's language
};

// The file name `pattern` gives one map: "budget_revenue_attainment_2021-Q1.png" for the
// default pattern. Batches name each map with it, and the window suggests it for an export.
std::string batch_file_name(const std::string& pattern, const std::string& indicator, const std::string& period,
                            Lang lang, const std::string& extension);

// Whether a value of --indicator or --period asks for a batch: "all" or a comma list.
bool names_a_batch(const std::string& value);

// Throws UsageError for an unknown indicator or period, a pattern with a folder in it, two
// maps that would get one name, or nothing to draw. An indicator named by id is drawn even
// without figures in a period (the map then says so); "all" passes over those and says so.
BatchPlan plan_batch(const MapSpec& base, const BatchRequest& request, const IndicatorTable& table);

}  // namespace hgm
