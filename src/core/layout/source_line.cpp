#include "core/layout/source_line.h"

#include <set>

#include "core/data/source_name.h"
#include "core/text/district_count.h"
#include "core/text/i18n.h"
#include "core/text/text_join.h"

namespace hgm {

std::string source_line(const std::vector<const StatedValue*>& values, Lang lang) {
  std::set<std::string> sections, other_documents, replaced_sources;
  int replaced = 0;
  for (const StatedValue* v : values) {
    if (!v) continue;
    const Provenance& p = v->provenance;
    if (p.from_report()) {
      if (!p.section.empty()) sections.insert(p.section);
    } else {
      other_documents.insert(p.document);
    }
    if (!p.replaced_document.empty()) {
      ++replaced;
      replaced_sources.insert(source_name(p.replaced_document, lang));
    }
  }
  std::string line = tr(lang, Msg::source_prefix);
  if (!sections.empty() || other_documents.empty()) {
    line += tr(lang, Msg::report_name);
    if (!sections.empty()) line += " (" + std::string(tr(lang, Msg::section)) + " " + join(sections) + ")";
  }
  if (!other_documents.empty())
    line += std::string(sections.empty() ? "" : "; ") + tr(lang, Msg::source_tables, {{"tables", join(other_documents)}});
  if (replaced > 0)
    line += tr(lang, Msg::source_replaces, {{"sources", join(replaced_sources)}, {"units", district_count(replaced, lang)}});
  return line;
}

}  // namespace hgm
