#pragma once
// Checks the names a spec uses against the data: indicators, periods, palette, district
// codes, and the number of classes. Spec files, flags and story slides (core/story) all go
// through here, so a mistake is reported the same way wherever it was made.
#include <optional>
#include <string>

#include "core/data/district_registry.h"
#include "core/data/indicator.h"
#include "core/spec/map_spec.h"

namespace hgm {

struct SpecProblem {
  std::string key;      // where, as a path in the spec file: "map.indicator", "districts.pinned"
  std::string message;  // what is wrong and what is allowed, in the spec's language
  std::string text() const { return key + ": " + message; }
};

// The first problem found, or nothing when every name is known. Messages in `lang`.
std::optional<SpecProblem> validate_spec(const MapSpec& spec, const DistrictRegistry& registry,
                                         const IndicatorTable& table, Lang lang);

}  // namespace hgm
