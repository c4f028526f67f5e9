#include "core/classify.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace hgm {

int Classes::class_of(double v) const {
  if (upper.empty() || !std::isfinite(v) || v < min || v > upper.back()) return -1;
  for (std::size_t i = 0; i < upper.size(); ++i)
    if (v <= upper[i]) return static_cast<int>(i);
  return -1;
}

const char* class_method_id(ClassMethod method) {
  switch (method) {
    case ClassMethod::equal_interval: return "equal";
    case ClassMethod::quantile: return "quantile";
    case ClassMethod::natural_breaks: return "jenks";
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

Classes classify(std::vector<double> values, ClassMethod method, int classes) {
  Classes out;
  out.method = method;
  out.requested = classes;
  values.erase(std::remove_if(values.begin(), values.end(), [](double v) { return !std::isfinite(v); }),
               values.end());
  if (values.empty()) return out;
  std::sort(values.begin(), values.end());
  std::vector<double> distinct = values;
  distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
  out.min = values.front();
  out.distinct_values = static_cast<int>(distinct.size());
  int k = std::clamp(classes, 1, 9);
  if (static_cast<int>(distinct.size()) <= k) {
    if (static_cast<int>(distinct.size()) < k) out.adjustment = Classes::Adjustment::one_class_per_value;
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
  out.counts.assign(out.upper.size(), 0);
  for (double v : values)
    if (const int c = out.class_of(v); c >= 0) ++out.counts[static_cast<std::size_t>(c)];
  return out;
}

}  // namespace hgm
