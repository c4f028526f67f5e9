#include "export/map_export.h"

#include <algorithm>
#include <chrono>
#include <deque>
#include <exception>
#include <optional>
#include <variant>

#include "core/errors.h"
#include "core/spec/make_scene.h"
#include "core/views/view_frame.h"
#include "core/text/i18n.h"
#include "render/atomic_file.h"
#include "render/pdf/pdf_writer.h"
#include "render/png/png_io.h"
#include "render/render_image.h"
#include "render/svg/svg_writer.h"
#include "render/text/font.h"

namespace hgm::exporting {

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

std::string lower_extension(const std::string& path) {
  const std::size_t slash = path.find_last_of('/');
  const std::size_t dot = path.find_last_of('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return {};
  std::string ext = path.substr(dot + 1);
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext;
}

// Pixels per inch of the output: the paper's DPI, 96 for a size in pixels (a screen's), so
// an A4 spec is an A4 page at any DPI.
double export_dpi(const OutputSize& size) {
  if (const auto* paper = std::get_if<PaperSize>(&size)) return paper->dpi;
  return 96;
}

}  // namespace

Format format_of(const std::string& path, Lang lang) {
  const std::string ext = lower_extension(path);
  if (ext == "png") return Format::png;
  if (ext == "svg") return Format::svg;
  if (ext == "pdf") return Format::pdf;
  // One check for every front end; the CLI makes it before loading anything.
  if (ext.empty()) throw UsageError(tr(lang, Msg::export_no_extension, {{"path", path}}));
  throw UsageError(tr(lang, Msg::export_unknown_format, {{"path", path}, {"ext", ext}}));
}

MapExporter::MapExporter() = default;
MapExporter::~MapExporter() = default;

void MapExporter::prepare(const MapSpec& spec, const std::string& path) { prepare(format_of(path, spec.lang), spec.size); }

void MapExporter::prepare(Format format, const OutputSize& size) {
  if (format != Format::png) {  // vectors: the font only, no OpenGL
    font();
    return;
  }
  const ImageSize px = pixel_size(size);
  // The settings `export` always had: one sample per pixel, the renderer's analytic
  // anti-aliasing smoothing every edge.
  render::OffscreenOptions options;
  options.samples = 1;
  if (!gl_) gl_ = std::make_unique<render::OffscreenRenderer>(px.width, px.height, options);
}

const render::Font& MapExporter::font() {
  if (gl_) return gl_->font();
  if (!svg_font_) svg_font_ = std::make_unique<render::Font>();
  return *svg_font_;
}

ExportResult MapExporter::write(const MapInputs& inputs, const IndicatorTable& table, const MapSpec& spec,
                                const std::string& path) {
  const Format format = format_of(path, spec.lang);  // before any work
  if (is_chart_view(spec.view)) return write_view(inputs, table, spec, path, format);
  const Scene scene = make_picture(inputs, table, spec).scene;
  return write_frame([&] { return layout_for_export(scene, spec, font()); }, spec, path, format);
}

std::vector<MapExporter::PageLeftOut> MapExporter::write_pdf_pages(const MapInputs& inputs,
                                                                   const IndicatorTable& table,
                                                                   const std::vector<MapSpec>& specs,
                                                                   const std::string& path) {
  const Lang lang = specs.empty() ? Lang::vi : specs.front().lang;
  std::deque<Scene> scenes;  // the frames point into them; a deque never moves its elements
  std::vector<Frame> frames;
  std::vector<PageLeftOut> left_out;
  std::optional<std::exception_ptr> first_error;
  for (std::size_t i = 0; i < specs.size(); ++i) {
    const MapSpec& spec = specs[i];
    try {
      const ImageSize px = pixel_size(spec.size);
      if (is_chart_view(spec.view)) {
        frames.push_back(layout_view_frame(inputs, table, spec, px.width, px.height, font()));
      } else {
        scenes.push_back(make_picture(inputs, table, spec).scene);
        frames.push_back(layout_for_export(scenes.back(), spec, font()));
      }
    } catch (const std::exception& e) {
      if (!first_error) first_error = std::current_exception();
      left_out.push_back({i, outcome_of(e, spec.lang)});
    }
  }
  if (frames.empty()) {
    if (first_error) std::rethrow_exception(*first_error);
    throw UsageError(tr(lang, Msg::batch_nothing, {{"periods", ""}}));
  }
  std::vector<const Frame*> pages;
  for (const Frame& frame : frames) pages.push_back(&frame);
  const double dpi = export_dpi(specs.front().size);
  render::write_file_atomically(path, render::frames_to_pdf(pages, font(), {render::points_per_pixel(dpi)}), "PDF");
  return left_out;
}

ExportResult MapExporter::write_view(const MapInputs& inputs, const IndicatorTable& table, const MapSpec& spec,
                                     const std::string& path, Format format) {
  const ImageSize px = pixel_size(spec.size);
  return write_frame([&] { return layout_view_frame(inputs, table, spec, px.width, px.height, font()); }, spec, path,
                     format);
}

ExportResult MapExporter::write_frame(const std::function<Frame()>& lay_out, const MapSpec& spec,
                                      const std::string& path, Format format) {
  prepare(format, spec.size);
  ExportResult r;
  r.format = format;
  const ImageSize px = pixel_size(spec.size);
  r.width = px.width;
  r.height = px.height;
  const auto start = Clock::now();
  const Frame frame = lay_out();
  std::optional<render::Image> image;  // PNG only: drawn and read back before the write
  if (format == Format::png) image = gl_->render(frame);
  r.render_ms = ms_since(start);
  const auto written = Clock::now();
  switch (format) {
    case Format::png: render::write_png(path, *image, export_dpi(spec.size)); break;
    case Format::svg: render::write_svg(path, frame); break;
    case Format::pdf: render::write_pdf(path, frame, font(), {render::points_per_pixel(export_dpi(spec.size))}); break;
  }
  r.write_ms = ms_since(written);
  return r;
}

}  // namespace hgm::exporting
