// Choosing the classes and their colours: only exact figures decide the limits.
#include <algorithm>
#include <cmath>

#include "core/errors.h"
#include "core/text/i18n.h"
#include "core/text/number_format.h"
#include "core/thematic/choropleth_parts.h"
#include "core/thematic/palette.h"

namespace hgm::choropleth_detail {

namespace {

int distinct_count(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return static_cast<int>(std::unique(values.begin(), values.end()) - values.begin());
}

// A diverging scheme shows each district's difference from the province: classes of
// equal width, symmetric about the province figure. `classes` is the number asked for or,
// when none was, the one chosen for the data made odd (never five classes for two
// figures; the province figure gets a neutral middle class rather than a limit). Half the
// width is rounded to the figures' own decimals, so the limits read like the figures
// (15,8 ± 6,3, not ± 6,32).
bool center_on_reference(ClassifyOptions& classify_options, const std::vector<double>& exact, double ref,
                         int classes) {
  double reach = 0;
  int decimals = 0;
  for (double v : exact) {
    reach = std::max(reach, std::fabs(v - ref));
    decimals = std::max(decimals, decimals_needed(v));
  }
  if (reach <= 0) return false;
  double half = reach / classes;  // half of a class's width
  const double scale = std::pow(10.0, decimals);
  if (const double rounded = std::round(half * scale) / scale; rounded > 0) half = rounded;
  classify_options.method = ClassMethod::manual;
  classify_options.manual_breaks.clear();
  for (int i = 1; i < classes; ++i) classify_options.manual_breaks.push_back(ref + half * (2 * i - classes));
  return true;
}

}  // namespace

Color flag_color(const std::string& palette) { return palette_colors(palette, 5)[3]; }

void choose_classes(Choropleth& out, const DistrictValues& values, const ChoroplethOptions& options) {
  const Indicator& ind = *out.indicator;
  const std::vector<double>& exact = values.exact;
  const int distinct = distinct_count(exact);
  // Asked-for classes are kept (and the legend says if the data could not fill them);
  // the automatic choice never asks for more classes than there are distinct values.
  const int k = options.classes > 0 ? options.classes : std::min(std::clamp((distinct + 1) / 2, 2, 5), std::max(distinct, 1));
  out.palette = !options.palette.empty() ? options.palette
                : ind.polarity == Polarity::lower_is_better ? "YlOrRd" : "YlGnBu";
  const BrewerScheme* scheme = &scheme_named(out.palette, options.lang);
  const bool has_reference = out.reference && std::isfinite(out.reference->value);
  ClassifyOptions classify_options;
  classify_options.method = options.method;
  classify_options.classes = k;
  classify_options.manual_breaks = options.breaks;
  classify_options.lang = options.lang;
  if (has_reference) classify_options.center = out.reference->value;
  if (scheme->kind == SchemeKind::diverging && has_reference && !exact.empty() &&
      (options.method == ClassMethod::natural_breaks || options.method == ClassMethod::quantile ||
       options.method == ClassMethod::equal_interval))
    out.centered_on_reference = center_on_reference(classify_options, exact, out.reference->value,
                                                    options.classes > 0 ? options.classes : std::max(3, k | 1));
  out.classes = classify(exact, classify_options);
  if (out.centered_on_reference) out.classes.center = out.reference->value;
  // Without exact values, the stated ranges themselves are the ordered classes.
  const bool range_classes = out.classes.size() == 0 && !values.ranges.empty();
  const std::size_t n_colors = range_classes ? values.ranges.size() : std::max<std::size_t>(out.classes.size(), 1);
  out.colors = palette_colors(out.palette, static_cast<int>(n_colors));
  // Every class needs its own colour: a scheme that stops short would leave classes
  // without one (and the shading would read past the list).
  if (out.colors.size() < n_colors)
    throw UsageError(fill(tr(options.lang, Msg::palette_too_short), {{"palette", out.palette},
                                                                     {"colors", std::to_string(out.colors.size())},
                                                                     {"classes", std::to_string(n_colors)}}));
  // Diverging schemes run from their "warning" end: lower-is-better indicators put it high.
  if (scheme->kind == SchemeKind::diverging && ind.polarity == Polarity::lower_is_better)
    std::reverse(out.colors.begin(), out.colors.end());
  out.suitability = assess_palette(out.colors, scheme->kind);
}

}  // namespace hgm::choropleth_detail
