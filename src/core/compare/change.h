#pragma once
// The change of one indicator between two periods, district by district, saying only what
// the words allow: a difference involving a bound or an interval is itself a range
// ("≤ 15,8%" then 20,1% is a change of at least +4,3 points), an estimate stays an
// estimate, and a district missing in either period has no change to show. The change
// map, `hagiang-map change` and its JSON all come from here.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/compare/value_span.h"
#include "core/data/district_registry.h"
#include "core/data/indicator.h"
#include "core/text/lang.h"

namespace hgm {

enum class ChangeKind {
  exact,           // both figures exact: one number
  at_least,        // the change is at least `span.lo`
  at_most,         // the change is at most `span.hi`
  interval,        // between `span.lo` and `span.hi`
  unbounded,       // both are bounds on the same side: any change is possible
  approximate,     // an estimate on either side; `span` is computed from the estimate as if it were the figure
  not_comparable,  // a flag, a category or a figure shared by a group in either period
  no_data,         // missing in either period
};

struct DistrictChange {
  std::size_t district = 0;            // index in the registry
  const StatedValue* from = nullptr;   // the earlier period's figure; nullptr: no data
  const StatedValue* to = nullptr;     // the later one's
  ChangeKind kind = ChangeKind::no_data;
  ValueSpan span;                      // the change (later − earlier), for the numeric kinds
  std::string text;                    // "+4,3 điểm %", "≥ +4,3 điểm %", "≈ −12 tấn", "không có số liệu"

  bool is_numeric() const {
    return kind != ChangeKind::no_data && kind != ChangeKind::not_comparable && kind != ChangeKind::unbounded;
  }
};

struct IndicatorChange {
  const Indicator* indicator = nullptr;
  std::string from_period, to_period;  // the change is to_period − from_period
  std::string unit;                    // of the change: "điểm %" / "percentage points" for a %, else the indicator's
  std::optional<double> province;      // the province's change, when both periods have its figure
  std::string province_text;
  std::vector<DistrictChange> districts;  // registry order
};

// Throws UsageError (in `lang`) for an unknown indicator or period, or the same period twice.
IndicatorChange compute_change(const DistrictRegistry& registry, const IndicatorTable& table,
                               const std::string& indicator, const std::string& from_period,
                               const std::string& to_period, Lang lang = Lang::vi);

// "exact", "at_least", … as the JSON output writes them.
const char* change_kind_id(ChangeKind kind);

// A signed change with its unit: "+4,3 điểm %", "−2 hồ sơ", "0 điểm %".
std::string signed_change_text(double value, int decimals, const std::string& unit, Lang lang);

}  // namespace hgm
