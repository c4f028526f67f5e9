// The GDAL adapters as the programs call them: the module (io/gdal_functions.h) is opened
// the first time one is needed, and the default map's boundaries come baked into the
// program (io/baked_default.h), so a default map or export never loads GDAL at all.
#include <dlfcn.h>

#include <cstring>
#include <filesystem>
#include <mutex>

#include "core/errors.h"
#include "io/baked_default.h"
#include "io/gdal_functions.h"
#include "io/io_text.h"
#include "io/map_inputs.h"
#include "io/project_data.h"
#include "io/projection.h"
#include "io/sheet_writer.h"
#include "io/table_reader.h"

namespace hgm::io {

namespace {

namespace fs = std::filesystem;

// Beside the program (a build copied elsewhere with its module), else where the build put it.
std::string module_path() {
  std::error_code error;
  const fs::path self = fs::read_symlink("/proc/self/exe", error);
  const fs::path beside = self.parent_path() / fs::path(HGM_GDAL_MODULE_FILE).filename();
  return !error && fs::exists(beside) ? beside.string() : std::string(HGM_GDAL_MODULE_FILE);
}

struct Loaded {
  const GdalFunctions* functions = nullptr;
  std::string path;
  std::string failure;  // dlopen's words (they name the file or the library missing)
  bool another_build = false;
};

const Loaded& loaded() {
  static const Loaded once = [] {
    Loaded l;
    l.path = module_path();
    // Never closed: what it made (a shape's deferred triangles) may call into it until the end.
    // Functions bound when first called, as in a program linked with GDAL: binding all of
    // the hundred-odd libraries' functions at once took 4 ms more (the module itself is
    // linked with --no-undefined, so nothing of its own is left unresolved).
    void* handle = dlopen(l.path.c_str(), RTLD_LAZY | RTLD_LOCAL);
    if (!handle) {
      const char* why = dlerror();
      l.failure = why ? why : "dlopen failed";
      return l;
    }
    using Entry = const GdalFunctions* (*)();
    const auto entry = reinterpret_cast<Entry>(dlsym(handle, kGdalFunctionsSymbol));
    const GdalFunctions* f = entry ? entry() : nullptr;
    if (!f || std::strcmp(f->build, HGM_GDAL_MODULE_BUILD) != 0) l.another_build = true;
    else l.functions = f;
    return l;
  }();
  return once;
}

const GdalFunctions& gdal(Lang lang) {
  const Loaded& l = loaded();
  if (l.another_build) throw DataError(io_message(lang, IoText::gdal_module_other_build, {{"path", l.path}}));
  if (!l.functions) throw DataError(io_message(lang, IoText::gdal_module_missing, {{"detail", l.failure}}));
  return *l.functions;
}

}  // namespace

MapInputs load_map_inputs(const std::string& boundary_file, const std::string& data_dir, Lang lang,
                          const UnitLayer& units, Triangles triangles) {
  if (!units.given())
    if (std::optional<MapInputs> baked = load_baked_default(boundary_file, data_dir, lang)) return std::move(*baked);
  return gdal(lang).load_map_inputs(boundary_file, data_dir, lang, units, triangles);
}

RawTable read_table(const std::string& path, Lang lang, const std::string& sheet) {
  return gdal(lang).read_table(path, lang, sheet);
}

std::string workbook_bytes(const TableSheet& sheet, SheetFormat format, const std::string& target, Lang lang) {
  return gdal(lang).workbook_bytes(sheet, format, target, lang);
}

struct Projection::Impl {
  const GdalFunctions* gdal = nullptr;
  void* projection = nullptr;
  ~Impl() {
    if (projection) gdal->projection_delete(projection);
  }
};

Projection::Projection(const std::string& from, const std::string& to) : impl_(std::make_unique<Impl>()) {
  impl_->gdal = &gdal(Lang::en);
  impl_->projection = impl_->gdal->projection_new(from, to);
}
Projection::~Projection() = default;
Projection::Projection(Projection&&) noexcept = default;
Projection& Projection::operator=(Projection&&) noexcept = default;
Vec2 Projection::forward(Vec2 p) const { return impl_->gdal->projection_forward(impl_->projection, p); }
Vec2 Projection::inverse(Vec2 p) const { return impl_->gdal->projection_inverse(impl_->projection, p); }

}  // namespace hgm::io
