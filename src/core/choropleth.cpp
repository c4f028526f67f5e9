#include "core/choropleth.h"

#include <algorithm>
#include <cmath>

#include "core/errors.h"
#include "core/i18n.h"
#include "core/palette.h"

namespace hgm {

namespace {

std::string known_list(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : ", ") + s;
  return out;
}

int decimals_for(const std::vector<double>& values) {
  // One decimal is what the reports use; whole numbers stay whole.
  for (double v : values)
    if (std::fabs(v - std::round(v)) > 1e-9) return 1;
  return 0;
}

std::string count_text(int n, Lang lang) { return std::to_string(n) + " " + tr(lang, Msg::districts_count); }

// Classes a bound or interval may fall in: those overlapping its range.
std::pair<int, int> classes_overlapping(const Classes& classes, const StatedValue& v) {
  const double lo = v.lower.value_or(-INFINITY);
  const double hi = v.upper.value_or(INFINITY);
  int first = -1, last = -1;
  for (std::size_t i = 0; i < classes.size(); ++i) {
    const double c_lo = i == 0 ? -INFINITY : classes.upper[i - 1];
    const double c_hi = i + 1 == classes.size() ? INFINITY : classes.upper[i];
    if (hi > c_lo && lo <= c_hi) {
      if (first < 0) first = static_cast<int>(i);
      last = static_cast<int>(i);
    }
  }
  return {first, last};
}

}  // namespace

std::string format_with_unit(double value, const std::string& unit, Lang lang) {
  const int decimals = std::fabs(value - std::round(value)) < 1e-9 ? 0 : (std::fabs(value * 10 - std::round(value * 10)) < 1e-9 ? 1 : 2);
  std::string text = format_number(value, decimals, lang);
  if (unit == "%") return text + "%";
  return unit.empty() ? text : text + " " + unit;
}

Choropleth build_choropleth(const DistrictRegistry& registry, const IndicatorTable& table,
                            const ChoroplethOptions& options) {
  Choropleth out;
  out.indicator = table.find_indicator(options.indicator);
  if (!out.indicator) {
    std::vector<std::string> ids;
    for (const Indicator& i : table.indicators()) ids.push_back(i.id);
    throw UsageError("unknown indicator '" + options.indicator + "'; known indicators: " + known_list(ids));
  }
  if (!table.has_period(options.period))
    throw UsageError("unknown period '" + options.period + "'; known periods: " + known_list(table.periods()));
  out.period = options.period;
  out.reference = table.reference(options.indicator, options.period);
  const Lang lang = options.lang;
  const Indicator& ind = *out.indicator;

  std::vector<double> exact;
  for (const District& d : registry.districts())
    if (const StatedValue* v = table.find(ind.id, options.period, d.code); v && v->is_exact())
      exact.push_back(v->value);
  int distinct = static_cast<int>(exact.size());
  {
    std::vector<double> sorted = exact;
    std::sort(sorted.begin(), sorted.end());
    distinct = static_cast<int>(std::unique(sorted.begin(), sorted.end()) - sorted.begin());
  }
  const int k = options.classes > 0 ? options.classes : std::clamp((distinct + 1) / 2, 2, 5);
  out.classes = classify(exact, options.method, k);
  out.palette = !options.palette.empty() ? options.palette
                : ind.polarity == Polarity::lower_is_better ? "YlOrRd" : "YlGnBu";
  out.colors = palette_colors(out.palette, static_cast<int>(std::max<std::size_t>(out.classes.size(), 1)));

  const AreaStyle no_data{kNoDataFill, FillPattern::no_data, kNoDataPattern};
  const Color flag_color = palette_colors(out.palette, 5)[3];
  int n_no_data = 0, n_range = 0, n_flag = 0;
  for (std::size_t i = 0; i < registry.size(); ++i) {
    DistrictShading s;
    s.district = i;
    s.value = table.find(ind.id, options.period, registry.at(i).code);
    s.style = no_data;
    s.value_text = tr(lang, Msg::no_data);
    if (s.value) {
      const StatedValue& v = *s.value;
      if (!v.stated.empty()) s.value_text = v.stated;
      if (v.is_exact()) {
        if (v.stated.empty()) s.value_text = format_with_unit(v.value, ind.unit, lang);
        s.class_index = out.classes.class_of(v.value);
        if (s.class_index >= 0) s.style = {out.colors[static_cast<std::size_t>(s.class_index)], FillPattern::solid, {}};
      } else if (v.is_range() && !out.classes.upper.empty()) {
        std::tie(s.class_low, s.class_high) = classes_overlapping(out.classes, v);
        if (s.class_low >= 0) {
          s.style = {out.colors[static_cast<std::size_t>(s.class_low)], FillPattern::hatch,
                     out.colors[static_cast<std::size_t>(s.class_high)]};
          if (s.class_low == s.class_high) s.style.pattern_color = Color{90, 90, 90, 255};
          ++n_range;
        }
      } else if (v.kind == ValueKind::flag) {
        s.style = {flag_color, FillPattern::solid, {}};
        ++n_flag;
      }
    }
    if (s.style.pattern == FillPattern::no_data) ++n_no_data;
    out.districts.push_back(std::move(s));
  }

  // Legend: classes, then ranges, flags, no data, then notes.
  Legend& legend = out.legend;
  legend.title = (lang == Lang::vi ? ind.name_vi : ind.name_en);
  const int decimals = decimals_for(out.classes.upper.empty() ? exact : out.classes.upper);
  for (std::size_t c = 0; c < out.classes.size(); ++c) {
    const double lo = out.classes.lower_of(c);
    const double hi = out.classes.upper[c];
    std::string label;
    auto fmt = [&](double x) { return format_number(x, decimals, lang) + (ind.unit == "%" ? "%" : ""); };
    if (lo == hi) label = fmt(hi);
    else if (c == 0) label = fmt(lo) + " – " + fmt(hi);
    else label = "> " + fmt(lo) + " – " + fmt(hi);
    legend.entries.push_back({{out.colors[c], FillPattern::solid, {}}, label,
                              count_text(out.classes.counts[c], lang)});
  }
  if (n_range > 0) {
    // One entry per distinct statement ("trên 40%", "trên 30% đến dưới 40%", …).
    std::vector<std::pair<const DistrictShading*, int>> statements;
    for (const DistrictShading& s : out.districts) {
      if (s.style.pattern != FillPattern::hatch) continue;
      auto same = std::find_if(statements.begin(), statements.end(), [&](const auto& e) {
        return e.first->value_text == s.value_text && e.first->style == s.style;
      });
      if (same == statements.end()) statements.emplace_back(&s, 1);
      else ++same->second;
    }
    for (const auto& [example, count] : statements) {
      std::string label = example->value_text;
      if (!example->value->provenance.inferred_from.empty())
        label += " (" + std::string(tr(lang, Msg::inferred)) + ")";
      legend.entries.push_back({example->style, label, count_text(count, lang)});
    }
  }
  if (n_flag > 0) {
    legend.entries.push_back({{flag_color, FillPattern::solid, {}}, tr(lang, Msg::flagged), count_text(n_flag, lang)});
  }
  if (n_no_data > 0)
    legend.entries.push_back({no_data, tr(lang, Msg::no_data_legend), count_text(n_no_data, lang)});
  if (out.reference)
    legend.notes.push_back(std::string(tr(lang, Msg::province_reference)) + ": " +
                           (out.reference->stated.empty() ? format_with_unit(out.reference->value, ind.unit, lang)
                                                          : out.reference->stated));
  if (out.classes.size() > 1) legend.notes.push_back(tr(lang, Msg::classes_note));
  for (const std::string& note : out.classes.notes) legend.notes.push_back(note);
  return out;
}

}  // namespace hgm
