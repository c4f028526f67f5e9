#pragma once
// Frames drawn on the CPU through cairo, with the painter the PDF uses
// (cairo/cairo_painter.h): the PNG export's renderer. It needs no OpenGL (no context to
// start, no driver's memory). The picture is drawn in horizontal bands by a thread per
// core; for a PNG each thread compresses the band it drew (png_deflate.h) and the file
// takes the bands in order, so no whole image is held.
//
//   const PngFrameTimes t = write_png_frame("map.png", frame, font, 96);
#include <cstddef>
#include <filesystem>

#include "core/layout/frame.h"
#include "render/image.h"

namespace hgm::render {

class Font;

struct PngFrameTimes {
  double draw_ms = 0;    // cairo drawing the frame
  double encode_ms = 0;  // PNG encoding and the atomic write
};

// The largest side cairo draws (its image surfaces' limit).
constexpr int kCpuMaxSide = 32767;

// An opaque hatched style that this many of a map's units share is drawn once across them
// and the units filled from it (the 708 districts without figures); fewer are hatched each
// on its own (cairo_painter.cpp, SharedHatches).
constexpr std::size_t kUnitsSharingAHatch = 16;

// Writes `frame` as a PNG atomically (RGB when its background is opaque), stating `dpi`
// when above 0. `font` must be the one the frame was laid out with. Throws ImageIoError
// (naming the path and the reason; a side over kCpuMaxSide, memory cairo could not get)
// and leaves no file.
PngFrameTimes write_png_frame(const std::filesystem::path& path, const hgm::Frame& frame, const Font& font,
                              double dpi = 0);

// The same drawing as 8-bit RGBA pixels (straight alpha). The picture is drawn in
// horizontal bands on several threads; `bands` above 0 chooses how many (the picture does
// not depend on it).
Image draw_frame_on_cpu(const hgm::Frame& frame, const Font& font, int bands = 0);

}  // namespace hgm::render
