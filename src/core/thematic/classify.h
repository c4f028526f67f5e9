#pragma once
// Dividing exact values into classes. Class i holds values v with
// upper[i-1] < v <= upper[i]; the first class also holds its lower end (min).
#include <optional>

#include "core/text/lang.h"
#include <string>
#include <string_view>
#include <vector>

namespace hgm {

enum class ClassMethod { equal_interval, quantile, natural_breaks, std_dev, manual, unique };

// The most classes a map may have (ColorBrewer's sequential schemes stop at 9, and more
// shades cannot be told apart): manual breaks are at most kMaxClasses - 1 limits.
inline constexpr int kMaxClasses = 9;

struct Classes {
  ClassMethod method = ClassMethod::natural_breaks;
  double min = 0;
  std::vector<double> upper;        // one per class, ascending
  std::vector<int> counts;          // values per class
  int requested = 0;                // classes asked for; may exceed upper.size()
  // What had to give, so the legend can say it instead of showing empty classes.
  enum class Adjustment { none, one_class_per_value, merged_tied_quantiles } adjustment = Adjustment::none;
  int distinct_values = 0;
  // Standard-deviation and manual classes have open ends: "≤ a" and "> c".
  bool open_below = false, open_above = false;
  double center = 0;  // std_dev: the centre the classes are measured from
  double std_dev = 0;

  std::size_t size() const { return upper.size(); }
  double lower_of(std::size_t i) const { return i == 0 ? min : upper[i - 1]; }
  // Class index of v, or -1 when v lies outside [min, max] (open ends reach infinity).
  int class_of(double v) const;
};

// Uses only finite values. With fewer distinct values than `classes`, each distinct
// value gets its own class (Adjustment::one_class_per_value). Deterministic.
Classes classify(std::vector<double> values, ClassMethod method, int classes);

struct ClassifyOptions {
  ClassMethod method = ClassMethod::natural_breaks;
  int classes = 5;
  std::optional<double> center;       // std_dev: the province reference, else the mean
  std::vector<double> manual_breaks;  // manual: the limits between classes, ascending
  Lang lang = Lang::en;               // of the error messages
};
// Throws hgm::UsageError for manual breaks that are not ascending, empty, or more than
// kMaxClasses - 1 (manual_breaks_problem's message).
Classes classify(std::vector<double> values, const ClassifyOptions& options);

// What classify would refuse in manual breaks (none, more than kMaxClasses - 1, not rising
// strictly), in `lang`; nothing when they can be drawn. For checks made before drawing.
std::optional<std::string> manual_breaks_problem(const std::vector<double>& breaks, Lang lang);

// Fisher's exact optimal grouping (natural breaks) of sorted values into k groups:
// returns the index one past the end of each group.
std::vector<std::size_t> fisher_jenks_groups(const std::vector<double>& sorted, int k);

// Every method, in the order lists of them are shown ("jenks" first, the default).
const std::vector<ClassMethod>& all_class_methods();
const char* class_method_id(ClassMethod method);  // "jenks", "quantile", "equal", "stddev", "manual", "unique"
std::optional<ClassMethod> parse_class_method(std::string_view id);

}  // namespace hgm
