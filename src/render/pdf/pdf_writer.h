#pragma once
// Frames as one-page PDF documents, through cairo's PDF surface: vectors, text as real
// text in the renderer's own font (embedded, subset by cairo), needing no OpenGL.
//
//   hgm::render::write_pdf("map.pdf", frame, font, {.points_per_pixel = 72.0 / 300});
//
// The frame is drawn in the order frame_walk.h decides, by the PDF backend
// (pdf/pdf_backend.h), with the same pieces as the SVG: the map clipped to the viewport
// (even-odd fills, hatches and the no-data crosshatch at the OpenGL lines' spacing and
// anchor, outlines in one stroke), rectangles, polygons, lines (round caps and joins) and
// texts (glyphs placed exactly as Font::layout places them for the PNG, a halo as the
// glyph outlines stroked and filled in the halo colour under the ink).
#include <filesystem>
#include <string>
#include <vector>

#include "core/layout/frame.h"

namespace hgm::render {

class Font;

struct PdfOptions {
  // The page is the frame's pixel size times this: 72 / dpi (0.75 for 96 DPI pixels).
  double points_per_pixel = 0.75;
};

// The points per pixel of a print at `dpi` pixels per inch.
inline double points_per_pixel(double dpi) { return 72.0 / dpi; }

// The PDF file's bytes. `font` must be the font the frame was laid out with.
// Throws ImageIoError when cairo fails (its reason in the message).
std::string frame_to_pdf(const hgm::Frame& frame, const Font& font, const PdfOptions& options = {});

// One PDF with each frame as a page, in order (a batch or a story as one document).
std::string frames_to_pdf(const std::vector<const hgm::Frame*>& pages, const Font& font,
                          const PdfOptions& options = {});

// Writes frame_to_pdf() atomically (atomic_file.h). Throws ImageIoError naming the path
// and the reason; no temporary file stays.
void write_pdf(const std::filesystem::path& path, const hgm::Frame& frame, const Font& font,
               const PdfOptions& options = {});

}  // namespace hgm::render
