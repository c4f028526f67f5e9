#include "core/layout/source_line.h"

#include <set>

#include "core/text/i18n.h"
#include "core/text/text_join.h"

namespace hgm {

namespace {

// The report the project's tables come from, as the values' provenance names it.
constexpr const char* kReportDocument = "hagiang-socioeconomic-report-2021-Q1.vi.txt";

}  // namespace

std::string source_line(const std::vector<const StatedValue*>& values, Lang lang) {
  std::set<std::string> sections, other_documents;
  for (const StatedValue* v : values) {
    if (!v) continue;
    const Provenance& p = v->provenance;
    if (p.document.empty() || p.document == kReportDocument) {
      if (!p.section.empty()) sections.insert(p.section);
    } else {
      other_documents.insert(p.document);
    }
  }
  std::string line = tr(lang, Msg::source_prefix);
  if (!sections.empty() || other_documents.empty()) {
    line += tr(lang, Msg::report_name);
    if (!sections.empty()) line += " (" + std::string(tr(lang, Msg::section)) + " " + join(sections) + ")";
  }
  if (!other_documents.empty())
    line += std::string(sections.empty() ? "" : "; ") + tr(lang, Msg::source_tables, {{"tables", join(other_documents)}});
  return line;
}

}  // namespace hgm
