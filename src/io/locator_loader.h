#pragma once
// The provinces of Viet Nam for the locator inset (vietnam_adm1.shp of the national
// layers, or the simplified vietnam_adm1_inset.shp committed in geodata/). Their Đà Nẵng
// and Khánh Hòa polygons hold the Hoàng Sa and Trường Sa archipelagos, so they appear in
// the inset with the mainland.
#include <string>

#include "core/layout/scene.h"
#include "core/text/lang.h"
#include "io/national_layer.h"  // locator_file_beside
#include "io/projection.h"

namespace hgm::io {

struct LocatorOptions {
  std::string target_crs = kDefaultMapCrs;
  std::string code_field = "adm1_code";
  std::string highlight_code = "02";      // Hà Giang
  double simplify_tolerance_m = 1500;     // the inset is a few hundred pixels wide
  Lang lang = Lang::vi;                   // of the errors
};

// Throws hgm::DataError naming the file when it cannot be read.
LocatorMap load_locator(const std::string& path, const LocatorOptions& options = {});

}  // namespace hgm::io
