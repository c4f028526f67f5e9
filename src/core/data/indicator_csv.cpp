#include "core/data/indicator_csv.h"

#include <charconv>
#include <cmath>
#include <functional>
#include <unordered_map>

#include "core/data/csv.h"
#include "core/data/inference_rule.h"
#include "core/data/table_import.h"
#include "core/errors.h"
#include "core/text/i18n.h"

namespace hgm {

namespace {

constexpr std::pair<ValueKind, const char*> kKindIds[] = {
    {ValueKind::exact, "exact"},       {ValueKind::at_most, "at_most"},
    {ValueKind::at_least, "at_least"}, {ValueKind::interval, "interval"},
    {ValueKind::flag, "flag"},         {ValueKind::category, "category"},
    {ValueKind::group_fact, "group_fact"}, {ValueKind::no_data, "no_data"},
    {ValueKind::approximate, "approximate"}};

std::string line_of(const std::string& source, const CsvRow& row) { return source + ":" + std::to_string(row.line); }

// Throws the DataError of `msg` in both languages (the loaders of geodata/ know no language).
[[noreturn]] void refuse(Msg msg, std::initializer_list<std::pair<const char*, std::string>> values) {
  throw data_error(msg, values);
}

std::optional<double> number_field(const std::string& text, const std::string& column,
                                   const std::string& source, const CsvRow& row) {
  if (text.empty()) return std::nullopt;
  double value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
    refuse(Msg::data_not_number, {{"where", line_of(source, row)}, {"column", column}, {"text", text}});
  return value;
}

bool yes_no(const std::string& text, const std::string& column, const std::string& source, const CsvRow& row) {
  if (text.empty() || text == "no" || text == "0" || text == "false") return false;
  if (text == "yes" || text == "1" || text == "true") return true;
  refuse(Msg::data_not_yes_no, {{"where", line_of(source, row)}, {"column", column}, {"text", text}});
}

Polarity parse_polarity(const std::string& text, const std::string& source, const CsvRow& row) {
  if (text.empty()) return Polarity::neutral;
  if (const std::optional<Polarity> p = polarity_named(text)) return *p;
  refuse(Msg::data_bad_polarity, {{"where", line_of(source, row)}, {"text", text}});
}

Provenance provenance_of(const CsvHeader& h, const CsvRow& row) {
  Provenance p;
  p.document = h.field(row, "document");
  p.section = h.field(row, "section");
  p.quote = h.field(row, "quote");
  if (h.has("inferred_from")) p.inferred_from = h.field(row, "inferred_from");
  if (h.has("inferred_from_vi")) p.inferred_from_vi = h.field(row, "inferred_from_vi");
  return p;
}

// A Vietnamese/English pair (geodata/README.md): filling `filled` obliges `partner`, so a
// map in either language has the words.
void require_partner(const std::string& filled, const char* filled_column, const std::string& partner,
                     const char* partner_column, const std::string& source, const CsvRow& row) {
  if (filled.empty() || !partner.empty()) return;
  refuse(Msg::data_needs_partner,
         {{"where", line_of(source, row)}, {"column", filled_column}, {"text", filled}, {"partner", partner_column}});
}

// The row's indicator id, which must already be in indicators.csv.
std::string known_indicator(const IndicatorTable& table, const CsvHeader& h, const CsvRow& row,
                            const std::string& source) {
  const std::string& id = h.field(row, "indicator");
  if (!table.find_indicator(id))
    refuse(Msg::data_unknown_indicator, {{"where", line_of(source, row)}, {"id", id}});
  return id;
}


// A period is a quarter written as the reports' tables write it: "2021-Q1".
const std::string& checked_period(const CsvHeader& h, const CsvRow& row, const std::string& source) {
  const std::string& period = h.field(row, "period");
  if (parse_period(period) != period) refuse(Msg::data_bad_period, {{"where", line_of(source, row)}, {"period", period}});
  return period;
}

// Each key (an indicator, a province figure, a district's value) once per file: the line
// of its first row, so a repeat names both lines.
class FirstLines {
 public:
  // Throws naming `row` and the earlier line when `key` was seen; `what` describes it.
  void check(const std::string& key, const std::string& source, const CsvRow& row,
             const std::function<std::string(Lang)>& what) {
    const auto [it, added] = lines_.try_emplace(key, row.line);
    if (added) return;
    const std::string where = line_of(source, row), first = std::to_string(it->second);
    throw DataError(tr(Lang::vi, Msg::data_repeated, {{"where", where}, {"what", what(Lang::vi)}, {"first", first}}),
                    tr(Lang::en, Msg::data_repeated, {{"where", where}, {"what", what(Lang::en)}, {"first", first}}));
  }

 private:
  std::unordered_map<std::string, int> lines_;
};

}  // namespace

std::optional<ValueKind> parse_value_kind(std::string_view text) {
  for (auto [kind, id] : kKindIds)
    if (text == id) return kind;
  return std::nullopt;
}

const char* value_kind_id(ValueKind kind) {
  for (auto [k, id] : kKindIds)
    if (k == kind) return id;
  return "no_data";
}

void parse_indicator_list(std::string_view text, const std::string& source, IndicatorTable& table) {
  FirstLines seen;
  for_each_data_row(text, source, /*required=*/true, [&](const CsvHeader& h, const CsvRow& row) {
    Indicator ind;
    ind.id = h.field(row, "id");
    if (ind.id.empty()) refuse(Msg::data_empty_id, {{"where", line_of(source, row)}});
    seen.check(ind.id, source, row, [&](Lang lang) { return tr(lang, Msg::data_indicator_key, {{"id", ind.id}}); });
    ind.name_vi = h.field(row, "name_vi");
    ind.name_en = h.field(row, "name_en");
    ind.unit = h.field(row, "unit");
    if (h.has("unit_en")) ind.unit_en = h.field(row, "unit_en");
    ind.polarity = parse_polarity(h.field(row, "polarity"), source, row);
    ind.description_vi = h.field(row, "description_vi");
    ind.description_en = h.field(row, "description_en");
    table.add_indicator(std::move(ind));
  });
}

void parse_province_references(std::string_view text, const std::string& source, IndicatorTable& table) {
  FirstLines seen;
  for_each_data_row(text, source, /*required=*/false, [&](const CsvHeader& h, const CsvRow& row) {
    const std::string id = known_indicator(table, h, row, source);
    const std::string& period = checked_period(h, row, source);
    seen.check(id + '\x1f' + period, source, row,
               [&](Lang lang) { return tr(lang, Msg::data_reference_key, {{"indicator", id}, {"period", period}}); });
    ProvinceReference ref;
    const auto value = number_field(h.field(row, "value"), "value", source, row);
    if (!value) refuse(Msg::data_empty_province_value, {{"where", line_of(source, row)}});
    ref.value = *value;
    ref.stated = h.field(row, "stated");
    ref.definition_vi = h.field(row, "definition_vi");
    ref.definition_en = h.field(row, "definition_en");
    ref.provenance = provenance_of(h, row);
    table.set_reference(id, period, std::move(ref));
  });
}

void parse_district_values(std::string_view text, const std::string& source,
                           const DistrictRegistry& registry, IndicatorTable& table, std::size_t* skipped) {
  FirstLines seen;
  for_each_data_row(text, source, /*required=*/false, [&](const CsvHeader& h, const CsvRow& row) {
    const std::string id = known_indicator(table, h, row, source);
    const auto district = registry.find_code(h.field(row, "code"));
    if (!district && skipped) {
      ++*skipped;
      return;
    }
    if (!district)
      refuse(Msg::data_unknown_code, {{"where", line_of(source, row)}, {"code", h.field(row, "code")}});
    const std::string& period = checked_period(h, row, source);
    const std::string& code = registry.at(*district).code;
    const auto what = [&](Lang lang) {
      return tr(lang, Msg::data_value_key, {{"indicator", id}, {"period", period}, {"code", code}});
    };
    seen.check(id + '\x1f' + period + '\x1f' + code, source, row, what);
    StatedValue v;
    const auto kind = parse_value_kind(h.field(row, "kind"));
    if (!kind)
      refuse(Msg::data_bad_kind, {{"where", line_of(source, row)}, {"kind", h.field(row, "kind")}});
    v.kind = *kind;
    if (auto x = number_field(h.field(row, "value"), "value", source, row)) v.value = *x;
    v.lower = number_field(h.field(row, "lower"), "lower", source, row);
    v.upper = number_field(h.field(row, "upper"), "upper", source, row);
    v.lower_inclusive = yes_no(h.field(row, "lower_inclusive"), "lower_inclusive", source, row);
    v.upper_inclusive = yes_no(h.field(row, "upper_inclusive"), "upper_inclusive", source, row);
    v.label = h.field(row, "label");
    if (h.has("label_en")) v.label_en = h.field(row, "label_en");
    v.stated = h.field(row, "stated");
    if (h.has("display")) v.display = h.field(row, "display");
    v.provenance = provenance_of(h, row);
    require_partner(v.label, "label", v.label_en, "label_en", source, row);
    require_partner(v.provenance.inferred_from, "inferred_from", v.provenance.inferred_from_vi, "inferred_from_vi",
                    source, row);
    const bool ok = ((v.kind == ValueKind::exact || v.kind == ValueKind::approximate) && std::isfinite(v.value)) ||
                    (v.kind == ValueKind::at_most && v.upper) || (v.kind == ValueKind::at_least && v.lower) ||
                    (v.kind == ValueKind::interval && v.lower && v.upper && *v.lower <= *v.upper) ||
                    v.kind == ValueKind::flag || v.kind == ValueKind::category ||
                    v.kind == ValueKind::group_fact || v.kind == ValueKind::no_data;
    if (!ok && v.kind == ValueKind::interval) refuse(Msg::data_interval_order, {{"where", line_of(source, row)}});
    if (!ok)
      refuse(Msg::data_kind_needs_number,
             {{"where", line_of(source, row)},
              {"kind", value_kind_id(v.kind)},
              {"column", v.kind == ValueKind::at_most ? "upper" : v.kind == ValueKind::at_least ? "lower" : "value"}});
    const District& unit = registry.at(*district);
    if (!v.provenance.inferred_from.empty() && !statement_can_cover(v.provenance.quote, unit))
      refuse(Msg::data_inferred_city, {{"where", line_of(source, row)},
                                       {"district", unit.name_vi},
                                       {"type", unit.type_vi},
                                       {"quote", v.provenance.quote}});
    if (table.find(id, period, code)) {  // from an earlier values file
      const std::string at = line_of(source, row);
      throw DataError(tr(Lang::vi, Msg::data_repeated_elsewhere, {{"where", at}, {"what", what(Lang::vi)}}),
                      tr(Lang::en, Msg::data_repeated_elsewhere, {{"where", at}, {"what", what(Lang::en)}}));
    }
    table.set_value(id, period, unit.code, std::move(v));
  });
}

}  // namespace hgm
