#pragma once
// Loads the project's real geodata/ tables with the core parsers only (no io layer).
#include <filesystem>
#include <string>

#include "../cli/temp_dir.h"  // slurp
#include "core/data/district_registry.h"
#include "core/data/indicator.h"
#include "core/data/indicator_csv.h"

namespace hgm::test {

struct ProjectTables {
  DistrictRegistry registry;
  IndicatorTable table;
  ProjectTables() {
    const std::string dir = HGM_TEST_PROJECT_GEODATA_DIR;
    registry = DistrictRegistry::from_csv(slurp(dir + "/districts.csv"), dir + "/districts.csv");
    parse_indicator_list(slurp(dir + "/indicators.csv"), "indicators.csv", table);
    parse_province_references(slurp(dir + "/province_reference.csv"), "province_reference.csv", table);
    parse_district_values(slurp(dir + "/values-2021-Q1.csv"), "values-2021-Q1.csv", registry, table);
  }
};

}  // namespace hgm::test
