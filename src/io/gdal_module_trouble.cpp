#include "io/gdal_module_trouble.h"

#include "io/io_text.h"

namespace hgm::io {

namespace {

EnvironmentError both_languages(IoText text, std::initializer_list<std::pair<const char*, std::string>> values) {
  return EnvironmentError(io_message(Lang::vi, text, values), io_message(Lang::en, text, values));
}

EnvironmentError damaged_module(const ModuleAttempt& a) {
  const auto in = [&](Lang lang) {
    const std::string detail = !a.other_build ? a.failure : lang == Lang::vi ? "bản dựng khác" : "another build";
    return io_message(lang, IoText::gdal_module_damaged, {{"path", a.path}, {"detail", detail}});
  };
  return EnvironmentError(in(Lang::vi), in(Lang::en));
}

// dlopen names a library it could not find after the file that needed it: the module
// opened, one of GDAL's libraries is not installed.
bool library_missing(const ModuleAttempt& a) {
  return a.failure.find("cannot open shared object file") != std::string::npos && a.failure.rfind(a.path, 0) != 0;
}

}  // namespace

EnvironmentError module_trouble(const std::vector<ModuleAttempt>& attempts) {
  std::string looked;
  const ModuleAttempt* damaged = nullptr;
  for (const ModuleAttempt& a : attempts) {
    looked += (looked.empty() ? "" : ", ") + a.path;
    if (library_missing(a)) return both_languages(IoText::gdal_library_missing, {{"detail", a.failure}});
    if (a.exists && !damaged) damaged = &a;
  }
  if (!damaged) return both_languages(IoText::gdal_module_missing, {{"paths", looked}});
  return damaged_module(*damaged);
}

}  // namespace hgm::io
