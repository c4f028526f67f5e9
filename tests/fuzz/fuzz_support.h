#pragma once
// What every fuzz target shares: a check that stops the run with a message (libFuzzer
// then saves the input as a crash), and the project's own tables, read once.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "core/data/district_registry.h"
#include "core/data/indicator.h"
#include "core/data/indicator_csv.h"

// Not assert(): the fuzzers are built without NDEBUG games, and a property that fails
// must fail in every build type.
#define HGM_FUZZ_CHECK(cond)                                                               \
  do {                                                                                     \
    if (!(cond)) {                                                                         \
      std::fprintf(stderr, "fuzz property failed at %s:%d: %s\n", __FILE__, __LINE__, #cond); \
      std::abort();                                                                        \
    }                                                                                      \
  } while (0)

namespace hgm::fuzz {

inline std::string read_project_file(const std::string& name) {
  const std::string path = std::string(HGM_FUZZ_GEODATA_DIR) + "/" + name;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "cannot read %s (the fuzzers use the project's geodata/)\n", path.c_str());
    std::abort();
  }
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

inline const DistrictRegistry& project_registry() {
  static const DistrictRegistry registry =
      DistrictRegistry::from_csv(read_project_file("districts.csv"), "districts.csv");
  return registry;
}

// The indicators and the report's own values, as a table a planner's rows are added to.
inline const IndicatorTable& project_table() {
  static const IndicatorTable table = [] {
    IndicatorTable t;
    parse_indicator_list(read_project_file("indicators.csv"), "indicators.csv", t);
    parse_province_references(read_project_file("province_reference.csv"), "province_reference.csv", t);
    parse_district_values(read_project_file("values-2021-Q1.csv"), "values-2021-Q1.csv", project_registry(), t);
    return t;
  }();
  return table;
}

}  // namespace hgm::fuzz
