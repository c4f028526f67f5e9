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
void parse_district_values(std::string_view text, const std::string& source_name,
                           const DistrictRegistry& registry, IndicatorTable& table);

std::optional<ValueKind> parse_value_kind(std::string_view text);  // nullopt for unknown kinds
const char* value_kind_id(ValueKind kind);          // "exact", "at_most", …

}  // namespace hgm
