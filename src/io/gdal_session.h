#pragma once
// GDAL set-up done once per process, and a scope that captures GDAL's error messages
// instead of letting them print to stderr.
#include <string>

namespace hgm::io {

class GdalSession {
 public:
  static void ensure();  // registers drivers once; thread-safe
};

class ScopedGdalErrors {
 public:
  ScopedGdalErrors();
  ~ScopedGdalErrors();
  ScopedGdalErrors(const ScopedGdalErrors&) = delete;
  ScopedGdalErrors& operator=(const ScopedGdalErrors&) = delete;
  std::string last_message() const;
};

}  // namespace hgm::io
