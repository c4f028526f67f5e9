// hagiang-map-app: the Hà Giang indicator map in a window (SDL2 + Dear ImGui + OpenGL).
// Everything happens in run_app; main only notes the start time for the first-frame
// measurement, sets how memory is handed back, and hands over the arguments.
#if __has_include(<malloc.h>)
#include <malloc.h>  // mallopt, where the C library has it (glibc)
#endif

#include <chrono>
#include <string>
#include <vector>

#include "app/run_app.h"

int main(int argc, char** argv) {
  const auto started = std::chrono::steady_clock::now();
#ifdef M_MMAP_THRESHOLD
  // Blocks of 1 MiB and more (pictures, the loaders' buffers) come from the system and go
  // back to it when freed. glibc otherwise raises this bound to the largest block freed so
  // far (the glyph atlas's 4 MiB at the first frame), after which the loading's and the
  // drawing's large buffers stay in the process once freed: 4-8 MiB more at the peak.
  mallopt(M_MMAP_THRESHOLD, 1024 * 1024);
#endif
  return hgm::app::run_app(std::vector<std::string>(argv + 1, argv + argc), started);
}
