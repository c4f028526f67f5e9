#pragma once
// Which indicators the panel lists for a search text: by name in the chosen language or
// by id, ignoring case and diacritics ("cam sanh" finds "cam sành").
#include <string>
#include <vector>

#include "core/data/indicator.h"
#include "core/text/number_format.h"

namespace hgm::app {

// Indices into `indicators`, in table order; all of them for an empty query.
std::vector<std::size_t> filter_indicators(const std::vector<Indicator>& indicators, Lang lang,
                                           const std::string& query);

}  // namespace hgm::app
