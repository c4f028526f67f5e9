#include "core/data/offered_values.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace hgm {

void OfferedValues::offer(const std::string& indicator, const std::string& period, std::size_t district,
                          OfferedValue value) {
  // '\x1f' (unit separator) cannot occur in an indicator id or a parsed period.
  const std::string key = indicator + '\x1f' + period + '\x1f' + std::to_string(district);
  const auto [it, added] = index_.try_emplace(key, entries_.size());
  if (added) entries_.push_back({indicator, period, district, {}});
  entries_[it->second].offers.push_back(std::move(value));
}

std::vector<OfferedValues::Entry> OfferedValues::take() {
  index_.clear();
  std::vector<Entry> entries = std::move(entries_);
  entries_.clear();
  return entries;
}

namespace {

bool same_number(double a, double b) {
  if (std::isnan(a) || std::isnan(b)) return std::isnan(a) && std::isnan(b);
  return std::abs(a - b) <= 1e-9 * std::max({1.0, std::abs(a), std::abs(b)});
}

bool same_bound(const std::optional<double>& a, const std::optional<double>& b) {
  if (!a || !b) return !a && !b;
  return same_number(*a, *b);
}

}  // namespace

bool same_statement(const StatedValue& a, const StatedValue& b) {
  return a.kind == b.kind && same_number(a.value, b.value) && same_bound(a.lower, b.lower) &&
         same_bound(a.upper, b.upper) && a.lower_inclusive == b.lower_inclusive &&
         a.upper_inclusive == b.upper_inclusive && a.label == b.label;
}

}  // namespace hgm
