#include "render/pdf/pdf_backend.h"

#include <cairo-pdf.h>
#include <cairo.h>

#include <algorithm>

#include "render/cairo/cairo_painter.h"
#include "render/errors.h"

namespace hgm::render {

namespace {

cairo_status_t append_bytes(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

}  // namespace

struct PdfBackend::Impl {
  PdfOptions options;
  CairoPainter painter;
  std::string bytes;
  cairo_surface_t* surface = nullptr;
  cairo_t* cr = nullptr;

  Impl(const Font& f, PdfOptions o) : options(o), painter(f) {}
  ~Impl() { release(); }

  void release() {
    if (cr != nullptr) cairo_destroy(cr);
    if (surface != nullptr) cairo_surface_destroy(surface);
    cr = nullptr;
    surface = nullptr;
  }
};

PdfBackend::PdfBackend(const Font& font, PdfOptions options) : impl_(std::make_unique<Impl>(font, options)) {}
PdfBackend::~PdfBackend() = default;

void PdfBackend::begin(const hgm::Frame& frame) {
  Impl& p = *impl_;
  const double scale = p.options.points_per_pixel;
  const double width_pt = std::max(frame.width, 1) * scale, height_pt = std::max(frame.height, 1) * scale;
  if (p.surface == nullptr) {  // the document's first page
    p.bytes.clear();
    document_.clear();
    p.surface = cairo_pdf_surface_create_for_stream(append_bytes, &p.bytes, width_pt, height_pt);
    cairo_pdf_surface_restrict_to_version(p.surface, CAIRO_PDF_VERSION_1_5);
    if (frame.scene != nullptr && !frame.scene->title.empty()) {
      cairo_pdf_surface_set_metadata(p.surface, CAIRO_PDF_METADATA_TITLE, frame.scene->title.c_str());
    }
    cairo_pdf_surface_set_metadata(p.surface, CAIRO_PDF_METADATA_CREATOR, "hagiang-map");
  } else {
    cairo_pdf_surface_set_size(p.surface, width_pt, height_pt);  // a later page may differ in size
  }
  if (p.cr != nullptr) cairo_destroy(p.cr);
  p.cr = cairo_create(p.surface);
  cairo_scale(p.cr, scale, scale);  // from here on everything is in the frame's pixels
  p.painter.start(p.cr, frame);
}

void PdfBackend::background(hgm::Color color) { impl_->painter.background(color); }
void PdfBackend::map(const MapLayer& map) { impl_->painter.map(map); }
void PdfBackend::rects(const Items<hgm::FrameRect>& rects) { impl_->painter.rects(rects); }
void PdfBackend::plain_polygons(const Items<hgm::FramePolygon>& polygons) { impl_->painter.polygons(polygons); }
void PdfBackend::antialiased_polygons(const Items<hgm::FramePolygon>& polygons) { impl_->painter.polygons(polygons); }
void PdfBackend::lines(const Items<hgm::FrameLine>& lines) { impl_->painter.lines(lines); }
void PdfBackend::texts(const Items<hgm::FrameText>& texts) { impl_->painter.texts(texts); }

void PdfBackend::end() {
  Impl& p = *impl_;
  cairo_show_page(p.cr);
  const cairo_status_t status = cairo_status(p.cr);
  if (status != CAIRO_STATUS_SUCCESS) {
    p.release();
    throw ImageIoError(std::string("cairo could not draw the PDF: ") + cairo_status_to_string(status));
  }
}

const std::string& PdfBackend::finish() {
  Impl& p = *impl_;
  if (p.surface == nullptr) throw ImageIoError("a PDF needs at least one page");
  cairo_surface_finish(p.surface);
  const cairo_status_t status = cairo_surface_status(p.surface);
  p.release();
  if (status != CAIRO_STATUS_SUCCESS) {
    throw ImageIoError(std::string("cairo could not write the PDF: ") + cairo_status_to_string(status));
  }
  document_ = std::move(p.bytes);
  return document_;
}

}  // namespace hgm::render
