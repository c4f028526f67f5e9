#include "core/data/source_name.h"

#include "core/data/indicator.h"
#include "core/text/i18n.h"

namespace hgm {

std::string source_name(const std::string& document, Lang lang) {
  if (document.empty() || document == kReportDocument) return tr(lang, Msg::source_the_report);
  return tr(lang, Msg::source_tables, {{"tables", document}});
}

}  // namespace hgm
