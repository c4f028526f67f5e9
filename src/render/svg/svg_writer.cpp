#include "render/svg/svg_writer.h"

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
  write_file_atomically(path, frame_to_svg(frame, options), "SVG");
}

}  // namespace hgm::render
