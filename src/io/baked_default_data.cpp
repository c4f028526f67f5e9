// The default map as the build baked it (hgm_bake_default, io/baked_default.h), embedded
// here byte for byte from the file the build wrote.
#include "io/baked_default.h"

// The assembler copies the file in (.incbin): no source file of a megabyte of numbers to compile.
__asm__(".section .rodata\n"
        ".balign 16\n"
        ".globl hgm_baked_default_begin\n"
        ".hidden hgm_baked_default_begin\n"
        "hgm_baked_default_begin:\n"
        ".incbin \"" HGM_BAKED_DEFAULT_FILE "\"\n"
        ".globl hgm_baked_default_end\n"
        ".hidden hgm_baked_default_end\n"
        "hgm_baked_default_end:\n"
        ".previous\n");

extern "C" const char hgm_baked_default_begin[];
extern "C" const char hgm_baked_default_end[];

namespace hgm::io {

std::string_view embedded_baked_default() {
  return {hgm_baked_default_begin, static_cast<std::size_t>(hgm_baked_default_end - hgm_baked_default_begin)};
}

std::optional<MapInputs> load_baked_default(const std::string& boundary_file, const std::string& data_dir, Lang lang) {
  return load_baked(embedded_baked_default(), boundary_file, data_dir, lang);
}

}  // namespace hgm::io
