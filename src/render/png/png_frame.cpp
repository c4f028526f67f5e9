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
#include "render/png/png_deflate.h"
#include "render/png/png_io.h"

namespace hgm::render {

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start) { return std::chrono::duration<double, std::milli>(Clock::now() - start).count(); }

// Rows of pixels in cairo's layout: RGB24 over an opaque background (every layer blends
// over it, so the picture stays opaque), ARGB32 otherwise. A whole frame (drawn apart in
// bands, each by its own backend) or one band at a time, reused for band after band.
class PixelRows {
 public:
  PixelRows(const hgm::Frame& frame, int rows) : width_(frame.width), rows_(rows), opaque_(frame.background.a == 255) {
    if (width_ <= 0 || frame.height <= 0) throw ImageIoError("the image is empty");
    if (width_ > kCpuMaxSide || frame.height > kCpuMaxSide)
      throw ImageIoError("the image is " + std::to_string(width_) + "×" + std::to_string(frame.height) +
                         " pixels; the largest side that can be drawn is " + std::to_string(kCpuMaxSide));
    stride_ = cairo_format_stride_for_width(format(), width_);
    // Not zeroed: the background (or, transparent, the backend's clear) covers every pixel.
    data_.reset(new (std::nothrow) std::uint8_t[static_cast<std::size_t>(stride_) * static_cast<std::size_t>(rows_)]);
    if (!data_)
      throw ImageIoError("not enough memory for a " + std::to_string(width_) + "×" + std::to_string(frame.height) + " image");
  }

  cairo_format_t format() const { return opaque_ ? CAIRO_FORMAT_RGB24 : CAIRO_FORMAT_ARGB32; }
  bool opaque() const { return opaque_; }
  int width() const { return width_; }
  int rows() const { return rows_; }
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
  int width_, rows_;
  bool opaque_;
  std::ptrdiff_t stride_ = 0;
  std::unique_ptr<std::uint8_t[]> data_;
};

struct Band {
  int first = 0, count = 0;  // the frame's rows [first, first + count)
};

// Draws every layer of the frame's rows [band.first, band.first + band.count) on rows
// `at`... of `pixels`: cairo clips all that falls outside the band.
class BandBackend final : public FrameBackend {
 public:
  BandBackend(const Font& font, const PreparedFrame& prepared, const PixelRows& pixels, int at, Band band)
      : painter_(font, &prepared), pixels_(pixels), at_(at), band_(band) {}
  ~BandBackend() override {
    if (cr_ != nullptr) cairo_destroy(cr_);
    if (surface_ != nullptr) cairo_surface_destroy(surface_);
  }
  BandBackend(const BandBackend&) = delete;
  BandBackend& operator=(const BandBackend&) = delete;

  void begin(const hgm::Frame& frame) override {
    surface_ = cairo_image_surface_create_for_data(pixels_.row(at_), pixels_.format(), pixels_.width(), band_.count,
                                                   static_cast<int>(pixels_.stride()));
    check(cairo_surface_status(surface_));
    cr_ = cairo_create(surface_);
    if (!pixels_.opaque()) {  // the memory is not cleared
      cairo_set_operator(cr_, CAIRO_OPERATOR_CLEAR);
      cairo_paint(cr_);
      cairo_set_operator(cr_, CAIRO_OPERATOR_OVER);
    }
    cairo_translate(cr_, 0, -band_.first);
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
  const PixelRows& pixels_;
  int at_;
  Band band_;
  cairo_surface_t* surface_ = nullptr;
  cairo_t* cr_ = nullptr;
};

// The threads that draw: one per core, up to four.
int drawing_threads() { return std::clamp(static_cast<int>(std::thread::hardware_concurrency()), 1, 4); }

// The frame's rows in `bands` horizontal bands, top first; with `bands` 0, twice as many as
// the threads (so that the work on the last overlaps what is done with the first), none
// under 128 rows (a small picture is not worth a thread), and a 4K frame's bands about
// 4 MiB each (the memory a band being drawn takes).
std::vector<Band> split_into_bands(const hgm::Frame& frame, int bands) {
  if (bands <= 0) {
    const int by_memory = static_cast<int>((static_cast<std::int64_t>(frame.width) * frame.height * 4) >> 22);
    bands = std::clamp(std::max(2 * drawing_threads(), by_memory), 1, std::max(1, frame.height / 128));
  }
  bands = std::clamp(bands, 1, frame.height);
  std::vector<Band> all(static_cast<std::size_t>(bands));
  for (int b = 0; b < bands; ++b) {
    all[static_cast<std::size_t>(b)].first = frame.height * b / bands;
    all[static_cast<std::size_t>(b)].count = frame.height * (b + 1) / bands - all[static_cast<std::size_t>(b)].first;
  }
  return all;
}

// Runs `work(thread, band)` for every band on drawing_threads() threads (each takes the
// next band when done with one; `thread` numbers them from 0), and `ready(band)` on this
// thread for each band in order, top first, as soon as its work is done. Rethrows the
// first error, once every thread has stopped.
void for_bands_in_order(std::size_t bands, const std::function<void(int, std::size_t)>& work,
                        const std::function<void(std::size_t)>& ready) {
  std::vector<std::promise<void>> done(bands);
  std::atomic<std::size_t> next{0};
  std::atomic<bool> stop{false};
  const auto take_bands = [&](int thread) {
    for (std::size_t b; (b = next++) < bands;) {
      try {
        if (stop) throw ImageIoError("stopped");  // an earlier band failed: its error is the one said
        work(thread, b);
        done[b].set_value();
      } catch (...) {
        done[b].set_exception(std::current_exception());
      }
    }
  };
  std::vector<std::thread> threads;
  for (int t = 0; t < std::min<int>(drawing_threads(), static_cast<int>(bands)); ++t) threads.emplace_back(take_bands, t);
  std::exception_ptr error;
  for (std::size_t b = 0; b < bands; ++b) {
    try {
      done[b].get_future().get();
      if (!error) ready(b);
    } catch (...) {
      if (!error) error = std::current_exception();  // the other bands are still waited for
      stop = true;
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
    const std::vector<Band> bands = split_into_bands(frame, 0);
    int tallest = 0;
    for (const Band& band : bands) tallest = std::max(tallest, band.count);
    // Each thread draws a band into rows of its own, then compresses them: only the
    // compressed bands wait for the file, in order.
    std::vector<PixelRows> rows;
    for (int t = 0; t < std::min<int>(drawing_threads(), static_cast<int>(bands.size())); ++t) rows.emplace_back(frame, tallest);
    const bool opaque = rows.front().opaque();
    // Cairo's B, G, R, unused bytes are read as they are; premultiplied or big-endian pixels
    // are turned into RGBA a row at a time.
    const bool as_they_are = opaque && little_endian();
    PngBandWriter png(path, frame.width, frame.height, opaque, dpi);
    const PreparedFrame prepared(font, frame);
    std::vector<DeflatedRows> deflated(bands.size());
    std::vector<double> compress_ms(bands.size(), 0);
    double write_ms = 0;
    for_bands_in_order(
        bands.size(),
        [&](int thread, std::size_t b) {
          const PixelRows& mine = rows[static_cast<std::size_t>(thread)];
          {
            BandBackend backend(font, prepared, mine, 0, bands[b]);
            walk_frame(frame, backend);
          }
          const auto compressing = Clock::now();
          PngRowDeflater deflater(frame.width, opaque, as_they_are ? PixelOrder::bgra : PixelOrder::rgba);
          std::vector<std::uint8_t> rgba(as_they_are ? 0 : static_cast<std::size_t>(frame.width) * 4);
          for (int y = 0; y < bands[b].count; ++y) {
            if (as_they_are) {
              deflater.add(mine.row(y));
            } else {
              mine.rgba_row(y, rgba.data());
              deflater.add(rgba.data());
            }
          }
          deflated[b] = deflater.finish(b + 1 == bands.size());
          compress_ms[b] = ms_since(compressing);
        },
        [&](std::size_t b) {
          const auto writing = Clock::now();
          png.write(deflated[b]);
          deflated[b] = {};
          write_ms += ms_since(writing);
        });
    const auto finishing = Clock::now();
    png.finish();
    // The encoder's share of the threads' time: compressing runs beside drawing.
    double compressing = 0;
    for (const double ms : compress_ms) compressing += ms;
    times.encode_ms = compressing / static_cast<double>(rows.size()) + write_ms + ms_since(finishing);
  } catch (const ImageIoError& e) {
    const std::string what = e.what();
    if (what.find(path.string()) != std::string::npos) throw;
    throw ImageIoError("cannot write PNG " + path.string() + ": " + what);
  }
  times.draw_ms = std::max(0.0, ms_since(start) - times.encode_ms);
  return times;
}

Image draw_frame_on_cpu(const hgm::Frame& frame, const Font& font, int bands) {
  const PixelRows pixels(frame, frame.height);
  const std::vector<Band> all = split_into_bands(frame, bands);
  const PreparedFrame prepared(font, frame);
  for_bands_in_order(
      all.size(),
      [&](int, std::size_t b) {
        BandBackend backend(font, prepared, pixels, all[b].first, all[b]);
        walk_frame(frame, backend);
      },
      [](std::size_t) {});
  Image out(pixels.width(), pixels.rows());
  for (int y = 0; y < pixels.rows(); ++y) pixels.rgba_row(y, out.rgba.data() + out.offset(0, y));
  return out;
}

}  // namespace hgm::render
