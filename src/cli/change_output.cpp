#include "cli/change_output.h"

#include <cmath>

#include "cli/json_writer.h"
#include "cli/text_columns.h"
#include "core/data/indicator_csv.h"
#include "core/text/i18n.h"
#include "core/thematic/choropleth.h"

namespace hgm::cli {

namespace {

// A finite end of the change, or nothing (an open end).
std::optional<double> finite_end(double x) { return std::isfinite(x) ? std::optional<double>(x) : std::nullopt; }

void write_figure(JsonWriter& j, std::string_view key, const StatedValue* v, const Indicator& ind, Lang lang) {
  if (!v || v->kind == ValueKind::no_data) {
    j.null(key);
    return;
  }
  j.begin_object(key).value("kind", value_kind_id(v->kind)).value("stated", v->stated);
  j.value("shown", value_text(*v, ind, lang)).value("quote", v->provenance.quote).end_object();
}

std::string shown(const StatedValue* v, const Indicator& ind, Lang lang) {
  return v && v->kind != ValueKind::no_data ? value_text(*v, ind, lang) : tr(lang, Msg::no_data);
}

}  // namespace

std::string change_json(const IndicatorChange& c, const DistrictRegistry& registry, Lang lang) {
  JsonWriter j;
  j.begin_object().value("indicator", c.indicator->id).value("from_period", c.from_period);
  j.value("to_period", c.to_period).value("unit", c.unit).value("province_change", c.province);
  j.begin_array("districts");
  for (const DistrictChange& d : c.districts) {
    const District& place = registry.at(d.district);
    j.begin_object().value("code", place.code).value("name_vi", place.name_vi);
    j.value("kind", change_kind_id(d.kind));
    if (d.is_numeric()) {
      j.value("min", finite_end(d.span.lo)).value("max", finite_end(d.span.hi));
      j.value("min_included", d.span.lo_included).value("max_included", d.span.hi_included);
    } else {
      j.null("min").null("max").null("min_included").null("max_included");
    }
    j.value("shown", d.text);
    write_figure(j, "from", d.from, *c.indicator, lang);
    write_figure(j, "to", d.to, *c.indicator, lang);
    j.end_object();
  }
  j.end_array().end_object();
  return j.str() + "\n";
}

std::string change_text(const IndicatorChange& c, const DistrictRegistry& registry, Lang lang) {
  const Indicator& ind = *c.indicator;
  std::string out = (lang == Lang::vi ? ind.name_vi : ind.name_en) + " — " + period_title(c.to_period, lang) + " − " +
                    period_title(c.from_period, lang) + " (" + c.unit + ")\n";
  if (c.province) out += tr(lang, Msg::province_line, {{"value", c.province_text}}) + "\n";
  for (const DistrictChange& d : c.districts) {
    const District& place = registry.at(d.district);
    out += "  " + padded(lang == Lang::vi ? place.short_vi : place.short_en, 18) +
           padded(shown(d.from, ind, lang) + " → " + shown(d.to, ind, lang), 40) + d.text + "\n";
  }
  return out;
}

}  // namespace hgm::cli
