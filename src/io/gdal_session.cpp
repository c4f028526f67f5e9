#include "io/gdal_session.h"

#include <cpl_error.h>
#include <gdal.h>

#include <mutex>

namespace hgm::io {

void GdalSession::ensure() {
  static std::once_flag once;
  std::call_once(once, [] { GDALAllRegister(); });
}

ScopedGdalErrors::ScopedGdalErrors() {
  CPLPushErrorHandlerEx(&ScopedGdalErrors::record, this);
  CPLErrorReset();
}

// Quiet like CPLQuietErrorHandler, but counts the failures (the handler stack is per thread).
void CPL_STDCALL ScopedGdalErrors::record(CPLErr type, CPLErrorNum, const char* message) {
  auto* self = static_cast<ScopedGdalErrors*>(CPLGetErrorHandlerUserData());
  if (!self) return;
  if (type == CE_Warning) ++self->warnings_;
  if (type < CE_Failure) return;
  if (self->failures_++ == 0) self->first_failure_ = message ? message : "";
}

ScopedGdalErrors::~ScopedGdalErrors() { CPLPopErrorHandler(); }

std::string ScopedGdalErrors::last_message() const {
  const char* msg = CPLGetLastErrorMsg();
  return msg && *msg ? msg : "no further detail from GDAL";
}

}  // namespace hgm::io
