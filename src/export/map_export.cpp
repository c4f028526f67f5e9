#include "export/map_export.h"

#include <algorithm>
#include <chrono>
#include <exception>
#include <stdexcept>
#include <optional>
#include <variant>

#include "core/errors.h"
#include "core/spec/make_scene.h"
#include "core/views/change_view.h"
#include "core/views/multiples_view.h"
#include "core/views/view_frame.h"
#include "core/text/i18n.h"
#include "render/atomic_file.h"
#include "render/pdf/pdf_writer.h"
#include "render/png/png_frame.h"
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

std::optional<Format> parse_format(std::string_view extension) {
  std::string ext(extension);
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext == "png") return Format::png;
  if (ext == "svg") return Format::svg;
  if (ext == "pdf") return Format::pdf;
  return std::nullopt;
}

const char* format_extension(Format format) {
  switch (format) {
    case Format::png: return "png";
    case Format::svg: return "svg";
    case Format::pdf: return "pdf";
  }
  return "png";
}

Format format_of(const std::string& path, Lang lang) {
  const std::string ext = lower_extension(path);
  if (const auto format = parse_format(ext)) return *format;
  // One check for every front end; the CLI makes it before loading anything.
  if (ext.empty()) throw UsageError(tr(lang, Msg::export_no_extension, {{"path", path}}));
  throw UsageError(tr(lang, Msg::export_unknown_format, {{"path", path}, {"ext", ext}}));
}

MapExporter::MapExporter() = default;
MapExporter::~MapExporter() = default;

void MapExporter::prepare(const MapSpec& spec, const std::string& path) { prepare(format_of(path, spec.lang), spec.size); }

void MapExporter::prepare(Format, const OutputSize&) {
  // Every format is drawn without OpenGL (PNG on the CPU through cairo, whose largest side
  // is kMaxSide): the font is all there is to bring up.
  font();
}

const render::Font& MapExporter::font() {
  if (!font_) font_ = std::make_unique<render::Font>();
  return *font_;
}

ExportResult MapExporter::write(const MapInputs& inputs, const IndicatorTable& table, const MapSpec& spec,
                                const std::string& path) {
  const Format format = format_of(path, spec.lang);  // before any work
  return write_frame([&] { return lay_out(inputs, table, spec); }, spec, path, format);
}

MapExporter::LaidOut MapExporter::lay_out(const MapInputs& inputs, const IndicatorTable& table, const MapSpec& spec) {
  LaidOut out;
  if (is_chart_view(spec.view)) {
    out.frame = layout_view_for_export(inputs, table, spec, font());
  } else if (spec.view == ViewKind::multiples) {
    const ImageSize px = pixel_size(spec.size);
    MultiplesPicture picture = layout_multiples_view(inputs, table, spec, px.width, px.height, font());
    out.panel_scenes = std::move(picture.scenes);
    out.frame = std::move(picture.frame);
  } else if (spec.view == ViewKind::change) {
    out.scene = std::make_unique<Scene>(make_change_picture(inputs, table, spec)->scene);
    out.frame = layout_for_export(*out.scene, spec, font());
  } else {
    out.scene = std::make_unique<Scene>(make_picture(inputs, table, spec).scene);
    out.frame = layout_for_export(*out.scene, spec, font());
  }
  return out;
}

std::vector<MapExporter::PageLeftOut> MapExporter::write_pdf_pages(const MapInputs& inputs,
                                                                   const IndicatorTable& table,
                                                                   const std::vector<MapSpec>& specs,
                                                                   const std::string& path,
                                                                   const std::function<bool(std::size_t)>& before_page) {
  if (specs.empty()) throw std::invalid_argument("write_pdf_pages needs at least one spec");
  std::vector<LaidOut> laid_out;
  std::vector<PageLeftOut> left_out;
  std::exception_ptr first_error;
  for (std::size_t i = 0; i < specs.size(); ++i) {
    if (before_page && !before_page(i)) throw ExportCancelled();
    try {
      laid_out.push_back(lay_out(inputs, table, specs[i]));
    } catch (const std::exception& e) {
      if (!first_error) first_error = std::current_exception();
      left_out.push_back({i, outcome_of(e, specs[i].lang)});
    }
  }
  if (laid_out.empty()) std::rethrow_exception(first_error);
  std::vector<const Frame*> pages;
  for (const LaidOut& page : laid_out) pages.push_back(&page.frame);
  const double dpi = export_dpi(specs.front().size);
  render::write_file_atomically(path, render::frames_to_pdf(pages, font(), {render::points_per_pixel(dpi)}), "PDF");
  return left_out;
}

ExportResult MapExporter::write_frame(const std::function<LaidOut()>& lay_out_spec, const MapSpec& spec,
                                      const std::string& path, Format format) {
  prepare(format, spec.size);
  ExportResult r;
  r.format = format;
  const ImageSize px = pixel_size(spec.size);
  r.width = px.width;
  r.height = px.height;
  const auto start = Clock::now();
  const LaidOut laid_out = lay_out_spec();
  const Frame& frame = laid_out.frame;
  if (!frame.rows.cut_note.empty()) r.notice = frame.rows.cut_note + "; " + frame.rows.cut_advice;
  if (format == Format::png) {
    const render::PngFrameTimes times = render::write_png_frame(path, frame, font(), export_dpi(spec.size));
    r.write_ms = times.encode_ms;
    r.render_ms = ms_since(start) - r.write_ms;
    return r;
  }
  r.render_ms = ms_since(start);
  const auto written = Clock::now();
  switch (format) {
    case Format::png: break;  // above
    case Format::svg: render::write_svg(path, frame, {.font = &font(), .text = svg_text_}); break;
    case Format::pdf: render::write_pdf(path, frame, font(), {render::points_per_pixel(export_dpi(spec.size))}); break;
  }
  r.write_ms = ms_since(written);
  return r;
}

}  // namespace hgm::exporting
