#include "core/text/district_count.h"

#include "core/text/i18n.h"
#include "core/text/number_format.h"

namespace hgm {

std::string district_count(int n, Lang lang) {
  if (n == 1) return tr(lang, Msg::one_district_count);
  return format_number(n, 0, lang) + " " + tr(lang, Msg::districts_count);
}

}  // namespace hgm
