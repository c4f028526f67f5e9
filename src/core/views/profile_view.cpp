#include "core/views/profile_view.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "core/compare/profile.h"
#include "core/compare/value_span.h"
#include "core/errors.h"
#include "core/layout/source_line.h"
#include "core/text/i18n.h"
#include "core/text/text_join.h"
#include "core/views/cell_text.h"
#include "core/views/chart_furniture.h"
#include "core/views/comparison_legend.h"

namespace hgm {

using namespace layout;
using namespace views;

namespace {

constexpr Color kBand{215, 215, 215, 255};
// One colour per district on the spine (ColorBrewer Dark2: apart from the comparison
// colours and from each other for colour-blind readers too).
constexpr Color kDistrictMarks[] = {{117, 112, 179, 255}, {27, 158, 119, 255}, {231, 41, 138, 255}, {166, 118, 29, 255}};

// One indicator row: each chosen district's profile row for it (null: no figure there).
struct Row {
  const Indicator* indicator = nullptr;
  const ProvinceReference* reference = nullptr;
  std::optional<double> lo, hi;              // the band: lowest and highest any district's figure allows
  std::optional<double> scale_lo, scale_hi;  // the spine's scale: the band and the province figure
  std::vector<const ProfileRow*> by_district;
  std::string section;  // the report section the figures come from ("I.5.a")
};

std::vector<Row> gather_rows(const std::vector<DistrictProfile>& profiles, const IndicatorTable& table) {
  std::vector<Row> rows;
  for (const Indicator& ind : table.indicators()) {
    Row row;
    row.indicator = &ind;
    bool any = false;
    for (const DistrictProfile& p : profiles) {
      const auto it = std::find_if(p.rows.begin(), p.rows.end(), [&](const ProfileRow& r) { return r.indicator == &ind; });
      row.by_district.push_back(it == p.rows.end() ? nullptr : &*it);
      if (it == p.rows.end()) continue;
      any = true;
      if (row.section.empty()) row.section = it->value->provenance.section;
      row.reference = it->reference;
      row.lo = it->districts_min;
      row.hi = it->districts_max;
    }
    if (!any) continue;
    row.scale_lo = row.lo;
    row.scale_hi = row.hi;
    if (row.lo && row.reference && std::isfinite(row.reference->value)) {
      row.scale_lo = std::min(*row.lo, row.reference->value);
      row.scale_hi = std::max(*row.hi, row.reference->value);
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<std::size_t> chosen_districts(const MapSpec& spec, const DistrictRegistry& registry) {
  std::vector<std::size_t> out;
  for (const std::string& code : spec.pinned)
    if (const auto d = registry.find_code(code)) out.push_back(*d);
  if (out.empty() || out.size() > kMaxMarkedDistricts) throw UsageError(tr(spec.lang, Msg::view_profile_needs_district));
  return out;
}

struct Columns {
  double text = 0, min_text = 0, row_h = 0, header_h = 0;
  double section_w = 0, label_w = 0, value_w = 0, province_w = 0, spine_x = 0, spine_w = 0, end_label_w = 0;
  double rank_w = 0;  // each district's rank column, right of its figures; 0: no room (the tooltip says it)
  std::size_t rows_shown = 0;
};

Columns plan_columns(const std::vector<Row>& rows, const std::vector<std::size_t>& districts,
                     const DistrictRegistry& registry, const PixelRect& body, double legend_h, Lang lang,
                     const Metrics& k, const TextMeasurer& m) {
  Columns c;
  const double base = table_base_text(k), pad = 14 * k.unit;
  c.min_text = table_min_text(k);
  c.section_w = m.text_width(tr(lang, Msg::view_section_column), base) + pad;
  for (const Row& row : rows) {
    const Indicator& ind = *row.indicator;
    c.section_w = std::max(c.section_w, m.text_width(row.section, base) + pad);
    c.label_w = std::max(c.label_w, m.text_width(pick(lang, ind.name_vi, ind.name_en) + unit_suffix(ind, lang), base));
    for (const ProfileRow* r : row.by_district)
      if (r) {
        c.value_w = std::max(c.value_w, m.text_width(cell_text(*r->value, ind, lang), base));
        c.rank_w = std::max(c.rank_w, m.text_width(profile_rank_text(*r), base));
      }
    if (row.reference) c.province_w = std::max(c.province_w, m.text_width(cell_number(row.reference->value, ind, lang), base));
    const double small = std::max(base * 0.85, c.min_text);  // as add_spine draws the ends
    if (row.lo)
      c.end_label_w = std::max({c.end_label_w, m.text_width(cell_number(*row.scale_lo, ind, lang), small),
                                m.text_width(cell_number(*row.scale_hi, ind, lang), small)});
  }
  for (const std::size_t d : districts)
    c.value_w = std::max(c.value_w, std::min(m.text_width(pick(lang, registry.at(d).short_vi, registry.at(d).short_en), base),
                                             130 * k.unit));
  c.province_w = std::max(c.province_w, m.text_width(tr(lang, Msg::province_reference), base)) + pad;
  c.end_label_w += 8 * k.unit;
  // The spine keeps at least a quarter of the width and the labels a fifth; the districts'
  // columns give way first (a figure that then does not fit shrinks, then is cut with "…").
  const double spine_min = body.w * 0.28, label_min = body.w * 0.2;
  const double lanes_w = body.w - c.section_w - c.province_w - spine_min - label_min - pad;
  const double lane = lanes_w / static_cast<double>(districts.size());
  c.value_w = std::min({c.value_w + pad, 170 * k.unit, lane});
  // The ranks, as the CLI's profile gives them, where each district's lane has room for them.
  if (c.rank_w > 0) c.rank_w = std::max(c.rank_w, m.text_width(tr(lang, Msg::rank), base)) + pad;
  if (c.value_w + c.rank_w > lane) c.rank_w = 0;
  const double fixed = c.section_w + (c.value_w + c.rank_w) * static_cast<double>(districts.size()) + c.province_w;
  c.label_w = std::min(c.label_w + pad, std::max(body.w - fixed - spine_min - pad, label_min));
  c.spine_x = body.x + c.label_w + fixed + pad;
  c.spine_w = body.x + body.w - c.spine_x;
  c.header_h = 2 * line_height(m, base) + 8 * k.unit;
  // Rows grow with the districts: each has its own lane on the spine.
  const double lanes = static_cast<double>(districts.size());
  const RowFit fit =
      fit_rows(rows.size(), body.h - c.header_h - legend_h - 14 * k.unit, base, base * (1.5 + 0.4 * lanes), c.min_text);
  c.text = fit.text;
  c.row_h = fit.row_h;
  c.rows_shown = fit.shown;
  return c;
}

void add_circle(Frame& f, Vec2 centre, double radius, Color color) {
  FramePolygon p;
  p.fill = color;
  constexpr int kSides = 20;
  p.mesh.vertices.push_back(centre);
  for (int i = 0; i < kSides; ++i) {
    const double a = 2 * std::numbers::pi * i / kSides;
    p.mesh.vertices.push_back({centre.x + radius * std::cos(a), centre.y + radius * std::sin(a)});
    const auto next = static_cast<std::uint32_t>(1 + (i + 1) % kSides);
    p.mesh.indices.insert(p.mesh.indices.end(), {0, static_cast<std::uint32_t>(1 + i), next});
  }
  f.polygons.push_back(std::move(p));
}

// A head at `x` pointing left (dir −1) or right (+1): the bar's end is open.
void add_arrow_head(Frame& f, double x, double y, double half, double dir, Color color) {
  FramePolygon p;
  p.fill = color;
  p.mesh.vertices = {{x + dir * half * 1.6, y}, {x, y - half}, {x, y + half}};
  p.mesh.indices = {0, 1, 2};
  f.polygons.push_back(std::move(p));
}

// The spine of one row: the band of all districts, the province mark, each district's mark.
void add_spine(Frame& f, const Row& row, const Columns& c, double y, Lang lang, const Metrics& k, const TextMeasurer& m) {
  if (!row.lo) return;
  const Indicator& ind = *row.indicator;
  // The band stops short of the column's ends: a bar open at one end runs on past the
  // band into this room and ends in an arrow, so it never looks like a closed figure.
  const double open_room = std::min(40 * k.unit, c.spine_w * 0.08);
  const double x0 = c.spine_x + c.end_label_w + open_room, x1 = c.spine_x + c.spine_w - c.end_label_w - open_room;
  double lo = *row.scale_lo, hi = *row.scale_hi;
  if (hi - lo < 1e-12) {
    lo -= 0.5;
    hi += 0.5;
  }
  auto px = [&](double v) { return x0 + (std::clamp(v, lo, hi) - lo) / (hi - lo) * (x1 - x0); };
  const double mid = y + c.row_h / 2, band_h = c.row_h * 0.5;
  f.rects.push_back({{px(*row.lo), mid - band_h / 2, std::max(px(*row.hi) - px(*row.lo), 1.0), band_h}, {kBand}});
  const double small = std::max(c.text * 0.85, c.min_text);
  // The ends of the row's scale, as an axis says them.
  const std::string lo_text = cell_number(*row.scale_lo, ind, lang), hi_text = cell_number(*row.scale_hi, ind, lang);
  add_text(f, lo_text, x0 - open_room - 6 * k.unit - m.text_width(lo_text, small),
           centred_baseline(m, y, c.row_h, small), small, kMutedInk);
  if (hi_text != lo_text)
    add_text(f, hi_text, x1 + open_room + 6 * k.unit, centred_baseline(m, y, c.row_h, small), small, kMutedInk);
  if (row.reference && std::isfinite(row.reference->value)) {
    const double x = px(row.reference->value);
    f.lines.push_back({{{x, y + c.row_h * 0.12}, {x, y + c.row_h * 0.88}}, std::max(1.5, 2.5 * k.unit), kInk});
  }
  const double lanes = static_cast<double>(row.by_district.size());
  for (std::size_t i = 0; i < row.by_district.size(); ++i) {
    const ProfileRow* r = row.by_district[i];
    if (!r) continue;
    const std::optional<ValueSpan> span = span_of(*r->value);
    if (!span) continue;  // flags, categories, estimates and shared figures have no place on a number line
    const Color color = kDistrictMarks[i];
    const double ly = y + c.row_h * (static_cast<double>(i) + 1) / (lanes + 1);
    const double radius = std::clamp(c.row_h / (lanes + 1) * 0.6, 3 * k.unit, 7 * k.unit);
    if (span->is_point()) {
      add_circle(f, {px(span->lo), ly}, radius, color);
      continue;
    }
    const double head = radius * 1.6;  // an open end's arrow head ends where the room does
    const double a = std::isfinite(span->lo) ? px(span->lo) : x0 - open_room + head;
    const double b = std::isfinite(span->hi) ? px(span->hi) : x1 + open_room - head;
    f.rects.push_back({{a, ly - radius * 0.55, std::max(b - a, 1.0), radius * 1.1}, {color}});
    if (!std::isfinite(span->lo)) add_arrow_head(f, a, ly, radius, -1, color);
    if (!std::isfinite(span->hi)) add_arrow_head(f, b, ly, radius, 1, color);
  }
}

void add_heads(Frame& f, const std::vector<std::size_t>& districts, const DistrictRegistry& registry, const Columns& c,
               const PixelRect& body, Lang lang, const Metrics& k, const TextMeasurer& m) {
  const double foot = body.y + c.header_h - 8 * k.unit;
  auto head = [&](const std::string& text, double x, double w, Color ink, bool centred) {
    add_head_lines(f, text, x, w, foot, c.text, c.min_text, ink, centred, k, m);
  };
  head(tr(lang, Msg::view_section_column), body.x, c.section_w, kMutedInk, false);
  head(tr(lang, Msg::indicator), body.x + c.section_w, c.label_w, kMutedInk, false);
  double x = body.x + c.section_w + c.label_w;
  for (std::size_t i = 0; i < districts.size(); ++i, x += c.value_w + c.rank_w) {
    const District& d = registry.at(districts[i]);
    head(pick(lang, d.short_vi, d.short_en), x, c.value_w, kInk, true);
    if (c.rank_w > 0) head(tr(lang, Msg::rank), x + c.value_w, c.rank_w, kMutedInk, true);
    if (districts.size() > 1)  // the district's colour on the spine
      f.rects.push_back({{x + 6 * k.unit, foot + 2 * k.unit, c.value_w + c.rank_w - 12 * k.unit, 3 * k.unit},
                         {kDistrictMarks[i]}});
  }
  head(tr(lang, Msg::province_reference), x, c.province_w, kInk, true);
  head(tr(lang, Msg::view_spread_column), c.spine_x, c.spine_w, kMutedInk, true);
}

void add_row(Frame& f, const Row& row, const std::vector<std::string>& codes, const Columns& c, const PixelRect& body,
             double y, Lang lang, const Metrics& k, const TextMeasurer& m) {
  const Indicator& ind = *row.indicator;
  add_text(f, row.section, body.x, centred_baseline(m, y, c.row_h, c.text), c.text, kMutedInk);
  add_label(f, pick(lang, ind.name_vi, ind.name_en) + unit_suffix(ind, lang),
            {body.x + c.section_w, y, c.label_w - 10 * k.unit, c.row_h}, c.text, c.min_text, kInk, m);
  const double gap = std::max(1.0, 1.5 * k.unit);
  double x = body.x + c.section_w + c.label_w;
  for (std::size_t i = 0; i < row.by_district.size(); ++i) {
    const ProfileRow* r = row.by_district[i];
    add_comparison_cell(f, {x + gap, y + gap / 2, c.value_w - 2 * gap, c.row_h - gap},
                        r ? r->comparison : Comparison::no_data, r ? cell_text(*r->value, ind, lang) : "", c.text,
                        c.min_text, k, m);
    if (r && c.rank_w > 0)
      add_centred(f, profile_rank_text(*r), {x + c.value_w, y, c.rank_w, c.row_h}, c.text, c.min_text, kMutedInk, k, m);
    // Hovering a figure tells its district and indicator (the window's tooltip gives the quote).
    if (i < codes.size()) f.district_areas.push_back({{x, y, c.value_w + c.rank_w, c.row_h}, codes[i], ind.id});
    x += c.value_w + c.rank_w;
  }
  const std::string province = row.reference ? cell_number(row.reference->value, ind, lang) : "–";
  add_centred(f, province, {x, y, c.province_w, c.row_h}, c.text, c.min_text, kInk, k, m);
  add_spine(f, row, c, y, lang, k, m);
}

}  // namespace

Frame layout_profile_view(const MapInputs& inputs, const IndicatorTable& table, const MapSpec& spec, int width,
                          int height, const TextMeasurer& m, std::optional<std::size_t> first_row) {
  const DistrictRegistry& registry = inputs.data.registry;
  const std::vector<std::size_t> districts = chosen_districts(spec, registry);
  std::vector<DistrictProfile> profiles;
  for (const std::size_t d : districts) profiles.push_back(build_profile(registry, table, d, spec.period, spec.lang));
  const std::vector<Row> rows = gather_rows(profiles, table);
  std::vector<std::string> codes;  // the districts' columns, in order
  for (const std::size_t d : districts) codes.push_back(registry.at(d).code);
  const Metrics k = chart_metrics(width, height, spec.layout.text_size);  // a presenter's text size enlarges charts too

  ChartWords words;
  std::vector<std::string> names;
  for (const std::size_t d : districts) names.push_back(pick(spec.lang, registry.at(d).short_vi, registry.at(d).short_en));
  words.title = tr(spec.lang, Msg::view_profile_title, {{"districts", join(names)}});
  words.subtitle = tr(spec.lang, Msg::view_subtitle_count,
                      {{"period", period_title(spec.period, spec.lang)}, {"count", std::to_string(rows.size())}});
  std::vector<const StatedValue*> values;
  for (const Row& row : rows)
    for (const ProfileRow* r : row.by_district) values.push_back(r ? r->value : nullptr);
  words.source_line = source_line(values, spec.lang);
  const std::vector<std::string> notes{tr(spec.lang, Msg::view_spread_key), tr(spec.lang, Msg::view_cell_marks),
                                       tr(spec.lang, Msg::view_shared_mark)};

  Columns c;  // what the last plan planned
  std::vector<std::string> key_notes;  // the notes the key keeps
  auto plan = [&](const PixelRect& body) {
    key_notes = comparison_notes_that_fit(notes, rows.size(), body.w, spec.lang, k, m, [&](double key_h) {
      c = plan_columns(rows, districts, registry, body, key_h, spec.lang, k, m);
      return c.rows_shown;
    });
    return c.rows_shown;
  };
  auto draw = [&](Frame& f, const PixelRect& body, std::size_t first) {
    add_heads(f, districts, registry, c, body, spec.lang, k, m);
    double y = body.y + c.header_h;
    for (std::size_t r = first; r < first + c.rows_shown && r < rows.size(); ++r, y += c.row_h)
      add_row(f, rows[r], codes, c, body, y, spec.lang, k, m);
    add_comparison_legend(&f, body.x, y + 14 * k.unit, body.w, key_notes, spec.lang, k, m);
  };
  std::string district_args;  // for the note: the command that lists every row for the same districts
  for (const std::size_t d : districts) {
    if (!district_args.empty()) district_args += ' ';
    district_args += "--district " + registry.at(d).code;
  }
  return layout_with_cut_note(words, rows.size(), first_row, Msg::view_profile_rows_cut_advice, district_args, spec, width,
                              height, k, m, plan, draw);
}

}  // namespace hgm
