#pragma once
// GDAL set-up done once per process, and a scope that captures GDAL's error messages
// instead of letting them print to stderr.
#include <cpl_error.h>

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
  // Errors of type CE_Failure (or worse) raised inside the scope: a reader that reports one
  // may still return part of the data, so callers that read must not trust the rest.
  int failures() const { return failures_; }
  const std::string& first_failure() const { return first_failure_; }
  // Warnings (CE_Warning) raised inside the scope: GDAL says "limiting to N columns" this way.
  int warnings() const { return warnings_; }

 private:
  static void CPL_STDCALL record(CPLErr type, CPLErrorNum number, const char* message);
  int failures_ = 0;
  int warnings_ = 0;
  std::string first_failure_;
};

}  // namespace hgm::io
