#include "core/thematic/choropleth.h"

#include <algorithm>
#include <cmath>

#include "core/errors.h"
#include "core/text/text_join.h"
#include "core/text/i18n.h"
#include "core/thematic/palette.h"

namespace hgm {

namespace {

// Decimals for a set of numbers shown together (legend limits): as many as the most precise needs.
int decimals_for(const std::vector<double>& values) {
  int decimals = 0;
  for (double v : values)
    if (std::isfinite(v)) decimals = std::max(decimals, decimals_needed(v));
  return decimals;
}

std::string count_text(int n, Lang lang) {
  if (lang == Lang::en && n == 1) return "1 unit";
  return std::to_string(n) + " " + tr(lang, Msg::districts_count);
}

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
  return with_unit(format_number(value, decimals_needed(value), lang), unit);
}

namespace {

const AreaStyle kNoDataStyle{kNoDataFill, FillPattern::no_data, kNoDataPattern};
constexpr Color kBelowAllClassesFill{255, 255, 255, 255};

// A range drawn over the classes it may fall in: the fill of the lowest, hatched with the
// colour of the highest (or a darker shade of its own class when it fits in one).
AreaStyle range_style(const std::vector<Color>& colors, int low, int high, bool below_all) {
  if (below_all) return {kBelowAllClassesFill, FillPattern::hatch, darken(colors.front(), 0.6)};
  const Color lo = colors[static_cast<std::size_t>(low)];
  if (low == high) return {lo, FillPattern::hatch, darken(lo, 0.6)};
  return {lo, FillPattern::hatch, colors[static_cast<std::size_t>(high)]};
}

// Sort key of a range: where it sits on the number line.
double range_position(const StatedValue& v) {
  if (v.lower && v.upper) return (*v.lower + *v.upper) / 2;
  return v.lower ? *v.lower + 1e-9 : *v.upper - 1e-9;
}

std::string range_key(const StatedValue& v) {
  return std::to_string(v.lower.value_or(-1e300)) + (v.lower_inclusive ? "[" : "(") +
         std::to_string(v.upper.value_or(1e300)) + (v.upper_inclusive ? "]" : ")");
}

}  // namespace

namespace {
// A figure typed without its unit ("52,3" in a column of percentages) gets it back.
std::string with_unit_if_bare(const std::string& stated, const std::string& unit) {
  if (unit.empty() || stated.find(unit) != std::string::npos) return stated;
  const bool bare = std::all_of(stated.begin(), stated.end(), [](char ch) {
    return (ch >= '0' && ch <= '9') || ch == ',' || ch == '.' || ch == '-' || ch == ' ';
  });
  return bare ? with_unit(stated, unit) : stated;
}
}  // namespace

std::string value_text(const StatedValue& v, const Indicator& ind, Lang lang) {
  if (lang == Lang::vi && !v.stated.empty()) return with_unit_if_bare(v.stated, ind.unit);
  auto fmt = [&](double x) { return format_with_unit(x, ind.unit_in(lang), lang); };
  const bool vi = lang == Lang::vi;
  switch (v.kind) {
    case ValueKind::exact: return fmt(v.value);
    case ValueKind::at_most:
      return (v.upper_inclusive ? (vi ? "không quá " : "at most ") : (vi ? "dưới " : "below ")) + fmt(*v.upper);
    case ValueKind::at_least:
      return (v.lower_inclusive ? (vi ? "từ " : "at least ") : (vi ? "trên " : "above ")) + fmt(*v.lower) +
             (v.lower_inclusive && vi ? " trở lên" : "");
    case ValueKind::interval:
      return (v.lower_inclusive ? (vi ? "từ " : "from ") : (vi ? "trên " : "above ")) + fmt(*v.lower) +
             (v.upper_inclusive ? (vi ? " đến " : " to ") : (vi ? " đến dưới " : " to below ")) + fmt(*v.upper);
    case ValueKind::flag: return vi ? (v.label.empty() ? "được nêu tên" : v.label) : "named in the report";
    case ValueKind::category: return v.label_in(lang);  // Vietnamese with its stated words returned above
    case ValueKind::group_fact:
      return (std::isfinite(v.value) ? fmt(v.value) : v.stated) + (vi ? " (chung cho nhóm)" : " (shared by a group)");
    case ValueKind::no_data: return tr(lang, Msg::no_data);
  }
  return v.stated;
}

Choropleth build_choropleth(const DistrictRegistry& registry, const IndicatorTable& table,
                            const ChoroplethOptions& options) {
  Choropleth out;
  out.indicator = table.find_indicator(options.indicator);
  if (!out.indicator) {
    std::vector<std::string> ids;
    for (const Indicator& i : table.indicators()) ids.push_back(i.id);
    throw UsageError((options.lang == Lang::vi ? "không có chỉ tiêu '" : "unknown indicator '") + options.indicator +
                     (options.lang == Lang::vi ? "'; các chỉ tiêu: " : "'; known indicators: ") + join(ids));
  }
  if (!table.has_period(options.period))
    throw UsageError((options.lang == Lang::vi ? "không có kỳ '" : "unknown period '") + options.period +
                     (options.lang == Lang::vi ? "'; các kỳ có số liệu: " : "'; known periods: ") +
                     join(table.periods()));
  out.period = options.period;
  out.reference = table.reference(options.indicator, options.period);
  const Lang lang = options.lang;
  const Indicator& ind = *out.indicator;

  std::vector<const StatedValue*> values;
  std::vector<double> exact;
  std::vector<const StatedValue*> ranges;  // one per distinct range, for range-only maps
  for (const District& d : registry.districts()) {
    const StatedValue* v = table.find(ind.id, options.period, d.code);
    values.push_back(v);
    if (v && v->is_exact()) exact.push_back(v->value);
    if (v && v->is_range() &&
        std::none_of(ranges.begin(), ranges.end(), [&](const StatedValue* r) { return range_key(*r) == range_key(*v); }))
      ranges.push_back(v);
  }
  std::sort(ranges.begin(), ranges.end(),
            [](const StatedValue* a, const StatedValue* b) { return range_position(*a) < range_position(*b); });
  std::vector<double> sorted = exact;
  std::sort(sorted.begin(), sorted.end());
  const int distinct = static_cast<int>(std::unique(sorted.begin(), sorted.end()) - sorted.begin());
  // Asked-for classes are kept (and the legend says if the data could not fill them);
  // the automatic choice never asks for more classes than there are distinct values.
  const int k = options.classes > 0 ? options.classes : std::min(std::clamp((distinct + 1) / 2, 2, 5), std::max(distinct, 1));
  out.palette = !options.palette.empty() ? options.palette
                : ind.polarity == Polarity::lower_is_better ? "YlOrRd" : "YlGnBu";
  const BrewerScheme* scheme = &scheme_named(out.palette, lang);
  const bool has_reference = out.reference && std::isfinite(out.reference->value);
  ClassifyOptions classify_options;
  classify_options.method = options.method;
  classify_options.classes = k;
  classify_options.manual_breaks = options.breaks;
  classify_options.lang = lang;
  if (has_reference) classify_options.center = out.reference->value;
  // A diverging scheme shows each district's difference from the province: classes of
  // equal width, symmetric about the province figure, the middle one holding it.
  if (scheme->kind == SchemeKind::diverging && has_reference && !exact.empty() &&
      (options.method == ClassMethod::natural_breaks || options.method == ClassMethod::quantile ||
       options.method == ClassMethod::equal_interval)) {
    const double ref = out.reference->value;
    double reach = 0;
    for (double v : exact) reach = std::max(reach, std::fabs(v - ref));
    const int kd = options.classes > 0 ? options.classes : 5;
    if (reach > 0) {
      const double step = reach / (kd / 2.0);
      classify_options.method = ClassMethod::manual;
      classify_options.manual_breaks.clear();
      for (int i = 1; i < kd; ++i) classify_options.manual_breaks.push_back(ref - reach + step * i);
      out.centered_on_reference = true;
    }
  }
  out.classes = classify(exact, classify_options);
  if (out.centered_on_reference) out.classes.center = out.reference->value;
  // Without exact values, the stated ranges themselves are the ordered classes.
  const bool range_classes = out.classes.size() == 0 && !ranges.empty();
  const std::size_t n_colors = range_classes ? ranges.size() : std::max<std::size_t>(out.classes.size(), 1);
  out.colors = palette_colors(out.palette, static_cast<int>(n_colors));
  // Diverging schemes run from their "warning" end: lower-is-better indicators put it high.
  if (scheme->kind == SchemeKind::diverging && ind.polarity == Polarity::lower_is_better)
    std::reverse(out.colors.begin(), out.colors.end());
  out.suitability = assess_palette(out.colors, scheme->kind);
  const Color flag_color = palette_colors(out.palette, 5)[3];
  const std::vector<Color> qualitative = qualitative_colors();
  std::vector<std::string> groups;  // labels of categories and group facts, in order of appearance

  for (std::size_t i = 0; i < registry.size(); ++i) {
    DistrictShading s;
    s.district = i;
    s.value = values[i];
    s.style = kNoDataStyle;
    s.value_text = tr(lang, Msg::no_data);
    if (s.value) {
      const StatedValue& v = *s.value;
      s.value_text = value_text(v, ind, lang);
      if (v.is_exact()) {
        s.class_index = out.classes.class_of(v.value);
        if (s.class_index >= 0) s.style = {out.colors[static_cast<std::size_t>(s.class_index)], FillPattern::solid, {}};
      } else if (v.is_range() && range_classes) {
        const auto it = std::find_if(ranges.begin(), ranges.end(),
                                     [&](const StatedValue* r) { return range_key(*r) == range_key(v); });
        s.class_low = s.class_high = static_cast<int>(it - ranges.begin());
        s.style = range_style(out.colors, s.class_low, s.class_high, false);
      } else if (v.is_range()) {
        std::tie(s.class_low, s.class_high) = classes_overlapping(out.classes, v);
        const bool below_all = v.upper && *v.upper < out.classes.min;
        if (below_all) s.class_low = s.class_high = -1;
        s.style = range_style(out.colors, std::max(s.class_low, 0), std::max(s.class_high, 0), below_all);
      } else if (v.kind == ValueKind::flag) {
        s.style = {flag_color, FillPattern::solid, {}};
      } else if (v.kind == ValueKind::category || v.kind == ValueKind::group_fact) {
        const std::string key = v.kind == ValueKind::category ? v.stated : v.label + "\n" + v.stated;
        auto it = std::find(groups.begin(), groups.end(), key);
        if (it == groups.end()) it = groups.insert(groups.end(), key);
        const auto g = static_cast<std::size_t>(it - groups.begin());
        s.style = {qualitative[g % qualitative.size()], FillPattern::solid, {}};
        if (v.kind == ValueKind::group_fact && !v.label.empty() && lang == Lang::vi) {
          // "60 hộ (chung 3 huyện)" + "chung 3 huyện: Mèo Vạc, …": name the group once.
          const std::string figure = v.stated.substr(0, v.stated.find(" ("));
          s.value_text = figure + " (" + v.label + ")";
        }
      }
    }
    out.districts.push_back(std::move(s));
  }

  // Legend: classes, then ranges, flags, categories and groups, no data, then notes.
  Legend& legend = out.legend;
  legend.title = pick(lang, ind.name_vi, ind.name_en);
  const int decimals = decimals_for(out.classes.upper.empty() ? exact : out.classes.upper);
  auto count_where = [&](auto pred) {
    return static_cast<int>(std::count_if(out.districts.begin(), out.districts.end(), pred));
  };
  for (std::size_t c = 0; c < out.classes.size(); ++c) {
    const double lo = out.classes.lower_of(c);
    const double hi = out.classes.upper[c];
    auto fmt = [&](double x) { return with_unit(format_number(x, decimals, lang), ind.unit == "%" ? "%" : ""); };
    std::string label;
    if (c == 0 && out.classes.open_below) label = "≤ " + fmt(hi);
    else if (c + 1 == out.classes.size() && out.classes.open_above) label = "> " + fmt(lo);
    else if (lo == hi) label = fmt(hi);
    else if (c == 0) label = fmt(lo) + " – " + fmt(hi);
    else label = "> " + fmt(lo) + " – " + fmt(hi);
    legend.entries.push_back({{out.colors[c], FillPattern::solid, {}}, label, count_text(out.classes.counts[c], lang)});
  }
  // One entry per distinct way a range was drawn ("trên 40%", "dưới 51% (suy ra)", …).
  std::vector<const DistrictShading*> shown;
  for (const DistrictShading& s : out.districts) {
    if (!s.value || !s.value->is_range()) continue;
    if (std::any_of(shown.begin(), shown.end(), [&](const DistrictShading* e) {
          return e->value_text == s.value_text && e->style == s.style;
        }))
      continue;
    shown.push_back(&s);
    std::string label = s.value_text;
    if (!s.value->provenance.inferred_from.empty()) label += " (" + std::string(tr(lang, Msg::inferred)) + ")";
    const int n = count_where([&](const DistrictShading& o) { return o.value_text == s.value_text && o.style == s.style; });
    legend.entries.push_back({s.style, label, count_text(n, lang)});
  }
  const int n_flag = count_where([](const DistrictShading& s) { return s.value && s.value->kind == ValueKind::flag; });
  if (n_flag > 0) {
    std::string label = tr(lang, Msg::flagged);
    for (const DistrictShading& s : out.districts)
      if (s.value && s.value->kind == ValueKind::flag && !s.value->label_in(lang).empty()) {
        label = s.value->label_in(lang);
        break;
      }
    legend.entries.push_back({{flag_color, FillPattern::solid, {}}, label, count_text(n_flag, lang)});
  }
  for (std::size_t g = 0; g < groups.size(); ++g) {
    const Color color = qualitative[g % qualitative.size()];
    const DistrictShading* example = nullptr;
    for (const DistrictShading& s : out.districts)
      if (s.style.fill == color && s.value && (s.value->kind == ValueKind::category || s.value->kind == ValueKind::group_fact))
        example = example ? example : &s;
    if (!example) continue;
    const int n = count_where([&](const DistrictShading& s) { return s.style.fill == color && s.value; });
    legend.entries.push_back({{color, FillPattern::solid, {}}, example->value_text, count_text(n, lang)});
  }
  const int n_no_data = count_where([](const DistrictShading& s) { return s.style.pattern == FillPattern::no_data; });
  if (n_no_data > 0)
    legend.entries.push_back({kNoDataStyle, tr(lang, Msg::no_data_legend), count_text(n_no_data, lang)});
  if (out.reference)
    legend.notes.push_back(std::string(tr(lang, Msg::province_reference)) + ": " +
                           (out.reference->stated.empty() || lang == Lang::en
                                ? format_with_unit(out.reference->value, ind.unit_in(lang), lang)
                                : out.reference->stated));
  if (!exact.empty()) {
    LegendHistogram h;
    for (const DistrictShading& s : out.districts)
      if (s.value && s.value->is_exact() && s.class_index >= 0) h.values.push_back({s.value->value, s.style.fill});
    for (std::size_t c = 0; c + 1 < out.classes.size(); ++c)
      if (std::isfinite(out.classes.upper[c])) h.breaks.push_back(out.classes.upper[c]);
    double lo = sorted.front(), hi = sorted.back();
    if (out.reference && std::isfinite(out.reference->value)) {
      h.reference = out.reference->value;
      h.reference_label = tr(lang, Msg::province_reference);
      lo = std::min(lo, *h.reference);
      hi = std::max(hi, *h.reference);
    }
    h.min_label = format_with_unit(lo, ind.unit_in(lang), lang);
    h.max_label = format_with_unit(hi, ind.unit_in(lang), lang);
    legend.histogram = std::move(h);
  }
  if (out.centered_on_reference)
    legend.notes.push_back(fill(tr(lang, Msg::centered_on_reference),
                                {{"value", format_with_unit(out.reference->value, ind.unit_in(lang), lang)}}));
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
  return out;
}

}  // namespace hgm
