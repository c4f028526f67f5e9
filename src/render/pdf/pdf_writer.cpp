#include "render/pdf/pdf_writer.h"

#include "render/atomic_file.h"
#include "render/frame_walk.h"
#include "render/pdf/pdf_backend.h"

namespace hgm::render {

std::string frame_to_pdf(const hgm::Frame& frame, const Font& font, const PdfOptions& options) {
  return frames_to_pdf({&frame}, font, options);
}

std::string frames_to_pdf(const std::vector<const hgm::Frame*>& pages, const Font& font, const PdfOptions& options) {
  PdfBackend backend(font, options);
  for (const hgm::Frame* page : pages) walk_frame(*page, backend);
  return backend.finish();
}

void write_pdf(const std::filesystem::path& path, const hgm::Frame& frame, const Font& font, const PdfOptions& options) {
  // Drawn in memory first: a drawing failure leaves nothing half-written.
  write_file_atomically(path, frame_to_pdf(frame, font, options), "PDF");
}

}  // namespace hgm::render
