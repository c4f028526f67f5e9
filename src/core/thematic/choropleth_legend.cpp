// The legend: classes, then ranges, flags, categories, groups and estimates, no data,
// then the notes and the histogram of exact values.
#include <algorithm>
#include <cmath>
#include <functional>

#include "core/text/district_count.h"
#include "core/text/i18n.h"
#include "core/thematic/choropleth_parts.h"

namespace hgm::choropleth_detail {

namespace {

// Decimals for a set of numbers shown together (legend limits): as many as the most precise needs.
int decimals_for(const std::vector<double>& values) {
  int decimals = 0;
  for (double v : values)
    if (std::isfinite(v)) decimals = std::max(decimals, decimals_needed(v));
  return decimals;
}

int count_where(const Choropleth& out, const std::function<bool(const DistrictShading&)>& pred) {
  return static_cast<int>(std::count_if(out.districts.begin(), out.districts.end(), pred));
}

void add_class_entries(Legend& legend, const Choropleth& out, const std::vector<double>& exact, Lang lang) {
  // Every limit shown, the first class's lower one too: the smallest figure (11,5) read as
  // "12" when only the upper limits (12, 30, 55) set the decimals.
  std::vector<double> shown = out.classes.upper;
  for (std::size_t c = 0; c < out.classes.size(); ++c) shown.push_back(out.classes.lower_of(c));
  const int decimals = decimals_for(shown.empty() ? exact : shown);
  const std::string unit = out.indicator->unit == "%" ? "%" : "";
  auto fmt = [&](double x) { return with_unit(format_number(x, decimals, lang), unit); };
  for (std::size_t c = 0; c < out.classes.size(); ++c) {
    const double lo = out.classes.lower_of(c);
    const double hi = out.classes.upper[c];
    std::string label;
    if (c == 0 && out.classes.open_below) label = "≤ " + fmt(hi);
    else if (c + 1 == out.classes.size() && out.classes.open_above) label = "> " + fmt(lo);
    else if (lo == hi) label = fmt(hi);
    else if (c == 0) label = fmt(lo) + " – " + fmt(hi);
    else label = "> " + fmt(lo) + " – " + fmt(hi);
    legend.entries.push_back({{out.colors[c], FillPattern::solid, {}}, label, district_count(out.classes.counts[c], lang)});
  }
}

// One entry per distinct way a range was drawn ("trên 40%", "không trên 15,8% (suy ra)", …).
void add_range_entries(Legend& legend, const Choropleth& out, Lang lang) {
  std::vector<const DistrictShading*> shown;
  for (const DistrictShading& s : out.districts) {
    if (!s.value || !s.value->is_range()) continue;
    auto same = [&](const DistrictShading& o) { return o.value_text == s.value_text && o.style == s.style; };
    if (std::any_of(shown.begin(), shown.end(), [&](const DistrictShading* e) { return same(*e); })) continue;
    shown.push_back(&s);
    std::string label = s.value_text;
    if (!s.value->provenance.inferred_from.empty()) label += " (" + std::string(tr(lang, Msg::inferred)) + ")";
    legend.entries.push_back({s.style, label, district_count(count_where(out, same), lang)});
  }
}

void add_flag_entry(Legend& legend, const Choropleth& out, Lang lang) {
  auto flagged = [](const DistrictShading& s) { return s.value && s.value->kind == ValueKind::flag; };
  const int n_flag = count_where(out, flagged);
  if (n_flag == 0) return;
  std::string label = tr(lang, Msg::flagged);
  for (const DistrictShading& s : out.districts)
    if (flagged(s) && !s.value->label_in(lang).empty()) {
      label = s.value->label_in(lang);
      break;
    }
  legend.entries.push_back({{flag_color(out.palette), FillPattern::solid, {}}, label, district_count(n_flag, lang)});
}

void add_histogram(Legend& legend, const Choropleth& out, const std::vector<double>& exact, Lang lang) {
  if (exact.empty()) return;
  const std::string& unit = out.indicator->unit_in(lang);
  LegendHistogram h;
  for (const DistrictShading& s : out.districts)
    if (s.value && s.value->is_exact() && s.class_index >= 0) h.values.push_back({s.value->value, s.style.fill});
  for (std::size_t c = 0; c + 1 < out.classes.size(); ++c)
    if (std::isfinite(out.classes.upper[c])) h.breaks.push_back(out.classes.upper[c]);
  double lo = *std::min_element(exact.begin(), exact.end()), hi = *std::max_element(exact.begin(), exact.end());
  if (out.reference && std::isfinite(out.reference->value)) {
    h.reference = out.reference->value;
    h.reference_label = tr(lang, Msg::province_reference);
    lo = std::min(lo, *h.reference);
    hi = std::max(hi, *h.reference);
  }
  h.min_label = format_with_unit(lo, unit, lang);
  h.max_label = format_with_unit(hi, unit, lang);
  legend.histogram = std::move(h);
}

void add_notes(Legend& legend, const Choropleth& out, const ChoroplethOptions& options) {
  const Lang lang = options.lang;
  const std::string& unit = out.indicator->unit_in(lang);
  if (out.reference)
    legend.notes.push_back(tr(lang, Msg::province_line,
                              {{"value", out.reference->stated.empty() || lang == Lang::en
                                             ? format_with_unit(out.reference->value, unit, lang)
                                             : out.reference->stated}}));
  if (out.centered_on_reference)
    legend.notes.push_back(fill(tr(lang, Msg::centered_on_reference),
                                {{"value", format_with_unit(out.reference->value, unit, lang)}}));
  if (out.classes.size() > 1) legend.notes.push_back(tr(lang, Msg::classes_note));
  using Adj = Classes::Adjustment;
  // Said when the user asked for the classes, or when the data could not fill them.
  if (out.classes.adjustment == Adj::one_class_per_value &&
      (options.classes > 0 || out.classes.distinct_values < out.classes.requested))
    legend.notes.push_back(fill(tr(lang, Msg::one_class_per_value),
                                {{"distinct", std::to_string(out.classes.distinct_values)},
                                 {"requested", std::to_string(out.classes.requested)}}));
  if (out.classes.adjustment == Adj::merged_tied_quantiles)
    legend.notes.push_back(fill(tr(lang, Msg::merged_tied_quantiles),
                                {{"classes", std::to_string(out.classes.size())},
                                 {"requested", std::to_string(out.classes.requested)}}));
}

}  // namespace

void build_legend(Choropleth& out, const DistrictValues& values, const std::vector<OwnEntry>& own,
                  const ChoroplethOptions& options) {
  const Lang lang = options.lang;
  Legend& legend = out.legend;
  legend.title = pick(lang, out.indicator->name_vi, out.indicator->name_en);
  add_class_entries(legend, out, values.exact, lang);
  add_range_entries(legend, out, lang);
  add_flag_entry(legend, out, lang);
  for (const OwnEntry& e : own) legend.entries.push_back({e.style, e.label, district_count(e.count, lang)});
  const int n_no_data = count_where(out, [](const DistrictShading& s) { return s.style.pattern == FillPattern::no_data; });
  if (n_no_data > 0) legend.entries.push_back({kNoDataStyle, tr(lang, Msg::no_data_legend), district_count(n_no_data, lang)});
  add_notes(legend, out, options);
  add_histogram(legend, out, values.exact, lang);
}

}  // namespace hgm::choropleth_detail
