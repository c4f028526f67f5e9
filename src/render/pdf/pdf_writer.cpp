#include "render/pdf/pdf_writer.h"

#include "render/atomic_file.h"
#include "render/frame_walk.h"
#include "render/pdf/pdf_backend.h"

namespace hgm::render {

std::string frame_to_pdf(const hgm::Frame& frame, const Font& font, const PdfOptions& options) {
  PdfBackend backend(font, options);
  walk_frame(frame, backend);
  return backend.document();
}

void write_pdf(const std::filesystem::path& path, const hgm::Frame& frame, const Font& font, const PdfOptions& options) {
  // Drawn in memory first: a drawing failure leaves nothing half-written.
  write_file_atomically(path, frame_to_pdf(frame, font, options), "PDF");
}

}  // namespace hgm::render
