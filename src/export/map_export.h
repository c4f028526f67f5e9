#pragma once
// One exporter: a map spec and its inputs to a file, the format chosen by the
// file's extension (.png, .svg, .pdf). `hagiang-map export`, the window's no-display fallback
// and (later) the window's export button, batches and stories all write through here.
//
//   hgm::exporting::MapExporter exporter;  // the GL context and font stay for many maps
//   exporter.write(inputs, inputs.data.table, spec, "map.png");
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/errors.h"
#include "core/layout/frame.h"
#include "core/layout/scene.h"
#include "core/spec/map_inputs.h"
#include "core/spec/map_spec.h"
#include "render/svg/svg_writer.h"

namespace hgm::render {
class Font;
}  // namespace hgm::render

namespace hgm::exporting {

enum class Format { png, svg, pdf };

// The format an extension names ("png", "SVG" …, any case), or nothing.
std::optional<Format> parse_format(std::string_view extension);
const char* format_extension(Format format);  // "png", "svg", "pdf"

// The format of `path` by its extension (any case). Throws hgm::UsageError naming the
// supported extensions for anything else, before anything is loaded or written.
Format format_of(const std::string& path, Lang lang);

// A batch stopped by its user (write_pdf_pages' before_page said no).
struct ExportCancelled : std::runtime_error {
  ExportCancelled() : std::runtime_error("export cancelled") {}
};

struct ExportResult {
  Format format = Format::png;
  int width = 0, height = 0;
  double render_ms = 0;  // layout + drawing (+ read-back for PNG)
  double write_ms = 0;   // encoding and the atomic write
  std::string notice;    // what the export left out (a chart's rows), as the image says it
};

class MapExporter {
 public:
  MapExporter();
  ~MapExporter();
  MapExporter(const MapExporter&) = delete;
  MapExporter& operator=(const MapExporter&) = delete;

  // Brings up what writing `spec` to `path` needs (the font: every format, PNG too, is
  // drawn without OpenGL), so a caller can do it while the data loads. Throws
  // EnvironmentError without a font, UsageError for an unknown extension.
  void prepare(const MapSpec& spec, const std::string& path);

  // Makes the scene of `spec` from `table` (make_picture) and writes it to `path`
  // atomically. Throws UsageError (extension, view, names), EnvironmentError (no font),
  // render::ImageIoError (writing, or memory for the image); on any error no file is left
  // at `path`.
  ExportResult write(const MapInputs& inputs, const IndicatorTable& table, const MapSpec& spec,
                     const std::string& path);

  // How SVG files write their texts: the font embedded (default) or as outlines.
  void set_svg_text(render::SvgText text) { svg_text_ = text; }

  // The maps of `specs` (at least one) as the pages of one PDF written to `path` whatever
  // its extension (a batch, or a story's slides). Every page takes the first spec's DPI (a batch
  // shares one size). A map that cannot be made is left out and listed with its exit code
  // and message; the rest are written. Throws as write() does for the file itself, and the
  // first map's error when no page could be made. `before_page`, if given, is called with
  // each page's index before it is made; when it answers false nothing is written and
  // ExportCancelled is thrown.
  struct PageLeftOut {
    std::size_t index = 0;  // into `specs`
    ErrorOutcome outcome;
  };
  std::vector<PageLeftOut> write_pdf_pages(const MapInputs& inputs, const IndicatorTable& table,
                                           const std::vector<MapSpec>& specs, const std::string& path,
                                           const std::function<bool(std::size_t)>& before_page = {});

 private:
  // The extension is read once per call of prepare() or write(), and handed down.
  void prepare(Format format, const OutputSize& size);
  // What a spec draws: its frame and, for a map, the scene the frame points into (held
  // by pointer, so the frame stays valid when this is moved).
  struct LaidOut {
    std::unique_ptr<Scene> scene;
    std::vector<std::unique_ptr<Scene>> panel_scenes;  // small multiples' maps
    Frame frame;
  };
  // The map (make_picture), chart view (layout_view_for_export), small multiples
  // (layout_multiples_view) or change map (make_change_picture) of `spec` at its size.
  LaidOut lay_out(const MapInputs& inputs, const IndicatorTable& table, const MapSpec& spec);
  // Lays out (timed with the drawing) and writes one spec at its size.
  ExportResult write_frame(const std::function<LaidOut()>& lay_out_spec, const MapSpec& spec, const std::string& path,
                           Format format);
  const render::Font& font();
  std::unique_ptr<render::Font> font_;
  render::SvgText svg_text_ = render::SvgText::embedded_font;
};

}  // namespace hgm::exporting
