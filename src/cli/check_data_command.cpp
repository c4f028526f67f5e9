#include "cli/check_data_command.h"

#include "cli/json_writer.h"
#include "core/text/i18n.h"
#include "core/text/number_format.h"
#include "core/text/text_join.h"

namespace hgm::cli {

std::string check_report_text(const ImportReport& r, Lang lang) {
  using K = ImportIssue::Kind;
  const auto n = [&](int v) { return format_number(v, 0, lang); };
  std::string out = r.source + ": " +
                    tr(lang, Msg::import_summary,
                       {{"rows", n(r.rows_read)},
                        {"matched", n(r.rows_matched)},
                        {"unmatched", n(r.count(K::unmatched_district))},
                        {"ambiguous", n(r.count(K::ambiguous_district))},
                        {"bad", n(r.count(K::bad_value))},
                        {"values", n(r.values)}}) +
                    "\n";
  for (const ImportIssue& i : r.issues) {
    out += "  " + i.where + ": " + issue_kind_id(i.kind) + ": ";
    if (!i.text.empty()) out += "'" + i.text + "': ";
    out += i.reason;
    if (!i.candidates.empty()) out += tr(lang, Msg::import_closest, {{"names", join(i.candidates)}});
    out += "\n";
  }
  for (const std::string& d : r.decisions) out += "  " + std::string(tr(lang, Msg::import_note)) + ": " + d + "\n";
  return out;
}

std::string check_report_json(const ImportReport& r) {
  using K = ImportIssue::Kind;
  JsonWriter j;
  j.begin_object().value("file", r.source).value("rows_read", r.rows_read).value("matched", r.rows_matched)
      .value("unmatched", r.count(K::unmatched_district)).value("ambiguous", r.count(K::ambiguous_district))
      .value("bad_values", r.count(K::bad_value)).value("values", r.values);
  j.begin_array("issues");
  for (const ImportIssue& i : r.issues) {
    j.begin_object().value("where", i.where).value("kind", issue_kind_id(i.kind)).value("text", i.text)
        .value("reason", i.reason).begin_array("candidates");
    for (const std::string& c : i.candidates) j.value({}, c);
    j.end_array().end_object();
  }
  j.end_array().begin_array("decisions");
  for (const std::string& d : r.decisions) j.value({}, d);
  j.end_array().end_object();
  return j.str();
}

}  // namespace hgm::cli
