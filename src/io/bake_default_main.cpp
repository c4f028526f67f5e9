// hgm_bake_default OUT: loads the default map through GDAL, PROJ and GEOS, in both
// languages, and writes what the programs embed (io/baked_default.h). Run by the build.
#include <cstdio>
#include <fstream>
#include <iostream>

#include "io/baked_default.h"
#include "io/map_inputs.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: hgm_bake_default OUT\n";
    return 2;
  }
  try {
    using namespace hgm;
    const MapInputs vi = io::load_map_inputs({}, {}, Lang::vi, {}, io::Triangles::now);
    const MapInputs en = io::load_map_inputs({}, {}, Lang::en, {}, io::Triangles::now);
    const std::string bytes = io::baked_default_bytes(vi, en, {}, {});
    // Written beside and renamed: a failed run leaves no half file for the build to embed.
    const std::string part = std::string(argv[1]) + ".part";
    std::ofstream out(part, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out || std::rename(part.c_str(), argv[1]) != 0) {
      std::cerr << argv[1] << ": cannot be written\n";
      return 1;
    }
  } catch (const std::exception& e) {
    std::cerr << "hgm_bake_default: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
