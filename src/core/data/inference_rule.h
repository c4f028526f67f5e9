#pragma once
// What a statement about several units can be made to say about one of them. The report
// counts huyện and thành phố apart ("có 3 huyện …", "11/11 huyện/thành phố"): a figure
// inferred from a count of huyện covers the other huyện, never the city.
#include <string_view>

#include "core/data/district_registry.h"

namespace hgm {

// False when `statement` counts huyện ("3 huyện", "03 huyện", "3/4 huyện", not followed by
// "/thành phố") and `unit` is a thành phố; true otherwise.
bool statement_can_cover(std::string_view statement, const District& unit);

}  // namespace hgm
