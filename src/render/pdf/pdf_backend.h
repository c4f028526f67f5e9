#pragma once
// The PDF backend of frame_walk: draws each layer it is handed on a cairo PDF surface, in
// the order handed, one pixel of the frame being `points_per_pixel` points of the page.
// Each walk is one page (each page the size of its frame); finish() ends the document and
// gives the file's bytes. Needs no OpenGL. Cairo stays behind the Impl.
//
//   PdfBackend pdf(font, options);
//   walk_frame(first, pdf);
//   walk_frame(second, pdf);
//   std::string bytes = pdf.finish();
#include <memory>
#include <string>

#include "render/frame_walk.h"
#include "render/pdf/pdf_writer.h"

namespace hgm::render {

class PdfBackend final : public FrameBackend {
 public:
  // `font` draws the texts; it must be the one the frame was laid out with and outlive
  // the backend.
  PdfBackend(const Font& font, PdfOptions options);
  ~PdfBackend() override;
  PdfBackend(const PdfBackend&) = delete;
  PdfBackend& operator=(const PdfBackend&) = delete;

  void begin(const hgm::Frame& frame) override;
  void background(hgm::Color color) override;
  void map(const MapLayer& map) override;
  void rects(const Items<hgm::FrameRect>& rects) override;
  void plain_polygons(const Items<hgm::FramePolygon>& polygons) override;
  void antialiased_polygons(const Items<hgm::FramePolygon>& polygons) override;
  void lines(const Items<hgm::FrameLine>& lines) override;
  void texts(const Items<hgm::FrameText>& texts) override;
  // Finishes the page; throws ImageIoError when cairo reports a failure.
  void end() override;

  // Ends the document after its last page and gives its bytes; throws ImageIoError when
  // cairo reports a failure or no page was drawn.
  const std::string& finish();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::string document_;
};

}  // namespace hgm::render
