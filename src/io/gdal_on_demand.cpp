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
#include "io/gdal_module_trouble.h"
#include "io/map_inputs.h"
#include "io/project_data.h"
#include "io/projection.h"
#include "io/sheet_writer.h"
#include "io/table_reader.h"

namespace hgm::io {

namespace {

namespace fs = std::filesystem;

// Beside the program (a build copied elsewhere with its module), then where the build put it.
std::vector<std::string> module_places() {
  std::vector<std::string> places;
  std::error_code error;
  const fs::path self = fs::read_symlink("/proc/self/exe", error);
  if (!error) places.push_back((self.parent_path() / fs::path(HGM_GDAL_MODULE_FILE).filename()).string());
  if (places.empty() || places.front() != HGM_GDAL_MODULE_FILE) places.emplace_back(HGM_GDAL_MODULE_FILE);
  return places;
}

// Never closed: what the module made (a shape's deferred triangles) may call into it until
// the end. Functions are bound when first called, as in a program linked with GDAL: binding
// all of the hundred-odd libraries' functions at once took 4 ms more (the module itself is
// linked with --no-undefined: nothing of its own is unresolved). RTLD_DEEPBIND: GDAL's
// libraries find each other's symbols among themselves before the program's 32 libraries,
// where they are not: 10 ms less (dlopen alone, 12 runs each: median 33.5 against 43.7 ms).
// The sanitizers' runtime refuses it (it must see every allocation), so their builds go without.
#ifdef HGM_GDAL_DEEPBIND
constexpr int kOpenFlags = RTLD_LAZY | RTLD_LOCAL | RTLD_DEEPBIND;
#else
constexpr int kOpenFlags = RTLD_LAZY | RTLD_LOCAL;
#endif

struct Loaded {
  const GdalFunctions* functions = nullptr;
  std::vector<ModuleAttempt> attempts;
};

// The first of the places whose module opens and is of this build; a damaged one is passed over.
const Loaded& loaded() {
  static const Loaded once = [] {
    Loaded l;
    for (const std::string& path : module_places()) {
      ModuleAttempt& a = l.attempts.emplace_back();
      a.path = path;
      std::error_code error;
      a.exists = fs::exists(path, error);
      if (!a.exists) continue;
      void* handle = dlopen(path.c_str(), kOpenFlags);
      if (!handle) {
        const char* why = dlerror();
        a.failure = why ? why : "dlopen failed";
        continue;
      }
      using Entry = const GdalFunctions* (*)();
      const auto entry = reinterpret_cast<Entry>(dlsym(handle, kGdalFunctionsSymbol));
      const GdalFunctions* f = entry ? entry() : nullptr;
      if (!f || std::strcmp(f->build, HGM_GDAL_MODULE_BUILD) != 0) {
        a.other_build = true;
        continue;
      }
      l.functions = f;
      break;
    }
    return l;
  }();
  return once;
}

const GdalFunctions& gdal() {
  const Loaded& l = loaded();
  if (!l.functions) throw module_trouble(l.attempts);
  return *l.functions;
}

}  // namespace

MapInputs load_map_inputs(const std::string& boundary_file, const std::string& data_dir, Lang lang,
                          const UnitLayer& units, Triangles triangles) {
  if (!units.given())
    if (std::optional<MapInputs> baked = load_baked_default(boundary_file, data_dir, lang)) return std::move(*baked);
  return gdal().load_map_inputs(boundary_file, data_dir, lang, units, triangles);
}

RawTable read_table(const std::string& path, Lang lang, const std::string& sheet) {
  return gdal().read_table(path, lang, sheet);
}

std::string workbook_bytes(const TableSheet& sheet, SheetFormat format, const std::string& target, Lang lang) {
  return gdal().workbook_bytes(sheet, format, target, lang);
}

struct Projection::Impl {
  const GdalFunctions* gdal = nullptr;
  void* projection = nullptr;
  ~Impl() {
    if (projection) gdal->projection_delete(projection);
  }
};

Projection::Projection(const std::string& from, const std::string& to) : impl_(std::make_unique<Impl>()) {
  impl_->gdal = &gdal();
  impl_->projection = impl_->gdal->projection_new(from, to);
}
Projection::~Projection() = default;
Projection::Projection(Projection&&) noexcept = default;
Projection& Projection::operator=(Projection&&) noexcept = default;
Vec2 Projection::forward(Vec2 p) const { return impl_->gdal->projection_forward(impl_->projection, p); }
Vec2 Projection::inverse(Vec2 p) const { return impl_->gdal->projection_inverse(impl_->projection, p); }

}  // namespace hgm::io
