#pragma once
// What the front ends need from GDAL, OGR and PROJ, as one table of functions. The programs
// load GDAL only when they need it: its library and the hundred and more it pulls in take
// about 45 ms to load and link, more than the default map's whole export otherwise. So the
// GDAL adapters are built into a module of their own (hgm_gdal_module), which the programs
// open on first use (io/gdal_on_demand.cpp); the tests link the adapters directly.
#include <string>

#include "core/data/table_import.h"
#include "core/data/table_template.h"
#include "core/geometry.h"
#include "io/map_inputs.h"
#include "io/sheet_writer.h"

namespace hgm::io {

// The module hides every C++ symbol but its entry point. An hgm::DataError it throws is still
// caught by the program's `catch (const DataError&)`: libstdc++ matches exception types by
// their names' text across libraries (a libc++ build would need the types exported).
struct GdalFunctions {
  // The build the module comes from (version and build folder): another build's is refused.
  const char* build = HGM_GDAL_MODULE_BUILD;
  MapInputs (*load_map_inputs)(const std::string& boundary_file, const std::string& data_dir, Lang lang,
                               const UnitLayer& units, Triangles triangles) = nullptr;
  RawTable (*read_table)(const std::string& path, Lang lang, const std::string& sheet) = nullptr;
  std::string (*workbook_bytes)(const TableSheet& sheet, SheetFormat format, const std::string& target,
                                Lang lang) = nullptr;
  // io::Projection's work: made, used and ended through these.
  void* (*projection_new)(const std::string& from, const std::string& to) = nullptr;
  void (*projection_delete)(void* projection) = nullptr;
  Vec2 (*projection_forward)(const void* projection, Vec2 p) = nullptr;
  Vec2 (*projection_inverse)(const void* projection, Vec2 p) = nullptr;
};

}  // namespace hgm::io

// The module's one exported symbol.
extern "C" const hgm::io::GdalFunctions* hgm_gdal_functions();
inline constexpr const char* kGdalFunctionsSymbol = "hgm_gdal_functions";
