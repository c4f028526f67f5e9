#include "core/thematic/classify.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/errors.h"
#include "core/text/i18n.h"

namespace hgm {

std::optional<std::string> manual_breaks_problem(const std::vector<double>& breaks, Lang lang) {
  if (breaks.empty()) return tr(lang, Msg::manual_needs_breaks);
  if (breaks.size() > static_cast<std::size_t>(kMaxClasses - 1))
    return fill(tr(lang, Msg::too_many_breaks), {{"given", std::to_string(breaks.size())},
                                                 {"most", std::to_string(kMaxClasses - 1)},
                                                 {"classes", std::to_string(kMaxClasses)}});
  for (std::size_t i = 1; i < breaks.size(); ++i)
    if (!(breaks[i] > breaks[i - 1])) return tr(lang, Msg::manual_breaks_rise);
  return std::nullopt;
}

int Classes::class_of(double v) const {
  if (upper.empty() || !std::isfinite(v)) return -1;
  if (v < min && !open_below) return -1;
  for (std::size_t i = 0; i < upper.size(); ++i)
    if (v <= upper[i]) return static_cast<int>(i);
  return open_above ? static_cast<int>(upper.size()) - 1 : -1;
}

const std::vector<ClassMethod>& all_class_methods() {
  static const std::vector<ClassMethod> kAll = {ClassMethod::natural_breaks, ClassMethod::quantile,
                                                ClassMethod::equal_interval, ClassMethod::std_dev,
                                                ClassMethod::manual,         ClassMethod::unique};
  return kAll;
}

std::optional<ClassMethod> parse_class_method(std::string_view id) {
  for (ClassMethod m : all_class_methods())
    if (id == class_method_id(m)) return m;
  return std::nullopt;
}

const char* class_method_id(ClassMethod method) {
  switch (method) {
    case ClassMethod::equal_interval: return "equal";
    case ClassMethod::quantile: return "quantile";
    case ClassMethod::natural_breaks: return "jenks";
    case ClassMethod::std_dev: return "stddev";
    case ClassMethod::manual: return "manual";
    case ClassMethod::unique: return "unique";
  }
  return "jenks";
}

std::vector<std::size_t> fisher_jenks_groups(const std::vector<double>& x, int k) {
  const std::size_t n = x.size();
  const auto classes = static_cast<std::size_t>(std::max(1, k));
  if (n == 0) return {};
  // Prefix sums give the within-group sum of squared deviations in O(1).
  std::vector<double> s1(n + 1, 0), s2(n + 1, 0);
  for (std::size_t i = 0; i < n; ++i) {
    s1[i + 1] = s1[i] + x[i];
    s2[i + 1] = s2[i] + x[i] * x[i];
  }
  auto ssd = [&](std::size_t from, std::size_t to) {  // values [from, to)
    const double m = static_cast<double>(to - from);
    const double sum = s1[to] - s1[from];
    return std::max(0.0, (s2[to] - s2[from]) - sum * sum / m);
  };
  const double inf = std::numeric_limits<double>::infinity();
  // cost[c][j]: best cost of the first j values in c+1 groups; cut[c][j]: start of the last group.
  std::vector<std::vector<double>> cost(classes, std::vector<double>(n + 1, inf));
  std::vector<std::vector<std::size_t>> cut(classes, std::vector<std::size_t>(n + 1, 0));
  for (std::size_t j = 1; j <= n; ++j) cost[0][j] = ssd(0, j);
  for (std::size_t c = 1; c < classes; ++c)
    for (std::size_t j = c + 1; j <= n; ++j)
      for (std::size_t start = c; start < j; ++start) {
        const double candidate = cost[c - 1][start] + ssd(start, j);
        // Strictly smaller keeps the earliest cut on ties, so results never vary.
        if (candidate < cost[c][j]) {
          cost[c][j] = candidate;
          cut[c][j] = start;
        }
      }
  std::vector<std::size_t> ends(classes);
  std::size_t end = n;
  for (std::size_t c = classes; c-- > 0;) {
    ends[c] = end;
    end = cut[c][end];
  }
  return ends;
}

namespace {

void count_members(Classes& out, const std::vector<double>& values) {
  out.counts.assign(out.upper.size(), 0);
  for (double v : values)
    if (const int c = out.class_of(v); c >= 0) ++out.counts[static_cast<std::size_t>(c)];
}

std::vector<double> finite_sorted(std::vector<double> values) {
  values.erase(std::remove_if(values.begin(), values.end(), [](double v) { return !std::isfinite(v); }),
               values.end());
  std::sort(values.begin(), values.end());
  return values;
}

std::vector<double> distinct_of(const std::vector<double>& sorted) {
  std::vector<double> distinct = sorted;
  distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
  return distinct;
}

}  // namespace

Classes classify(std::vector<double> raw, ClassMethod method, int classes) {
  Classes out;
  out.method = method;
  out.requested = classes;
  const std::vector<double> values = finite_sorted(std::move(raw));
  if (values.empty()) return out;
  const std::vector<double> distinct = distinct_of(values);
  out.min = values.front();
  out.distinct_values = static_cast<int>(distinct.size());
  int k = std::clamp(classes, 1, 9);
  if (static_cast<int>(distinct.size()) <= k) {
    // As many distinct values as classes (or fewer): every class is a single value.
    if (k > 1) out.adjustment = Classes::Adjustment::one_class_per_value;
    out.upper = distinct;
  } else if (method == ClassMethod::equal_interval) {
    const double step = (values.back() - values.front()) / k;
    for (int i = 1; i <= k; ++i) out.upper.push_back(i == k ? values.back() : values.front() + step * i);
  } else if (method == ClassMethod::quantile) {
    for (int i = 1; i <= k; ++i) {
      const auto idx = static_cast<std::size_t>(std::ceil(static_cast<double>(values.size()) * i / k)) - 1;
      const double b = values[std::min(idx, values.size() - 1)];
      if (out.upper.empty() || b > out.upper.back()) out.upper.push_back(b);
    }
    if (static_cast<int>(out.upper.size()) < k) out.adjustment = Classes::Adjustment::merged_tied_quantiles;
  } else {
    for (std::size_t end : fisher_jenks_groups(values, k)) out.upper.push_back(values[end - 1]);
  }
  count_members(out, values);
  return out;
}


Classes classify(std::vector<double> raw, const ClassifyOptions& o) {
  if (o.method != ClassMethod::std_dev && o.method != ClassMethod::manual && o.method != ClassMethod::unique)
    return classify(std::move(raw), o.method, o.classes);
  const std::vector<double> values = finite_sorted(std::move(raw));
  Classes out;
  out.method = o.method;
  out.requested = o.classes;
  if (o.method == ClassMethod::manual) {
    if (std::optional<std::string> problem = manual_breaks_problem(o.manual_breaks, o.lang))
      throw UsageError(*problem);
    out.requested = static_cast<int>(o.manual_breaks.size()) + 1;
  }
  if (values.empty()) return out;
  const std::vector<double> distinct = distinct_of(values);
  out.distinct_values = static_cast<int>(distinct.size());
  out.min = values.front();
  switch (o.method) {
    case ClassMethod::unique:
      out.upper = distinct;
      out.requested = static_cast<int>(distinct.size());
      break;
    case ClassMethod::manual:
      out.upper = o.manual_breaks;
      out.upper.push_back(INFINITY);
      out.open_below = out.open_above = true;
      out.min = -INFINITY;
      break;
    default: {  // std_dev: classes one standard deviation wide around the centre
      double mean = 0;
      for (double v : values) mean += v;
      mean /= static_cast<double>(values.size());
      double var = 0;
      for (double v : values) var += (v - mean) * (v - mean);
      out.std_dev = std::sqrt(var / static_cast<double>(values.size()));
      out.center = o.center.value_or(mean);
      const int k = std::clamp(o.classes, 2, 9);
      if (out.std_dev <= 0) {
        out.upper = {values.back()};
        out.adjustment = Classes::Adjustment::one_class_per_value;
        break;
      }
      // Even k: a break at the centre; odd k: the middle class straddles it.
      const double first = out.center - out.std_dev * (k % 2 == 0 ? (k / 2 - 1) : (k / 2 - 0.5));
      for (int i = 0; i < k - 1; ++i) out.upper.push_back(first + out.std_dev * i);
      out.upper.push_back(INFINITY);
      out.open_below = out.open_above = true;
      out.min = -INFINITY;
      break;
    }
  }
  count_members(out, values);
  return out;
}

}  // namespace hgm
