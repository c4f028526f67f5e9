#pragma once
// Indicators and their values as the report states them: exact figures, bounds,
// intervals, flags, categories, facts shared by a group, or nothing at all.
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "core/text/lang.h"

namespace hgm {

enum class Polarity { higher_is_better, lower_is_better, neutral };
// The id tables and the command line use for a polarity ("higher_is_better", …), and back.
const char* polarity_id(Polarity p);
std::optional<Polarity> polarity_named(std::string_view id);

enum class ValueKind {
  exact,       // "đạt 47,4%"
  at_most,     // "dưới 51%" (upper bound)
  at_least,    // "trên 40%" (lower bound)
  interval,    // "trên 30% đến dưới 40%"
  flag,        // named in a list, e.g. a high share of overdue files
  category,    // a named class
  group_fact,  // a figure shared by a group of districts that cannot be split
  no_data,
  approximate,  // "khoảng 4.076 tấn": an estimate; `value` holds it, `label` names a sharing group

};

// The report the project's tables come from, as the values' provenance names it.
inline constexpr const char* kReportDocument = "hagiang-socioeconomic-report-2021-Q1.vi.txt";

struct Provenance {
  std::string document;       // e.g. "hagiang-socioeconomic-report-2021-Q1.vi.txt"
  std::string section;        // e.g. "I.5.a"
  std::string quote;          // the few words that state the figure
  std::string inferred_from;     // non-empty when derived from a statement about others (English)
  std::string inferred_from_vi;  // the same note in Vietnamese
  // A planner's table whose figure differs from one already loaded (the report's, or an
  // earlier table's) replaces it; what it replaced is kept so the map can say so.
  std::string replaced_document;  // empty: replaced nothing
  std::string replaced_section;
  std::string replaced_stated;

  const std::string& inferred_note(Lang lang) const { return pick(lang, inferred_from_vi, inferred_from); }
  bool from_report() const { return document.empty() || document == kReportDocument; }
};

struct StatedValue {
  ValueKind kind = ValueKind::no_data;
  double value = std::numeric_limits<double>::quiet_NaN();  // exact values
  std::optional<double> lower, upper;                       // bounds and intervals
  bool lower_inclusive = false, upper_inclusive = false;
  std::string label;     // flag or category name, group name for group facts (Vietnamese)
  std::string label_en;  // the same in English
  std::string stated;    // the report's own words, verbatim: "dưới 51%", "mức bình quân chung của tỉnh"
  std::string display;   // the phrase shown when the words alone would not say it ("không trên 15,8%"); empty: `stated`
  Provenance provenance;

  bool is_exact() const { return kind == ValueKind::exact; }
  bool is_approximate() const { return kind == ValueKind::approximate; }
  // Group facts, and estimates with a group label: one figure for several districts together.
  bool is_shared() const { return kind == ValueKind::group_fact || (is_approximate() && !label.empty()); }
  const std::string& shown() const { return display.empty() ? stated : display; }
  const std::string& label_in(Lang lang) const { return pick(lang, label, label_en); }
  bool is_range() const {
    return kind == ValueKind::at_most || kind == ValueKind::at_least || kind == ValueKind::interval;
  }
};

struct ProvinceReference {
  double value = std::numeric_limits<double>::quiet_NaN();
  std::string stated;         // "15,8%"
  std::string definition_vi;  // how the figure is defined
  std::string definition_en;
  Provenance provenance;
};

struct Indicator {
  std::string id;  // "budget_revenue_attainment"
  std::string name_vi, name_en;
  std::string unit;  // "%", "hồ sơ"
  Polarity polarity = Polarity::higher_is_better;
  std::string description_vi, description_en;
  std::string unit_en;  // "%", "files"

  const std::string& unit_in(Lang lang) const { return pick(lang, unit, unit_en); }
};

class IndicatorTable {
 public:
  void add_indicator(Indicator indicator);
  // Room for `more` indicators, so adding them keeps pointers to the others valid.
  void reserve_more_indicators(std::size_t more) { indicators_.reserve(indicators_.size() + more); }
  void add_period(const std::string& period);
  void set_value(const std::string& indicator_id, const std::string& period, const std::string& code,
                 StatedValue value);
  void set_reference(const std::string& indicator_id, const std::string& period, ProvinceReference ref);

  const std::vector<Indicator>& indicators() const { return indicators_; }
  const std::vector<std::string>& periods() const { return periods_; }
  const Indicator* find_indicator(const std::string& id) const;
  bool has_period(const std::string& period) const;
  // The value for a district, or nullptr when the table has nothing for it (no data).
  const StatedValue* find(const std::string& indicator_id, const std::string& period,
                          const std::string& code) const;
  const ProvinceReference* reference(const std::string& indicator_id, const std::string& period) const;
  // Whether any district or the province has a figure for the indicator in the period.
  bool has_values(const std::string& indicator_id, const std::string& period) const;
  // Whether any district has a figure (exact, bound, flag …) for it; the province's does not count.
  bool has_district_values(const std::string& indicator_id, const std::string& period) const;

 private:
  using Key = std::tuple<std::string, std::string, std::string>;
  std::vector<Indicator> indicators_;
  std::vector<std::string> periods_;
  std::map<Key, StatedValue> values_;
  std::map<std::pair<std::string, std::string>, ProvinceReference> references_;
};

}  // namespace hgm
