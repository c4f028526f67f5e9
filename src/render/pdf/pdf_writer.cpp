#include "render/pdf/pdf_writer.h"

#include <cerrno>
#include <cstdio>

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
  const std::string pdf = frame_to_pdf(frame, font, options);  // drawn in memory: nothing half-written
  AtomicFile file(path, "PDF");
  if (std::fwrite(pdf.data(), 1, pdf.size(), file.file()) != pdf.size()) file.fail_system(errno);
  file.commit();
}

}  // namespace hgm::render
