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
  CPLPushErrorHandler(CPLQuietErrorHandler);
  CPLErrorReset();
}

ScopedGdalErrors::~ScopedGdalErrors() { CPLPopErrorHandler(); }

std::string ScopedGdalErrors::last_message() const {
  const char* msg = CPLGetLastErrorMsg();
  return msg && *msg ? msg : "no further detail from GDAL";
}

}  // namespace hgm::io
