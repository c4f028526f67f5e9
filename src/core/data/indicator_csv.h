#pragma once
// Reads the project's own indicator tables (geodata/*.csv; format in geodata/README.md).
#include <optional>
#include <string>
#include <string_view>

#include "core/data/district_registry.h"
#include "core/data/indicator.h"

namespace hgm {

// Each parse_* adds to `table`; errors throw DataError naming the file and line.
void parse_indicator_list(std::string_view text, const std::string& source_name, IndicatorTable& table);
void parse_province_references(std::string_view text, const std::string& source_name, IndicatorTable& table);
// A row whose code is not in `registry` is refused, unless `skipped` is given: then it is
// counted there and left out (the project's Hà Giang values on a map of another layer's units).
void parse_district_values(std::string_view text, const std::string& source_name,
                           const DistrictRegistry& registry, IndicatorTable& table, std::size_t* skipped = nullptr);

std::optional<ValueKind> parse_value_kind(std::string_view text);  // nullopt for unknown kinds
const char* value_kind_id(ValueKind kind);          // "exact", "at_most", …

}  // namespace hgm
