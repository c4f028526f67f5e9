#include "core/data/indicator.h"

#include <algorithm>

namespace hgm {

const char* polarity_id(Polarity p) {
  switch (p) {
    case Polarity::higher_is_better: return "higher_is_better";
    case Polarity::lower_is_better: return "lower_is_better";
    case Polarity::neutral: return "neutral";
  }
  return "neutral";
}

std::optional<Polarity> polarity_named(std::string_view text) {
  for (const Polarity p : {Polarity::higher_is_better, Polarity::lower_is_better, Polarity::neutral})
    if (text == polarity_id(p)) return p;
  return std::nullopt;
}

void IndicatorTable::add_indicator(Indicator indicator) {
  for (Indicator& existing : indicators_)
    if (existing.id == indicator.id) {
      existing = std::move(indicator);
      return;
    }
  indicators_.push_back(std::move(indicator));
}

void IndicatorTable::add_period(const std::string& period) {
  if (!has_period(period)) {
    periods_.push_back(period);
    std::sort(periods_.begin(), periods_.end());
  }
}

void IndicatorTable::set_value(const std::string& indicator_id, const std::string& period,
                               const std::string& code, StatedValue value) {
  add_period(period);
  values_[{indicator_id, period, code}] = std::move(value);
}

void IndicatorTable::set_reference(const std::string& indicator_id, const std::string& period,
                                   ProvinceReference ref) {
  add_period(period);
  references_[{indicator_id, period}] = std::move(ref);
}

const Indicator* IndicatorTable::find_indicator(const std::string& id) const {
  for (const Indicator& indicator : indicators_)
    if (indicator.id == id) return &indicator;
  return nullptr;
}

bool IndicatorTable::has_period(const std::string& period) const {
  return std::find(periods_.begin(), periods_.end(), period) != periods_.end();
}

const StatedValue* IndicatorTable::find(const std::string& indicator_id, const std::string& period,
                                        const std::string& code) const {
  const auto it = values_.find({indicator_id, period, code});
  return it == values_.end() ? nullptr : &it->second;
}

bool IndicatorTable::has_values(const std::string& indicator_id, const std::string& period) const {
  return has_district_values(indicator_id, period) || reference(indicator_id, period) != nullptr;
}

bool IndicatorTable::has_district_values(const std::string& indicator_id, const std::string& period) const {
  // Values are ordered by indicator, period, then district: the first at or after
  // (indicator, period, "") is one of theirs if there is any.
  const auto first = values_.lower_bound({indicator_id, period, ""});
  return first != values_.end() && std::get<0>(first->first) == indicator_id && std::get<1>(first->first) == period;
}

const ProvinceReference* IndicatorTable::reference(const std::string& indicator_id,
                                                   const std::string& period) const {
  const auto it = references_.find({indicator_id, period});
  return it == references_.end() ? nullptr : &it->second;
}

}  // namespace hgm
