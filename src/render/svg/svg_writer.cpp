#include "render/svg/svg_writer.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "render/atomic_file.h"
#include "render/frame_walk.h"
#include "render/svg/svg_backend.h"

namespace hgm::render {

std::string frame_to_svg(const hgm::Frame& frame, const SvgOptions& options) {
  SvgBackend backend(options);
  walk_frame(frame, backend);
  return backend.document();
}

void write_svg(const std::filesystem::path& path, const hgm::Frame& frame, const SvgOptions& options) {
  const std::string svg = frame_to_svg(frame, options);
  AtomicFile file(path, "SVG");
  if (std::fwrite(svg.data(), 1, svg.size(), file.file()) != svg.size()) file.fail_system(errno);
  file.commit();
}

}  // namespace hgm::render
