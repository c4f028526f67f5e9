#pragma once
// Why the programs' GDAL module (io/gdal_functions.h) could not be used, in the user's words.
#include <string>
#include <vector>

#include "core/errors.h"

namespace hgm::io {

// One place the module was looked for, and what happened there.
struct ModuleAttempt {
  std::string path;
  bool exists = false;
  std::string failure;     // dlopen's words when it could not be opened (they name the file missing)
  bool other_build = false;  // opened, but of another build (or without the entry point)
};

// The error for attempts none of which gave the module: the module missing; GDAL itself (or
// a library it needs) missing; or the module damaged or of another build. An
// EnvironmentError: the installation lacks something, the user's data is not at fault.
EnvironmentError module_trouble(const std::vector<ModuleAttempt>& attempts);

}  // namespace hgm::io
