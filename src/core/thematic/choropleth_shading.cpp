// Shading each district: exact figures by class, ranges hatched over the classes they may
// fall in, flags, categories, shared figures and estimates in their own colours.
#include <algorithm>
#include <cmath>

#include "core/text/i18n.h"
#include "core/thematic/choropleth_parts.h"
#include "core/thematic/palette.h"

namespace hgm::choropleth_detail {

namespace {

constexpr Color kBelowAllClassesFill{255, 255, 255, 255};

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

// A range drawn over the classes it may fall in: the fill of the lowest, hatched with the
// colour of the highest (or a darker shade of its own class when it fits in one).
AreaStyle range_style(const std::vector<Color>& colors, int low, int high, bool below_all) {
  if (below_all) return {kBelowAllClassesFill, FillPattern::hatch, darken(colors.front(), 0.6)};
  const Color lo = colors[static_cast<std::size_t>(low)];
  if (low == high) return {lo, FillPattern::hatch, darken(lo, 0.6)};
  return {lo, FillPattern::hatch, colors[static_cast<std::size_t>(high)]};
}

void shade_range(DistrictShading& s, const Choropleth& out, const DistrictValues& values) {
  const StatedValue& v = *s.value;
  if (out.classes.size() == 0 && !values.ranges.empty()) {  // the stated ranges are the classes
    const auto it = std::find_if(values.ranges.begin(), values.ranges.end(),
                                 [&](const StatedValue* r) { return range_key(*r) == range_key(v); });
    s.class_low = s.class_high = static_cast<int>(it - values.ranges.begin());
    s.style = range_style(out.colors, s.class_low, s.class_high, false);
    return;
  }
  std::tie(s.class_low, s.class_high) = classes_overlapping(out.classes, v);
  const bool below_all = v.upper && *v.upper < out.classes.min;
  if (below_all) s.class_low = s.class_high = -1;
  s.style = range_style(out.colors, std::max(s.class_low, 0), std::max(s.class_high, 0), below_all);
}

// Categories, shared figures and estimates each get a qualitative colour and an entry of
// their own. An estimate ("khoảng 4.076 tấn") states no margin, so the classes it may fall
// in are unknown: it is hatched in its own colour and listed as "≈", never put in a class.
std::string own_entry_key(const StatedValue& v) {
  if (v.kind == ValueKind::category) return v.stated;
  return std::string(v.is_approximate() ? "≈" : "") + v.label + "\n" + v.stated;
}

void shade_own_entry(DistrictShading& s, std::vector<std::string>& keys, std::vector<OwnEntry>& own) {
  const StatedValue& v = *s.value;
  const std::string key = own_entry_key(v);
  auto it = std::find(keys.begin(), keys.end(), key);
  if (it == keys.end()) {
    const std::vector<Color> qualitative = qualitative_colors();
    const Color color = qualitative[keys.size() % qualitative.size()];
    const AreaStyle style = v.is_approximate() ? AreaStyle{color, FillPattern::hatch, darken(color, 0.6)}
                                               : AreaStyle{color, FillPattern::solid, {}};
    own.push_back({style, s.value_text, 0});
    it = keys.insert(keys.end(), key);
  }
  OwnEntry& entry = own[static_cast<std::size_t>(it - keys.begin())];
  s.style = entry.style;
  ++entry.count;
}

}  // namespace

std::vector<OwnEntry> shade_districts(Choropleth& out, const DistrictRegistry& registry,
                                      const DistrictValues& values, Lang lang) {
  std::vector<std::string> keys;  // of categories, groups and estimates, in order of appearance
  std::vector<OwnEntry> own;
  const Color flagged = flag_color(out.palette);
  for (std::size_t i = 0; i < registry.size(); ++i) {
    DistrictShading s;
    s.district = i;
    s.value = values.values[i];
    s.style = kNoDataStyle;
    s.value_text = tr(lang, Msg::no_data);
    if (s.value) {
      const StatedValue& v = *s.value;
      s.value_text = value_text(v, *out.indicator, lang);
      if (v.is_exact()) {
        s.class_index = out.classes.class_of(v.value);
        if (s.class_index >= 0) s.style = {out.colors[static_cast<std::size_t>(s.class_index)], FillPattern::solid, {}};
      } else if (v.is_range()) {
        shade_range(s, out, values);
      } else if (v.kind == ValueKind::flag) {
        s.style = {flagged, FillPattern::solid, {}};
      } else if (v.kind == ValueKind::category || v.kind == ValueKind::group_fact || v.is_approximate()) {
        shade_own_entry(s, keys, own);
      }
    }
    out.districts.push_back(std::move(s));
  }
  return own;
}

}  // namespace hgm::choropleth_detail
