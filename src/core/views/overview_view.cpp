#include "core/views/overview_view.h"

#include <algorithm>

#include "core/compare/overview.h"
#include "core/compare/overview_order.h"
#include "core/layout/pinned_outlines.h"
#include "core/layout/source_line.h"
#include "core/text/i18n.h"
#include "core/views/cell_text.h"
#include "core/views/chart_furniture.h"
#include "core/views/comparison_legend.h"

namespace hgm {

using namespace layout;
using namespace views;

namespace {

constexpr Color kGridLine{120, 120, 120, 255};
constexpr Color kStripe{244, 244, 244, 255};

// The report section a row's figures come from ("I.5.a"): rows are grouped by it.
std::string section_of(const OverviewRow& row) {
  for (const OverviewCell& c : row.cells)
    if (c.value && !c.value->provenance.section.empty()) return c.value->provenance.section;
  return row.reference ? row.reference->provenance.section : "";
}

// "I.5.a" → "I.5": a line is drawn between rows of different parts of the report.
std::string part_of(const std::string& section) {
  const std::size_t second_dot = section.find('.', section.find('.') + 1);
  return section.substr(0, second_dot);
}

bool is_pinned(const MapSpec& spec, const std::string& code) {
  return std::find(spec.pinned.begin(), spec.pinned.end(), code) != spec.pinned.end();
}

// The sizes of the grid once it knows how many rows it has room for.
struct OverviewGrid {
  double text = 0, min_text = 0, row_h = 0, header_h = 0;
  double section_w = 0, label_w = 0, cell_w = 0;
  std::size_t rows_shown = 0;
};

OverviewGrid plan_grid(const Overview& o, const DistrictRegistry& registry, const PixelRect& body, double legend_h,
               Lang lang, const Metrics& k, const TextMeasurer& m) {
  OverviewGrid g;
  const double base = table_base_text(k);
  g.min_text = table_min_text(k);
  g.section_w = m.text_width(tr(lang, Msg::view_section_column), base) + 14 * k.unit;
  for (const OverviewRow& row : o.rows) g.section_w = std::max(g.section_w, m.text_width(section_of(row), base) + 14 * k.unit);
  for (const OverviewRow& row : o.rows)
    g.label_w = std::max(g.label_w, m.text_width(pick(lang, row.indicator->name_vi, row.indicator->name_en) +
                                                     unit_suffix(*row.indicator, lang), base));
  g.label_w = std::min(g.label_w + 12 * k.unit, body.w * 0.36);
  g.cell_w = (body.w - g.section_w - g.label_w) / static_cast<double>(registry.size() + 1);
  // Column heads: district names in up to two lines.
  g.header_h = 2 * line_height(m, base) + 8 * k.unit;
  const RowFit fit = fit_rows(o.rows.size(), body.h - g.header_h - legend_h - 14 * k.unit, base, base * 1.9, g.min_text);
  g.text = fit.text;
  g.row_h = fit.row_h;
  g.rows_shown = fit.shown;
  return g;
}

void add_column_heads(Frame& f, const DistrictRegistry& registry, const std::vector<std::size_t>& columns,
                      const MapSpec& spec, const OverviewGrid& g, double x0, double y, const Metrics& k, const TextMeasurer& m) {
  const double size = table_base_text(k), foot = y + g.header_h - 8 * k.unit;
  auto head = [&](const std::string& name, double x, bool pinned) {
    add_head_lines(f, name, x, g.cell_w, foot, size, g.min_text, kInk, true, k, m);
    if (pinned) f.rects.push_back({{x + 4 * k.unit, y + g.header_h - 5 * k.unit, g.cell_w - 8 * k.unit, 3 * k.unit}, {kPinnedOutline}});
  };
  head(tr(spec.lang, Msg::province_reference), x0, false);
  for (std::size_t at = 0; at < columns.size(); ++at) {
    const District& district = registry.at(columns[at]);
    head(pick(spec.lang, district.short_vi, district.short_en), x0 + g.cell_w * static_cast<double>(at + 1),
         is_pinned(spec, district.code));
  }
}

void add_rows(Frame& f, const Overview& o, const DistrictRegistry& registry, const std::vector<std::size_t>& columns,
              const OverviewGrid& g, const PixelRect& body, double top, std::size_t first, Lang lang, const Metrics& k,
              const TextMeasurer& m) {
  const double gap = std::max(1.0, 1.5 * k.unit);
  const double cells_x = body.x + g.section_w + g.label_w;
  std::string last_section, last_part;
  for (std::size_t r = first; r < first + g.rows_shown && r < o.rows.size(); ++r) {
    const OverviewRow& row = o.rows[r];
    const double y = top + g.row_h * static_cast<double>(r - first);
    const std::string section = section_of(row);
    if (r % 2 == 1)  // faint stripes carry the eye from a long label to its cells
      f.rects.push_back({{body.x, y, g.section_w + g.label_w + g.cell_w, g.row_h}, {kStripe}});
    if (r > first && part_of(section) != last_part)
      f.lines.push_back({{{body.x, y}, {body.x + body.w, y}}, std::max(1.0, 1.2 * k.unit), kGridLine});
    if (section != last_section) add_text(f, section, body.x, centred_baseline(m, y, g.row_h, g.text), g.text, kMutedInk);
    last_section = section;
    last_part = part_of(section);
    const Indicator& ind = *row.indicator;
    add_label(f, pick(lang, ind.name_vi, ind.name_en) + unit_suffix(ind, lang),
              {body.x + g.section_w, y, g.label_w - 10 * k.unit, g.row_h}, g.text, g.min_text, kInk, m);
    // The province column: the figure every cell in the row is compared with.
    const std::string province = row.reference ? cell_number(row.reference->value, ind, lang) : "–";
    add_centred(f, province, {cells_x, y, g.cell_w, g.row_h}, g.text, g.min_text, kInk, k, m);
    for (const OverviewCell& c : row.cells) {
      const auto at = std::find(columns.begin(), columns.end(), c.district) - columns.begin();
      const double x = cells_x + g.cell_w * static_cast<double>(at + 1);
      add_comparison_cell(f, {x + gap / 2, y + gap / 2, g.cell_w - gap, g.row_h - gap}, c.comparison,
                          c.value ? cell_text(*c.value, ind, lang) : "", g.text, g.min_text, k, m);
      // Hovering a cell tells its district and indicator (the window's tooltip gives the quote).
      f.district_areas.push_back({{x, y, g.cell_w, g.row_h}, registry.at(c.district).code, ind.id});
    }
  }
  // The province column stands apart from the districts it is compared with.
  const double bottom = top + g.row_h * static_cast<double>(g.rows_shown);
  f.lines.push_back({{{cells_x + g.cell_w, top - g.header_h}, {cells_x + g.cell_w, bottom}}, std::max(1.0, 2 * k.unit), kGridLine});
}

}  // namespace

Frame layout_overview_view(const MapInputs& inputs, const IndicatorTable& table, const MapSpec& spec, int width,
                           int height, const TextMeasurer& m, std::optional<std::size_t> first_row) {
  const DistrictRegistry& registry = inputs.data.registry;
  Overview o = build_overview(registry, table, spec.period, !spec.overview_all, spec.lang);
  order_overview(o, registry, spec.overview_order, spec.pinned.empty() ? std::string() : spec.pinned.front());
  const std::vector<std::size_t> columns = overview_columns(registry, spec.overview_order);
  const Metrics k = chart_metrics(width, height, spec.layout.text_size);  // a presenter's text size enlarges charts too
  ChartWords words;
  words.title = tr(spec.lang, Msg::view_compared_title);
  words.subtitle = tr(spec.lang, Msg::view_subtitle_count,
                      {{"period", period_title(o.period, spec.lang)}, {"count", std::to_string(o.rows.size())}});
  // Rows in another order than the report's say by whom.
  if (const auto pinned = spec.pinned.empty() ? std::nullopt : registry.find_code(spec.pinned.front());
      spec.overview_order == OverviewOrder::pinned && pinned) {
    const District& d = registry.at(*pinned);
    words.subtitle += tr(spec.lang, Msg::overview_ordered_by, {{"district", pick(spec.lang, d.short_vi, d.short_en)}});
  }
  std::vector<const StatedValue*> values;
  for (const OverviewRow& row : o.rows)
    for (const OverviewCell& c : row.cells) values.push_back(c.value);
  words.source_line = source_line(values, spec.lang);
  const std::vector<std::string> notes{tr(spec.lang, Msg::view_cell_marks), tr(spec.lang, Msg::view_shared_mark)};

  OverviewGrid g;  // what the last plan planned
  std::vector<std::string> key_notes;  // the notes the key keeps
  auto plan = [&](const PixelRect& body) {
    key_notes = comparison_notes_that_fit(notes, o.rows.size(), body.w, spec.lang, k, m, [&](double key_h) {
      g = plan_grid(o, registry, body, key_h, spec.lang, k, m);
      return g.rows_shown;
    });
    return g.rows_shown;
  };
  auto draw = [&](Frame& f, const PixelRect& body, std::size_t first) {
    const double cells_x = body.x + g.section_w + g.label_w;
    add_column_heads(f, registry, columns, spec, g, cells_x, body.y, k, m);
    add_text(f, tr(spec.lang, Msg::view_section_column), body.x, body.y + g.header_h - 8 * k.unit - m.descent(g.text),
             g.text, kMutedInk);
    add_text(f, tr(spec.lang, Msg::indicator), body.x + g.section_w, body.y + g.header_h - 8 * k.unit - m.descent(g.text),
             g.text, kMutedInk);
    const double top = body.y + g.header_h;
    add_rows(f, o, registry, columns, g, body, top, first, spec.lang, k, m);
    const double legend_y = top + g.row_h * static_cast<double>(g.rows_shown) + 14 * k.unit;
    add_comparison_legend(&f, body.x, legend_y, body.w, key_notes, spec.lang, k, m);
  };
  return layout_with_cut_note(words, o.rows.size(), first_row, Msg::view_rows_cut_advice, "", spec, width, height, k, m,
                              plan, draw);
}

}  // namespace hgm
