#include "cli/compare_output.h"

#include "cli/json_writer.h"
#include "cli/text_columns.h"
#include "core/data/indicator_csv.h"
#include "core/text/i18n.h"
#include "core/text/number_format.h"
#include "core/thematic/choropleth.h"

namespace hgm::cli {

namespace {

const std::string& place_name(const District& d, Lang lang) { return lang == Lang::vi ? d.short_vi : d.short_en; }
const std::string& indicator_name(const Indicator& i, Lang lang) { return lang == Lang::vi ? i.name_vi : i.name_en; }

// The fields every view gives for one district's figure.
void write_value(JsonWriter& j, const District& d, const StatedValue* v, const Indicator& ind, Lang lang) {
  j.value("code", d.code).value("name_vi", d.name_vi);
  j.value("kind", v ? value_kind_id(v->kind) : "no_data");
  if (v) j.value("stated", v->stated).value("shown", value_text(*v, ind, lang));
  else j.null("stated").value("shown", tr(lang, Msg::no_data));
}

void write_reference_value(JsonWriter& j, const ProvinceReference* r) {
  if (!r) {
    j.null("province_reference");
    return;
  }
  j.begin_object("province_reference").value("value", r->value).value("stated", r->stated).end_object();
}

std::string province_text(const ProvinceReference* r, const Indicator& ind, Lang lang) {
  if (!r) return tr(lang, Msg::compare_no_reference);
  return fill(tr(lang, Msg::province_line), {{"value", format_with_unit(r->value, ind.unit_in(lang), lang)}});
}

}  // namespace

std::string rank_json(const Ranking& rk, const DistrictRegistry& registry, Lang lang) {
  JsonWriter j;
  j.begin_object().value("indicator", rk.indicator->id).value("period", rk.period);
  write_reference_value(j, rk.reference);
  j.begin_array("districts");
  for (const auto* group : {&rk.ranked, &rk.unranked})
    for (const RankedDistrict& r : *group) {
      j.begin_object();
      write_value(j, registry.at(r.district), r.value, *rk.indicator, lang);
      if (r.rank_min > 0) j.value("rank_min", r.rank_min).value("rank_max", r.rank_max);
      else j.null("rank_min").null("rank_max");
      j.value("comparison", comparison_id(compare_with_reference(r.value, rk.reference, rk.indicator->polarity)));
      j.end_object();
    }
  for (const std::size_t d : rk.no_data) {
    j.begin_object();
    write_value(j, registry.at(d), nullptr, *rk.indicator, lang);
    j.null("rank_min").null("rank_max").value("comparison", "no_data").end_object();
  }
  j.end_array().end_object();
  return j.str() + "\n";
}

std::string rank_text(const Ranking& rk, const DistrictRegistry& registry, Lang lang) {
  std::string out = indicator_name(*rk.indicator, lang) + " — " + period_title(rk.period, lang) + "\n";
  out += province_text(rk.reference, *rk.indicator, lang) + "\n";
  for (const RankedDistrict& r : rk.ranked)
    out += "  " + padded(rank_range_text(r.rank_min, r.rank_max), 7) + padded(place_name(registry.at(r.district), lang), 18) +
           padded(value_text(*r.value, *rk.indicator, lang), 30) +
           comparison_label(compare_with_reference(r.value, rk.reference, rk.indicator->polarity), lang) + "\n";
  if (!rk.unranked.empty()) out += std::string(tr(lang, Msg::unranked_group)) + ":\n";
  for (const RankedDistrict& r : rk.unranked)
    out += "  " + padded(place_name(registry.at(r.district), lang), 25) + value_text(*r.value, *rk.indicator, lang) + "\n";
  if (!rk.no_data.empty()) {
    out += std::string(tr(lang, Msg::no_data_legend)) + ":";
    for (const std::size_t d : rk.no_data) out += " " + place_name(registry.at(d), lang) + (d == rk.no_data.back() ? "" : ",");
    out += "\n";
  }
  return out;
}

std::string overview_json(const Overview& o, const DistrictRegistry& registry, const std::vector<std::size_t>& columns,
                          OverviewOrder order, Lang lang) {
  JsonWriter j;
  j.begin_object().value("period", o.period).value("order", overview_order_id(order)).begin_array("indicators");
  for (const OverviewRow& row : o.rows) j.begin_object().value("id", row.indicator->id).end_object();
  j.end_array().begin_array("districts");
  for (const std::size_t d : columns) j.begin_object().value("code", registry.at(d).code).end_object();
  j.end_array().begin_array("cells");
  for (const OverviewRow& row : o.rows)
    for (const std::size_t d : columns) {
      const OverviewCell& c = row.cells.at(d);
      j.begin_object().value("indicator", row.indicator->id);
      write_value(j, registry.at(c.district), c.value, *row.indicator, lang);
      j.value("comparison", comparison_id(c.comparison));
      if (c.value) j.value("quote", c.value->provenance.quote);
      j.end_object();
    }
  j.end_array().end_object();
  return j.str() + "\n";
}

std::string overview_text(const Overview& o, const DistrictRegistry& registry, const std::vector<std::size_t>& columns,
                          Lang lang) {
  std::string out = period_title(o.period, lang) + "\n";
  for (const OverviewRow& row : o.rows) {
    out += indicator_name(*row.indicator, lang) + " (" + province_text(row.reference, *row.indicator, lang) + ")\n";
    for (const std::size_t d : columns) {
      const OverviewCell& c = row.cells.at(d);
      if (!c.value) continue;
      out += "  " + padded(place_name(registry.at(c.district), lang), 18) +
             padded(value_text(*c.value, *row.indicator, lang), 30) + comparison_label(c.comparison, lang) + "\n";
    }
  }
  return out;
}

std::string profiles_json(const std::vector<DistrictProfile>& profiles, const DistrictRegistry& registry, Lang lang) {
  JsonWriter j;
  j.begin_object().begin_array("districts");
  for (const DistrictProfile& p : profiles) {
    const District& d = registry.at(p.district);
    j.begin_object().value("code", d.code).value("name_vi", d.name_vi).value("period", p.period).begin_array("rows");
    for (const ProfileRow& row : p.rows) {
      j.begin_object().value("indicator", row.indicator->id);
      j.value("kind", value_kind_id(row.value->kind)).value("stated", row.value->stated);
      j.value("shown", value_text(*row.value, *row.indicator, lang));
      write_reference_value(j, row.reference);
      j.value("comparison", comparison_id(row.comparison));
      j.value("districts_min", row.districts_min).value("districts_max", row.districts_max);
      if (row.rank_min > 0) j.value("rank_min", row.rank_min).value("rank_max", row.rank_max);
      else j.null("rank_min").null("rank_max");
      j.value("ranked_count", row.ranked_count).value("quote", row.value->provenance.quote).end_object();
    }
    j.end_array().end_object();
  }
  j.end_array().end_object();
  return j.str() + "\n";
}

std::string profiles_text(const std::vector<DistrictProfile>& profiles, const DistrictRegistry& registry, Lang lang) {
  std::string out;
  for (const DistrictProfile& p : profiles) {
    out += place_name(registry.at(p.district), lang) + " — " + period_title(p.period, lang) + "\n";
    for (const ProfileRow& row : p.rows) {
      std::string line = "  " + padded(indicator_name(*row.indicator, lang), 48) +
                         padded(value_text(*row.value, *row.indicator, lang), 28);
      if (const std::string rank = profile_rank_text(row); !rank.empty())
        line += padded(std::string(tr(lang, Msg::rank)) + " " + rank, 14);
      out += line + comparison_label(row.comparison, lang) + "\n";
    }
  }
  return out;
}

}  // namespace hgm::cli
