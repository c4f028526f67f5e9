#include "render/png/png_frame.h"

#include <cairo.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <exception>
#include <functional>
#include <future>
#include <memory>
#include <new>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "render/cairo/cairo_painter.h"
#include "render/errors.h"
#include "render/frame_walk.h"
#include "render/png/png_io.h"

namespace hgm::render {

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start) { return std::chrono::duration<double, std::milli>(Clock::now() - start).count(); }

// The pixels of a whole frame in cairo's layout: RGB24 over an opaque background (every
// layer blends over it, so the picture stays opaque), ARGB32 otherwise. Bands of it are
// drawn apart, each by its own backend, and read out in order.
class Pixels {
 public:
  explicit Pixels(const hgm::Frame& frame) : width_(frame.width), height_(frame.height), opaque_(frame.background.a == 255) {
    if (width_ <= 0 || height_ <= 0) throw ImageIoError("the image is empty");
    if (width_ > kCpuMaxSide || height_ > kCpuMaxSide)
      throw ImageIoError("the image is " + std::to_string(width_) + "×" + std::to_string(height_) +
                         " pixels; the largest side that can be drawn is " + std::to_string(kCpuMaxSide));
    stride_ = cairo_format_stride_for_width(format(), width_);
    // Not zeroed: the background (or, transparent, the backend's clear) covers every pixel.
    data_.reset(new (std::nothrow) std::uint8_t[static_cast<std::size_t>(stride_) * static_cast<std::size_t>(height_)]);
    if (!data_) throw ImageIoError("not enough memory for a " + std::to_string(width_) + "×" + std::to_string(height_) + " image");
  }

  cairo_format_t format() const { return opaque_ ? CAIRO_FORMAT_RGB24 : CAIRO_FORMAT_ARGB32; }
  bool opaque() const { return opaque_; }
  int width() const { return width_; }
  int height() const { return height_; }
  std::ptrdiff_t stride() const { return stride_; }
  std::uint8_t* row(int y) const { return data_.get() + static_cast<std::ptrdiff_t>(y) * stride_; }

  // Row `y` as straight-alpha RGBA (cairo keeps native-endian words, alpha premultiplied).
  void rgba_row(int y, std::uint8_t* out) const {
    const std::uint8_t* in = row(y);
    for (int x = 0; x < width_; ++x, out += 4) {
      std::uint32_t pixel;
      std::memcpy(&pixel, in + x * 4, 4);
      const unsigned a = opaque_ ? 255 : pixel >> 24;
      const auto straight = [a](unsigned c) { return static_cast<std::uint8_t>(a == 0 ? 0 : a == 255 ? c : (c * 255 + a / 2) / a); };
      out[0] = straight((pixel >> 16) & 0xFF);
      out[1] = straight((pixel >> 8) & 0xFF);
      out[2] = straight(pixel & 0xFF);
      out[3] = static_cast<std::uint8_t>(a);
    }
  }

 private:
  int width_, height_;
  bool opaque_;
  std::ptrdiff_t stride_ = 0;
  std::unique_ptr<std::uint8_t[]> data_;
};

// Draws every layer of the frame on rows [first, first + count) of `pixels`: cairo clips
// all that falls outside the band.
class BandBackend final : public FrameBackend {
 public:
  BandBackend(const Font& font, const PreparedFrame& prepared, const Pixels& pixels, int first, int count)
      : painter_(font, &prepared), pixels_(pixels), first_(first), count_(count) {}
  ~BandBackend() override {
    if (cr_ != nullptr) cairo_destroy(cr_);
    if (surface_ != nullptr) cairo_surface_destroy(surface_);
  }
  BandBackend(const BandBackend&) = delete;
  BandBackend& operator=(const BandBackend&) = delete;

  void begin(const hgm::Frame& frame) override {
    surface_ = cairo_image_surface_create_for_data(pixels_.row(first_), pixels_.format(), pixels_.width(), count_,
                                                   static_cast<int>(pixels_.stride()));
    check(cairo_surface_status(surface_));
    cr_ = cairo_create(surface_);
    if (!pixels_.opaque()) {  // the memory is not cleared
      cairo_set_operator(cr_, CAIRO_OPERATOR_CLEAR);
      cairo_paint(cr_);
      cairo_set_operator(cr_, CAIRO_OPERATOR_OVER);
    }
    cairo_translate(cr_, 0, -first_);
    // Glyphs as the screen's FreeType rasteriser draws them: grey anti-aliasing, outlines
    // unhinted at the positions Font::layout gave.
    cairo_font_options_t* options = cairo_font_options_create();
    cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY);
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_set_font_options(cr_, options);
    cairo_font_options_destroy(options);
    painter_.start(cr_, frame);
  }
  void background(hgm::Color color) override { painter_.background(color); }
  void map(const MapLayer& map) override { painter_.map(map); }
  void rects(const Items<hgm::FrameRect>& rects) override { painter_.rects(rects); }
  void plain_polygons(const Items<hgm::FramePolygon>& polygons) override { painter_.polygons(polygons); }
  void antialiased_polygons(const Items<hgm::FramePolygon>& polygons) override { painter_.polygons(polygons); }
  void lines(const Items<hgm::FrameLine>& lines) override { painter_.lines(lines); }
  void texts(const Items<hgm::FrameText>& texts) override { painter_.texts(texts); }
  void end() override {
    check(cairo_status(cr_));
    cairo_surface_flush(surface_);
  }

 private:
  static void check(cairo_status_t status) {
    if (status != CAIRO_STATUS_SUCCESS)
      throw ImageIoError(std::string("cairo could not draw the image: ") + cairo_status_to_string(status));
  }

  CairoPainter painter_;
  const Pixels& pixels_;
  int first_, count_;
  cairo_surface_t* surface_ = nullptr;
  cairo_t* cr_ = nullptr;
};

// Draws `frame` into `pixels` in horizontal bands, top first, by as many threads as the
// machine has cores (up to four), and calls `band_done(first_row, rows)` on this thread
// for each band in order as soon as it is drawn: the PNG encoder takes the top of the
// picture while the rest is being drawn. Rethrows the first band's error.
void draw_in_bands(const hgm::Frame& frame, const Font& font, const Pixels& pixels, int bands,
                   const std::function<void(int, int)>& band_done) {
  const PreparedFrame prepared(font, frame);
  const int cores = std::clamp(static_cast<int>(std::thread::hardware_concurrency()), 1, 4);
  // Twice as many bands as threads, so that encoding the first overlaps drawing the last;
  // none under 128 rows (a small picture is not worth a thread).
  if (bands <= 0) bands = std::clamp(2 * cores, 1, std::max(1, pixels.height() / 128));
  bands = std::clamp(bands, 1, pixels.height());
  struct Band {
    int first = 0, count = 0;
    std::promise<void> drawn;
  };
  std::vector<Band> all(static_cast<std::size_t>(bands));
  for (int b = 0; b < bands; ++b) {
    Band& band = all[static_cast<std::size_t>(b)];
    band.first = pixels.height() * b / bands;
    band.count = pixels.height() * (b + 1) / bands - band.first;
  }
  std::atomic<int> next{0};
  const auto draw_bands = [&] {
    for (int b; (b = next++) < bands;) {
      Band& band = all[static_cast<std::size_t>(b)];
      try {
        BandBackend backend(font, prepared, pixels, band.first, band.count);
        walk_frame(frame, backend);
        band.drawn.set_value();
      } catch (...) {
        band.drawn.set_exception(std::current_exception());
      }
    }
  };
  std::vector<std::thread> threads;
  for (int t = 0; t < std::min(cores, bands); ++t) threads.emplace_back(draw_bands);
  std::exception_ptr error;
  for (Band& band : all) {
    try {
      band.drawn.get_future().get();
      if (!error) band_done(band.first, band.count);
    } catch (...) {
      if (!error) error = std::current_exception();  // the other bands are still waited for
    }
  }
  for (std::thread& t : threads) t.join();
  if (error) std::rethrow_exception(error);
}

bool little_endian() {
  const std::uint32_t one = 1;
  std::uint8_t first;
  std::memcpy(&first, &one, 1);
  return first == 1;
}

}  // namespace

PngFrameTimes write_png_frame(const std::filesystem::path& path, const hgm::Frame& frame, const Font& font, double dpi) {
  PngFrameTimes times;
  const auto start = Clock::now();
  try {
    const Pixels pixels(frame);
    // Cairo's B, G, R, unused bytes go to libpng as they are; premultiplied or big-endian
    // pixels are turned into RGBA a row at a time.
    const bool as_they_are = pixels.opaque() && little_endian();
    PngRowWriter png(path, pixels.width(), pixels.height(), pixels.opaque(), dpi,
                     as_they_are ? PixelOrder::bgra : PixelOrder::rgba);
    std::vector<std::uint8_t> row(as_they_are ? 0 : static_cast<std::size_t>(pixels.width()) * 4);
    double encode_ms = 0;
    draw_in_bands(frame, font, pixels, 0, [&](int first, int count) {
      const auto encoding = Clock::now();
      if (as_they_are) {
        png.write_rows(pixels.row(first), count, pixels.stride());
      } else {
        for (int y = first; y < first + count; ++y) {
          pixels.rgba_row(y, row.data());
          png.write_rows(row.data(), 1);
        }
      }
      encode_ms += ms_since(encoding);
    });
    const auto finishing = Clock::now();
    png.finish();
    times.encode_ms = encode_ms + ms_since(finishing);
  } catch (const ImageIoError& e) {
    const std::string what = e.what();
    if (what.find(path.string()) != std::string::npos) throw;
    throw ImageIoError("cannot write PNG " + path.string() + ": " + what);
  }
  times.draw_ms = ms_since(start) - times.encode_ms;
  return times;
}

Image draw_frame_on_cpu(const hgm::Frame& frame, const Font& font, int bands) {
  const Pixels pixels(frame);
  draw_in_bands(frame, font, pixels, bands, [](int, int) {});
  Image out(pixels.width(), pixels.height());
  for (int y = 0; y < pixels.height(); ++y) pixels.rgba_row(y, out.rgba.data() + out.offset(0, y));
  return out;
}

}  // namespace hgm::render
