#pragma once
// What `change` prints: each district's change of one indicator between two periods
// (core/compare/change.h, the numbers the change map draws), as JSON or aligned text.
#include <string>

#include "core/compare/change.h"
#include "core/data/district_registry.h"
#include "core/text/lang.h"

namespace hgm::cli {

std::string change_json(const IndicatorChange& change, const DistrictRegistry& registry, Lang lang);
std::string change_text(const IndicatorChange& change, const DistrictRegistry& registry, Lang lang);

}  // namespace hgm::cli
