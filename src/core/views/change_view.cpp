#include "core/views/change_view.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "core/errors.h"
#include "core/layout/scene_builder.h"
#include "core/layout/source_line.h"
#include "core/spec/make_scene.h"
#include "core/text/district_count.h"
#include "core/text/i18n.h"
#include "core/thematic/palette.h"

namespace hgm {

namespace {

// A figure's own words for the change's hover: the report's quote, or what a planner's
// table stated, with its file and line (a table has no quote: the words were lost).
std::string words_of(const StatedValue& v) {
  if (!v.provenance.quote.empty()) return v.provenance.quote;
  std::string words = v.shown();
  if (!v.provenance.section.empty()) words += " (" + v.provenance.section + ")";
  return words;
}

// Both periods' bounds on the same side allow any change; a figure that is not the
// district's own (a flag, category, group figure) has none. Each is said apart from "no data".
const AreaStyle kUnboundedStyle{{232, 232, 232, 255}, FillPattern::hatch, {150, 150, 150, 255}};
const AreaStyle kNotComparableStyle{{205, 205, 205, 255}, FillPattern::solid, {}};

// A change as a stated value the choropleth draws: a point, a bound, an interval or an
// estimate; nothing for the kinds that are no number.
std::optional<StatedValue> as_stated(const DistrictChange& c) {
  if (!c.is_numeric()) return std::nullopt;
  StatedValue v;
  v.stated = v.display = c.text;
  const ValueSpan& s = c.span;
  switch (c.kind) {
    case ChangeKind::exact:
      v.kind = ValueKind::exact;
      v.value = s.lo;
      break;
    case ChangeKind::approximate:
      // Hatched in the estimates' own colour, never in a class; the number is the nearest
      // the words give (the point, or the finite end of a range).
      v.kind = ValueKind::approximate;
      v.value = std::isfinite(s.lo) && std::isfinite(s.hi) ? (s.lo + s.hi) / 2 : std::isfinite(s.lo) ? s.lo : s.hi;
      break;
    default:
      v.kind = c.kind == ChangeKind::at_least ? ValueKind::at_least
               : c.kind == ChangeKind::at_most ? ValueKind::at_most
                                               : ValueKind::interval;
      if (std::isfinite(s.lo)) v.lower = s.lo;
      if (std::isfinite(s.hi)) v.upper = s.hi;
      v.lower_inclusive = s.lo_included;
      v.upper_inclusive = s.hi_included;
  }
  // The later period's source, with both periods' words for the hover.
  v.provenance = c.to->provenance;
  v.provenance.quote = words_of(*c.from) + " → " + words_of(*c.to);
  v.provenance.inferred_from.clear();
  v.provenance.inferred_from_vi.clear();
  return v;
}

IndicatorTable changes_table(const IndicatorChange& change, const DistrictRegistry& registry) {
  IndicatorTable t;
  Indicator ind = *change.indicator;
  ind.unit = ind.unit_en = change.unit;
  t.add_indicator(ind);
  t.add_period(change.to_period);
  ProvinceReference zero;  // the centre of the diverging classes: no change
  zero.value = 0;
  zero.stated = "0";
  t.set_reference(ind.id, change.to_period, zero);
  for (const DistrictChange& c : change.districts)
    if (const auto v = as_stated(c)) t.set_value(ind.id, change.to_period, registry.at(c.district).code, *v);
  return t;
}

std::string default_palette(Polarity polarity) { return polarity == Polarity::neutral ? "PuOr" : "RdBu"; }

// The words the choropleth gave the change values (its own formatting, without the sign
// in English) become the change's own text (with its unit, for the hover); the legend
// entries made from them follow.
void use_change_texts(Choropleth& c, const IndicatorChange& change, Lang lang) {
  // A legend row is a number alone, as the class rows are: the legend's title says the unit.
  const std::string unit_tail = " " + change.unit;
  const auto without_unit = [&](std::string text) {
    if (text.size() > unit_tail.size() && text.compare(text.size() - unit_tail.size(), unit_tail.size(), unit_tail) == 0)
      text.resize(text.size() - unit_tail.size());
    return text;
  };
  std::map<std::string, std::string> renamed;
  for (DistrictShading& s : c.districts) {
    const DistrictChange& d = change.districts[s.district];
    if (s.value) renamed[s.value_text] = without_unit(d.text);
    s.value_text = d.text;
  }
  for (LegendEntry& e : c.legend.entries)
    if (const auto it = renamed.find(e.label); it != renamed.end()) e.label = it->second;
  // Districts with figures in both periods that give no number are not "no data".
  const auto count = [&](ChangeKind kind) {
    return static_cast<int>(std::count_if(change.districts.begin(), change.districts.end(),
                                          [&](const DistrictChange& d) { return d.kind == kind; }));
  };
  std::vector<LegendEntry>& entries = c.legend.entries;
  const std::string no_data = tr(lang, Msg::no_data_legend);
  entries.erase(std::remove_if(entries.begin(), entries.end(), [&](const LegendEntry& e) { return e.label == no_data; }),
                entries.end());
  for (DistrictShading& s : c.districts) {
    const ChangeKind kind = change.districts[s.district].kind;
    if (kind == ChangeKind::unbounded) s.style = kUnboundedStyle;
    if (kind == ChangeKind::not_comparable) s.style = kNotComparableStyle;
  }
  if (const int n = count(ChangeKind::unbounded))
    entries.push_back({kUnboundedStyle, tr(lang, Msg::change_unbounded_legend), district_count(n, lang)});
  if (const int n = count(ChangeKind::not_comparable))
    entries.push_back({kNotComparableStyle, tr(lang, Msg::change_not_comparable_legend), district_count(n, lang)});
  if (const int n = count(ChangeKind::no_data))
    entries.push_back({{kNoDataFill, FillPattern::no_data, kNoDataPattern}, no_data, district_count(n, lang)});
}

// The choropleth's notes speak of the province figure it was centred on (here the 0 of no
// change): they are replaced by what subtracting means, the colours' direction and the
// province's own change.
void change_notes(Choropleth& c, const IndicatorChange& change, Lang lang) {
  std::vector<std::string>& notes = c.legend.notes;
  // build_legend puts the province line first and, when centred, the centring note next.
  const std::size_t drop = std::min<std::size_t>(notes.size(), c.centered_on_reference ? 2 : 1);
  notes.erase(notes.begin(), notes.begin() + static_cast<long>(drop));
  std::vector<std::string> own;
  if (change.province) own.push_back(tr(lang, Msg::change_province, {{"change", change.province_text}}));
  const Polarity polarity = change.indicator->polarity;
  own.push_back(tr(lang, polarity == Polarity::neutral            ? Msg::change_colours_neutral
                         : polarity == Polarity::higher_is_better ? Msg::change_colours_higher
                                                                  : Msg::change_colours_lower));
  own.push_back(tr(lang, Msg::change_bound_note));
  notes.insert(notes.begin(), own.begin(), own.end());
  if (c.legend.histogram) c.legend.histogram->reference_label = tr(lang, Msg::change_no_change);
}

}  // namespace

std::unique_ptr<ChangePicture> make_change_picture(const MapInputs& inputs, const IndicatorTable& table,
                                                   const MapSpec& spec) {
  const Lang lang = spec.lang;
  if (spec.compared_period.empty()) throw UsageError(tr(lang, Msg::change_needs_compared_period));
  auto p = std::make_unique<ChangePicture>();
  p->change = compute_change(inputs.data.registry, table, spec.indicator, spec.period, spec.compared_period, lang);
  p->changes = changes_table(p->change, inputs.data.registry);
  ChoroplethOptions o = choropleth_options(spec);
  o.period = spec.compared_period;
  if (o.palette.empty()) o.palette = default_palette(p->change.indicator->polarity);
  p->choropleth = build_choropleth(inputs.data.registry, p->changes, o);
  use_change_texts(p->choropleth, p->change, lang);
  change_notes(p->choropleth, p->change, lang);
  p->choropleth.legend.title = period_title(p->change.to_period, lang) + " − " +
                               period_title(p->change.from_period, lang) + " (" + p->change.unit + ")";

  Scene& scene = p->scene;
  scene = build_scene(p->choropleth, inputs.boundaries, inputs.data.registry, lang, kBoundaryAttribution, inputs.locator);
  const Indicator& ind = *p->change.indicator;
  scene.title = pick(lang, ind.name_vi, ind.name_en);
  scene.subtitle = tr(lang, Msg::change_subtitle, {{"from", period_title(p->change.from_period, lang)},
                                                  {"to", period_title(p->change.to_period, lang)}});
  // Both periods' figures are the sources of a change.
  std::vector<const StatedValue*> sources;
  for (const DistrictChange& c : p->change.districts)
    for (const StatedValue* v : {c.from, c.to})
      if (v && v->kind != ValueKind::no_data) sources.push_back(v);
  scene.source_line = source_line(sources, lang);
  apply_spec_titles(scene, spec);
  scene.pinned = spec.pinned;
  scene.highlighted = spec.highlighted;
  for (std::string& note : marked_district_notes(scene, spec)) scene.legend.notes.push_back(std::move(note));
  return p;
}

}  // namespace hgm
