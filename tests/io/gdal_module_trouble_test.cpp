// When the programs' GDAL module cannot be used, the message says which of three things is
// wrong and what to do about it, in both languages, as a fault of the installation (exit 4).
#include <gtest/gtest.h>

#include "io/gdal_module_trouble.h"

namespace hgm::io {
namespace {

bool says(const EnvironmentError& e, Lang lang, const std::string& words) {
  return e.message(lang).find(words) != std::string::npos;
}

TEST(GdalModuleTrouble, NotFoundAnywhereNamesThePlacesAndSaysToBuildAgain) {
  const EnvironmentError e = module_trouble({{"/opt/bin/libhagiang-map-gdal.so", false, {}, false},
                                             {"/build/src/io/libhagiang-map-gdal.so", false, {}, false}});
  EXPECT_TRUE(says(e, Lang::en, "is not there (looked for /opt/bin/libhagiang-map-gdal.so, /build/src/io/")) << e.what();
  EXPECT_TRUE(says(e, Lang::en, "Build the program again"));
  EXPECT_TRUE(says(e, Lang::en, "The default map still works"));
  EXPECT_TRUE(says(e, Lang::vi, "Không tìm thấy mô-đun GDAL")) << e.message(Lang::vi);
}

TEST(GdalModuleTrouble, ALibraryGdalNeedsMissingSaysToInstallGdal) {
  const EnvironmentError e = module_trouble(
      {{"/b/libhagiang-map-gdal.so", true, "libgdal.so.32: cannot open shared object file: No such file or directory", false}});
  EXPECT_TRUE(says(e, Lang::en, "Install GDAL (Debian package libgdal32)")) << e.what();
  EXPECT_TRUE(says(e, Lang::en, "libgdal.so.32: cannot open"));
  EXPECT_TRUE(says(e, Lang::vi, "Hãy cài GDAL"));
}

TEST(GdalModuleTrouble, ADamagedOrForeignModuleIsNamedAndNotTakenForAMissingGdal) {
  // dlopen names the module itself when the module is the file at fault.
  const EnvironmentError cut = module_trouble({{"/b/m.so", true, "/b/m.so: file too short", false}});
  EXPECT_TRUE(says(cut, Lang::en, "module at /b/m.so is damaged or of another build (/b/m.so: file too short)")) << cut.what();
  EXPECT_FALSE(says(cut, Lang::en, "Install GDAL"));
  const EnvironmentError other = module_trouble({{"/b/m.so", true, {}, true}, {"/c/m.so", false, {}, false}});
  EXPECT_TRUE(says(other, Lang::en, "(another build)")) << other.what();
  EXPECT_TRUE(says(other, Lang::vi, "(bản dựng khác)")) << other.message(Lang::vi);
}

}  // namespace
}  // namespace hgm::io
