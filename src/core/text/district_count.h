#pragma once
// How many district-level units, in words: "1 huyện/TP", "3 huyện/TP" ("1 unit", "3 units").
#include <string>

#include "core/text/lang.h"

namespace hgm {

std::string district_count(int n, Lang lang);

}  // namespace hgm
