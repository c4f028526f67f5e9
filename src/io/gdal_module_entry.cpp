// The GDAL module's entry point (built only into hgm_gdal_module): the adapters, as the
// table the programs call them through (io/gdal_functions.h).
#include "io/gdal_functions.h"
#include "io/map_inputs.h"
#include "io/projection.h"
#include "io/sheet_writer.h"
#include "io/table_reader.h"

namespace hgm::io {
namespace {

const GdalFunctions kFunctions = [] {
  GdalFunctions f;
  f.load_map_inputs = &load_map_inputs;
  f.read_table = &read_table;
  f.workbook_bytes = &workbook_bytes;
  f.projection_new = [](const std::string& from, const std::string& to) -> void* { return new Projection(from, to); };
  f.projection_delete = [](void* p) { delete static_cast<Projection*>(p); };
  f.projection_forward = [](const void* p, Vec2 v) { return static_cast<const Projection*>(p)->forward(v); };
  f.projection_inverse = [](const void* p, Vec2 v) { return static_cast<const Projection*>(p)->inverse(v); };
  return f;
}();

}  // namespace
}  // namespace hgm::io

extern "C" __attribute__((visibility("default"))) const hgm::io::GdalFunctions* hgm_gdal_functions() {
  return &hgm::io::kFunctions;
}
