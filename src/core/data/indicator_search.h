#pragma once
// Which indicators a search text finds: by name in the chosen language or by id, ignoring
// case and diacritics ("cam sanh" finds "cam sành"), and with abbreviations and their
// expansions finding each other ("thu ngân sách" finds "Thu NSNN…", "NSNN" finds
// "ngân sách nhà nước").
#include <string>
#include <vector>

#include "core/data/indicator.h"
#include "core/text/lang.h"

namespace hgm {

// Whether the indicator is found by `query` (an empty query finds every one).
bool indicator_found(const Indicator& indicator, Lang lang, const std::string& query);

// Indices into `indicators`, in table order; all of them for an empty query. The panel's
// count is this list's size.
std::vector<std::size_t> search_indicators(const std::vector<Indicator>& indicators, Lang lang,
                                           const std::string& query);

}  // namespace hgm
