#include "render/pdf/pdf_backend.h"

#include <cairo-ft.h>
#include <cairo-pdf.h>
#include <cairo.h>
#include <fontconfig/fontconfig.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "core/text/text_fold.h"
#include "render/errors.h"
#include "render/scene_geometry.h"
#include "render/text/font.h"

namespace hgm::render {

namespace {

void set_color(cairo_t* cr, hgm::Color c) { cairo_set_source_rgba(cr, c.r / 255.0, c.g / 255.0, c.b / 255.0, c.a / 255.0); }

void add_ring(cairo_t* cr, const std::vector<hgm::Vec2>& points, bool close) {
  if (points.size() < 2) return;
  cairo_move_to(cr, points[0].x, points[0].y);
  for (std::size_t i = 1; i < points.size(); ++i) cairo_line_to(cr, points[i].x, points[i].y);
  if (close) cairo_close_path(cr);
}

void add_shape(cairo_t* cr, const hgm::MultiPolygon& shape, const hgm::MapTransform& transform) {
  for (const hgm::Ring& ring : pixel_rings(shape, transform)) add_ring(cr, ring, true);
}

cairo_status_t append_bytes(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

}  // namespace

struct PdfBackend::Impl {
  const Font& font;
  PdfOptions options;
  const hgm::Frame* frame = nullptr;  // during a walk
  std::string bytes;
  cairo_surface_t* surface = nullptr;
  cairo_t* cr = nullptr;
  std::map<std::uint16_t, cairo_font_face_t*> faces;  // Font's face number -> cairo face

  Impl(const Font& f, PdfOptions o) : font(f), options(o) {}
  ~Impl() {
    release();
    for (auto& [face, cairo_face] : faces) cairo_font_face_destroy(cairo_face);
  }

  void release() {
    if (cr != nullptr) cairo_destroy(cr);
    if (surface != nullptr) cairo_surface_destroy(surface);
    cr = nullptr;
    surface = nullptr;
  }

  // The exact file (and face inside it) the PNG's glyphs come from, for cairo to embed.
  cairo_font_face_t* face(std::uint16_t number) {
    auto it = faces.find(number);
    if (it != faces.end()) return it->second;
    FcPattern* pattern = FcPatternCreate();
    const std::string path = font.face_path(number);
    FcPatternAddString(pattern, FC_FILE, reinterpret_cast<const FcChar8*>(path.c_str()));
    FcPatternAddInteger(pattern, FC_INDEX, font.face_file_index(number));
    cairo_font_face_t* cairo_face = cairo_ft_font_face_create_for_pattern(pattern);
    FcPatternDestroy(pattern);
    return faces.emplace(number, cairo_face).first->second;
  }

  // Fills the current path (kept) with an area style: a colour, or the hatch laid out
  // like shaders/pattern.glsl and the SVG's <pattern>s: lines across 45 degrees through
  // `anchor`, "/" ones where (x - ax) + (y - ay) is a multiple of spacing * sqrt(2), and for
  // no data also "\" ones where (y - ay) - (x - ax) is; the whole area at the fill's alpha.
  void paint_area(const hgm::AreaStyle& style, hgm::Vec2 anchor) {
    const PatternLines lines = pattern_lines(*frame);
    if (style.fill.a == 0) return;
    if (style.pattern == hgm::FillPattern::solid || lines.width == 0 || style.pattern_color.a == 0) {
      set_color(cr, style.fill);
      cairo_fill_preserve(cr);
      return;
    }
    cairo_path_t* path = cairo_copy_path(cr);
    cairo_save(cr);
    cairo_clip_preserve(cr);
    double x1, y1, x2, y2;
    cairo_clip_extents(cr, &x1, &y1, &x2, &y2);
    cairo_new_path(cr);
    cairo_push_group(cr);
    hgm::Color opaque = style.fill;
    opaque.a = 255;
    set_color(cr, opaque);
    cairo_paint(cr);
    const double step = lines.spacing * std::sqrt(2.0);
    const double a = anchor.x + anchor.y;
    for (double k = std::floor((x1 + y1 - a) / step); k <= std::ceil((x2 + y2 - a) / step); ++k) {
      const double c = a + k * step;  // x + y = c
      cairo_move_to(cr, c - y1, y1);
      cairo_line_to(cr, c - y2, y2);
    }
    if (style.pattern == hgm::FillPattern::no_data) {
      const double b = anchor.y - anchor.x;
      for (double k = std::floor((y1 - x2 - b) / step); k <= std::ceil((y2 - x1 - b) / step); ++k) {
        const double c = b + k * step;  // y - x = c
        cairo_move_to(cr, x1, x1 + c);
        cairo_line_to(cr, x2, x2 + c);
      }
    }
    set_color(cr, style.pattern_color);
    cairo_set_line_width(cr, lines.width);
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
    cairo_stroke(cr);
    cairo_pop_group_to_source(cr);
    cairo_paint_with_alpha(cr, style.fill.a / 255.0);
    cairo_restore(cr);
    cairo_new_path(cr);
    cairo_append_path(cr, path);
    cairo_path_destroy(path);
  }

  void polygons(const Items<hgm::FramePolygon>& items) {
    cairo_set_fill_rule(cr, CAIRO_FILL_RULE_EVEN_ODD);
    for (const hgm::FramePolygon* polygon : items) {
      for (const hgm::Ring& ring : boundary_rings(polygon_triangles(*polygon))) add_ring(cr, ring, true);
      set_color(cr, polygon->fill);
      cairo_fill(cr);
    }
  }

  // Glyphs of `text` placed as Font::layout places them for the PNG, in runs of one face;
  // each glyph is one cluster of its character so the PDF's text is the text itself.
  template <class Draw>
  void glyph_runs(const hgm::FrameText& text, Draw draw) {
    const std::vector<PlacedGlyph> placed = font.layout(text.utf8, text.size_px);
    std::u32string chars;
    hgm::decode_utf8(text.utf8, chars);
    if (chars.size() != placed.size()) return;  // layout gives one glyph per character
    std::size_t start = 0;
    while (start < placed.size()) {
      std::size_t stop = start;
      std::vector<cairo_glyph_t> glyphs;
      std::vector<cairo_text_cluster_t> clusters;
      std::string utf8;
      while (stop < placed.size() && placed[stop].glyph.face == placed[start].glyph.face) {
        glyphs.push_back({placed[stop].glyph.index, text.x + placed[stop].x, text.y});
        const std::string character = hgm::encode_utf8(std::u32string_view(&chars[stop], 1));
        clusters.push_back({static_cast<int>(character.size()), 1});
        utf8 += character;
        ++stop;
      }
      cairo_set_font_face(cr, face(placed[start].glyph.face));
      cairo_set_font_size(cr, text.size_px);
      draw(glyphs, clusters, utf8);
      start = stop;
    }
  }
};

PdfBackend::PdfBackend(const Font& font, PdfOptions options) : impl_(std::make_unique<Impl>(font, options)) {}
PdfBackend::~PdfBackend() = default;

void PdfBackend::begin(const hgm::Frame& frame) {
  Impl& p = *impl_;
  p.frame = &frame;
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
  cairo_set_line_join(p.cr, CAIRO_LINE_JOIN_ROUND);
}

void PdfBackend::background(hgm::Color color) {
  if (color.a == 0) return;
  cairo_t* cr = impl_->cr;
  cairo_rectangle(cr, 0, 0, impl_->frame->width, impl_->frame->height);
  set_color(cr, color);
  cairo_fill(cr);
}

void PdfBackend::map(const MapLayer& map) {
  Impl& p = *impl_;
  cairo_t* cr = p.cr;
  cairo_save(cr);
  cairo_rectangle(cr, map.clip.left, map.clip.top, map.clip.width(), map.clip.height());
  cairo_clip(cr);
  cairo_set_fill_rule(cr, CAIRO_FILL_RULE_EVEN_ODD);
  const hgm::Scene& scene = *map.scene;
  const hgm::Vec2 anchor = pattern_anchor(pixel_mapping(*map.transform, scene_origin(scene)), *p.frame);
  for (const hgm::MapFeature& feature : scene.features) {
    add_shape(cr, feature.shape, *map.transform);
    p.paint_area(feature.style, anchor);
    cairo_new_path(cr);
  }
  // One stroke for every outline: shared borders drawn twice look like borders drawn
  // once, as the OpenGL outlines merged by maximum do.
  if (map.outlined) {
    for (const hgm::MapFeature& feature : scene.features) add_shape(cr, feature.shape, *map.transform);
    set_color(cr, p.frame->outline);
    cairo_set_line_width(cr, p.frame->outline_width_px);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    cairo_stroke(cr);
  }
  cairo_restore(cr);
}

void PdfBackend::rects(const Items<hgm::FrameRect>& rects) {
  Impl& p = *impl_;
  for (const hgm::FrameRect* r : rects) {
    cairo_rectangle(p.cr, r->rect.x, r->rect.y, r->rect.w, r->rect.h);
    p.paint_area(r->style, {});
    if (rect_is_stroked(*r)) {
      set_color(p.cr, r->stroke);
      cairo_set_line_width(p.cr, r->stroke_width);
      cairo_set_line_join(p.cr, CAIRO_LINE_JOIN_ROUND);
      cairo_stroke_preserve(p.cr);
    }
    cairo_new_path(p.cr);
  }
}

void PdfBackend::plain_polygons(const Items<hgm::FramePolygon>& polygons) { impl_->polygons(polygons); }
void PdfBackend::antialiased_polygons(const Items<hgm::FramePolygon>& polygons) { impl_->polygons(polygons); }

// Consecutive lines of one colour and width are one stroke, which paints their union
// once: where they overlap they do not darken (as in the OpenGL and SVG output).
void PdfBackend::lines(const Items<hgm::FrameLine>& lines) {
  cairo_t* cr = impl_->cr;
  cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
  const hgm::FrameLine* previous = nullptr;
  auto flush = [&] {
    if (previous == nullptr) return;
    set_color(cr, previous->color);
    cairo_set_line_width(cr, previous->width);
    cairo_stroke(cr);
  };
  for (const hgm::FrameLine* line : lines) {
    if (previous != nullptr && (!(previous->color == line->color) || previous->width != line->width)) flush();
    previous = line;
    const std::vector<hgm::Vec2> points = line_points(*line);
    add_ring(cr, points, line->closed && points.size() > 2);
  }
  flush();
}

void PdfBackend::texts(const Items<hgm::FrameText>& texts) {
  Impl& p = *impl_;
  cairo_t* cr = p.cr;
  for (const hgm::FrameText* text : texts) {
    if (const double halo_px = text_halo_px(*text); halo_px > 0) {
      // The halo: the glyph outlines filled and stroked in the halo colour, as one layer.
      cairo_push_group(cr);
      p.glyph_runs(*text, [&](const std::vector<cairo_glyph_t>& glyphs, const auto&, const std::string&) {
        cairo_glyph_path(cr, glyphs.data(), static_cast<int>(glyphs.size()));
      });
      hgm::Color opaque = text->halo;
      opaque.a = 255;
      set_color(cr, opaque);
      cairo_set_line_width(cr, 2 * halo_px);
      cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
      cairo_fill_preserve(cr);
      cairo_stroke(cr);
      cairo_pop_group_to_source(cr);
      cairo_paint_with_alpha(cr, text->halo.a / 255.0);
    }
    if (text->color.a == 0) continue;
    set_color(cr, text->color);
    p.glyph_runs(*text, [&](const std::vector<cairo_glyph_t>& glyphs, const std::vector<cairo_text_cluster_t>& clusters,
                            const std::string& utf8) {
      cairo_show_text_glyphs(cr, utf8.data(), static_cast<int>(utf8.size()), glyphs.data(),
                             static_cast<int>(glyphs.size()), clusters.data(), static_cast<int>(clusters.size()),
                             cairo_text_cluster_flags_t{});
    });
  }
}

void PdfBackend::end() {
  Impl& p = *impl_;
  cairo_show_page(p.cr);
  p.frame = nullptr;
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
