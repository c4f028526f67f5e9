#include "render/cairo/cairo_painter.h"

#include <cairo-ft.h>
#include <fontconfig/fontconfig.h>

#include <algorithm>
#include <cmath>
#include <optional>

#include "core/text/text_fold.h"
#include "render/png/png_frame.h"
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

// Drops the points of a ring in pixels that lie within a quarter pixel of the straight
// line between the points kept either side of them: they change no pixel of a raster by
// more than a shade, and the outline's stroke takes time in proportion to them (the 708
// districts of Viet Nam have 114,000 points, most of them closer together than that on a
// 4K picture). A run of dropped points is at most kLongestRun long, so the work stays in
// proportion to the points. A ring too small to keep three points is kept whole.
void thin_ring(hgm::Ring& ring) {
  constexpr double kTolerance = 0.25;
  constexpr std::size_t kLongestRun = 32;
  if (ring.size() < 4) return;
  hgm::Ring kept;
  kept.reserve(ring.size());
  kept.push_back(ring.front());
  std::size_t from = 0;  // the last kept point's index
  // Whether every point strictly between `from` and `to` is within the tolerance of the
  // segment between them.
  const auto straight = [&](std::size_t to) {
    const hgm::Vec2 a = ring[from], b = ring[to];
    const double dx = b.x - a.x, dy = b.y - a.y, length2 = dx * dx + dy * dy;
    for (std::size_t k = from + 1; k < to; ++k) {
      const double px = ring[k].x - a.x, py = ring[k].y - a.y;
      double d2;
      if (length2 == 0) {
        d2 = px * px + py * py;
      } else {
        const double t = std::clamp((px * dx + py * dy) / length2, 0.0, 1.0);
        const double ex = px - t * dx, ey = py - t * dy;
        d2 = ex * ex + ey * ey;
      }
      if (d2 > kTolerance * kTolerance) return false;
    }
    return true;
  };
  for (std::size_t i = 2; i < ring.size(); ++i) {
    if (i - from <= kLongestRun && straight(i)) continue;
    from = i - 1;
    kept.push_back(ring[from]);
  }
  kept.push_back(ring.back());
  if (kept.size() >= 3) ring = std::move(kept);
}

}  // namespace

std::vector<GlyphRun> glyph_runs(const Font& font, const hgm::FrameText& text) {
  std::vector<GlyphRun> runs;
  const std::vector<PlacedGlyph> placed = font.layout(text.utf8, text.size_px);
  std::u32string chars;
  hgm::decode_utf8(text.utf8, chars);
  if (chars.size() != placed.size()) return runs;  // layout gives one glyph per character
  for (std::size_t i = 0; i < placed.size(); ++i) {
    if (runs.empty() || runs.back().face != placed[i].glyph.face) runs.push_back({placed[i].glyph.face, {}, {}, {}});
    GlyphRun& run = runs.back();
    run.glyphs.push_back({placed[i].glyph.index, text.x + placed[i].x, text.y});
    const std::string character = hgm::encode_utf8(std::u32string_view(&chars[i], 1));
    run.clusters.push_back({static_cast<int>(character.size()), 1});
    run.utf8 += character;
  }
  return runs;
}

PreparedFrame::PreparedFrame(const Font& font, const hgm::Frame& frame) {
  const FrameLayers layers = frame_layers(frame);
  for (const hgm::FrameText* text : layers.texts) runs_.emplace(text, glyph_runs(font, *text));
  for (const Items<hgm::FramePolygon>* polygons : {&layers.plain_polygons, &layers.antialiased_polygons})
    for (const hgm::FramePolygon* polygon : *polygons) rings_.emplace(polygon, boundary_rings(polygon_triangles(*polygon)));
  std::vector<const MapLayer*> maps;
  if (layers.map) maps.push_back(&*layers.map);
  for (const MapLayer& panel : layers.panel_maps) maps.push_back(&panel);
  for (const MapLayer* map : maps) {
    std::vector<FeaturePixels>& features = features_[map->panel];
    features.reserve(map->scene->features.size());
    for (const hgm::MapFeature& feature : map->scene->features) {
      FeaturePixels f{pixel_rings(feature.shape, *map->transform), INFINITY, INFINITY, -INFINITY, -INFINITY};
      for (hgm::Ring& ring : f.rings) thin_ring(ring);
      for (const hgm::Ring& ring : f.rings)
        for (const hgm::Vec2& p : ring) {
          f.left = std::min(f.left, p.x);
          f.top = std::min(f.top, p.y);
          f.right = std::max(f.right, p.x);
          f.bottom = std::max(f.bottom, p.y);
        }
      features.push_back(std::move(f));
    }
  }
}

const std::vector<GlyphRun>* PreparedFrame::runs(const hgm::FrameText* text) const {
  const auto it = runs_.find(text);
  return it == runs_.end() ? nullptr : &it->second;
}

const std::vector<hgm::Ring>* PreparedFrame::rings(const hgm::FramePolygon* polygon) const {
  const auto it = rings_.find(polygon);
  return it == rings_.end() ? nullptr : &it->second;
}

const std::vector<PreparedFrame::FeaturePixels>* PreparedFrame::features(std::size_t panel) const {
  const auto it = features_.find(panel);
  return it == features_.end() ? nullptr : &it->second;
}

CairoPainter::CairoPainter(const Font& font, const PreparedFrame* prepared) : font_(font), prepared_(prepared) {}

CairoPainter::~CairoPainter() {
  for (auto& [number, cairo_face] : faces_) cairo_font_face_destroy(cairo_face);
}

void CairoPainter::start(cairo_t* cr, const hgm::Frame& frame) {
  cr_ = cr;
  frame_ = &frame;
  cairo_set_line_join(cr_, CAIRO_LINE_JOIN_ROUND);
}

// The exact file (and face inside it) the screen's glyphs come from, for cairo to draw
// (and a PDF to embed).
cairo_font_face_t* CairoPainter::face(std::uint16_t number) {
  auto it = faces_.find(number);
  if (it != faces_.end()) return it->second;
  FcPattern* pattern = FcPatternCreate();
  const std::string path = font_.face_path(number);
  FcPatternAddString(pattern, FC_FILE, reinterpret_cast<const FcChar8*>(path.c_str()));
  FcPatternAddInteger(pattern, FC_INDEX, font_.face_file_index(number));
  cairo_font_face_t* cairo_face = cairo_ft_font_face_create_for_pattern(pattern);
  FcPatternDestroy(pattern);
  return faces_.emplace(number, cairo_face).first->second;
}

namespace {

// The hatch of `style` over the box x1..x2, y1..y2, opaque (the caller clips it): its
// colour under lines across 45 degrees through `anchor`, laid out like
// shaders/pattern.glsl and the SVG's <pattern>s: "/" ones where (x - ax) + (y - ay) is a
// multiple of spacing * sqrt(2), and for no data also "\\" ones where (y - ay) - (x - ax) is.
void paint_hatch(cairo_t* cr, const hgm::AreaStyle& style, const PatternLines& lines, hgm::Vec2 anchor, double x1,
                 double y1, double x2, double y2) {
  // They run past the box by a line width: a butt end across a 45° line cut at its edge
  // would leave a notch there.
  x1 -= lines.width;
  y1 -= lines.width;
  x2 += lines.width;
  y2 += lines.width;
  cairo_new_path(cr);
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
}

bool is_hatched(const hgm::AreaStyle& style, const PatternLines& lines) {
  return style.fill.a > 0 && style.pattern != hgm::FillPattern::solid && lines.width > 0 && style.pattern_color.a > 0;
}

// The opaque hatched styles that many of a raster map's units share (CairoPainter::map),
// each filled from its hatch drawn once. Its lines span the box of those units in the
// frame, whatever part of it a band draws: cairo places a line's pixels by its ends, and
// bands cutting them shorter would make the PNG depend on the machine's core count.
class SharedHatches {
 public:
  // `prepared`: the units' boxes in pixels, or nothing (then a style spans `clip`, the
  // map's clip in the whole frame).
  SharedHatches(const hgm::Scene& scene, const std::vector<PreparedFrame::FeaturePixels>* prepared,
                const PixelBox& clip, const PatternLines& lines)
      : lines_(lines), style_of_(scene.features.size(), -1) {
    for (std::size_t i = 0; i < scene.features.size(); ++i) {
      const hgm::AreaStyle& style = scene.features[i].style;
      if (style.fill.a != 255 || !is_hatched(style, lines)) continue;
      auto it = std::find_if(styles_.begin(), styles_.end(), [&](const Shared& s) { return *s.style == style; });
      if (it == styles_.end()) it = styles_.insert(styles_.end(), Shared{&style, 0, {}, nullptr});
      style_of_[i] = static_cast<int>(it - styles_.begin());
      ++it->units;
      const PixelBox unit =
          prepared == nullptr
              ? clip
              : pixels_covering((*prepared)[i].left, (*prepared)[i].top, (*prepared)[i].right, (*prepared)[i].bottom, 1);
      it->across = united(it->across, unit);
    }
    for (Shared& s : styles_) s.across = intersection(s.across, clip);
  }
  ~SharedHatches() {
    for (Shared& s : styles_)
      if (s.layer != nullptr) cairo_pattern_destroy(s.layer);
  }
  SharedHatches(const SharedHatches&) = delete;
  SharedHatches& operator=(const SharedHatches&) = delete;

  // What unit `i` is filled from: its style's hatch with the lines through `anchor`, made
  // the first time for the pixels `drawn` (a band of the picture); nullptr when the unit
  // is hatched on its own (its style is not shared so much: the layer would cost more).
  cairo_pattern_t* layer_for(std::size_t i, hgm::Vec2 anchor, const PixelBox& drawn) {
    if (style_of_[i] < 0) return nullptr;
    Shared& s = styles_[static_cast<std::size_t>(style_of_[i])];
    if (s.units < kUnitsSharingAHatch) return nullptr;
    if (s.layer != nullptr) return s.layer;
    const PixelBox kept = intersection(s.across, drawn);
    if (kept.empty()) return nullptr;
    cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, kept.width(), kept.height());
    cairo_t* cr = cairo_create(surface);
    cairo_translate(cr, -kept.left, -kept.top);
    paint_hatch(cr, *s.style, lines_, anchor, s.across.left, s.across.top, s.across.right, s.across.bottom);
    cairo_destroy(cr);
    s.layer = cairo_pattern_create_for_surface(surface);
    cairo_surface_destroy(surface);
    cairo_matrix_t place;
    cairo_matrix_init_translate(&place, -kept.left, -kept.top);  // the layer's pixels where they belong
    cairo_pattern_set_matrix(s.layer, &place);
    return s.layer;
  }

 private:
  struct Shared {
    const hgm::AreaStyle* style;
    std::size_t units = 0;
    PixelBox across;  // the box of its units in the frame, a pixel round, within the map's clip
    cairo_pattern_t* layer = nullptr;
  };
  PatternLines lines_;
  std::vector<Shared> styles_;
  std::vector<int> style_of_;  // each unit's index in styles_, or -1
};

}  // namespace

// Fills the current path (kept) with an area style: a colour, or its hatch clipped to the
// path; the whole area at the fill's alpha.
void CairoPainter::paint_area(const hgm::AreaStyle& style, hgm::Vec2 anchor) {
  cairo_t* cr = cr_;
  const PatternLines lines = pattern_lines(*frame_);
  if (style.fill.a == 0) return;
  if (!is_hatched(style, lines)) {
    set_color(cr, style.fill);
    cairo_fill_preserve(cr);
    return;
  }
  cairo_path_t* path = cairo_copy_path(cr);
  // The lines span the area's extent within the frame: not the clip's, which a band of the
  // PNG cuts differently, and lines ending elsewhere are rounded to other pixels.
  double x1, y1, x2, y2;
  cairo_fill_extents(cr, &x1, &y1, &x2, &y2);
  x1 = std::max(x1, 0.0);
  y1 = std::max(y1, 0.0);
  x2 = std::min(x2, static_cast<double>(frame_->width));
  y2 = std::min(y2, static_cast<double>(frame_->height));
  cairo_save(cr);
  cairo_clip_preserve(cr);
  // A translucent area is drawn as one layer (its lines not darker where they cross the
  // fill); an opaque one, the usual, straight on the picture: no layer to allocate.
  const bool translucent = style.fill.a < 255;
  if (translucent) cairo_push_group(cr);
  paint_hatch(cr, style, lines, anchor, x1, y1, x2, y2);
  if (translucent) {
    cairo_pop_group_to_source(cr);
    cairo_paint_with_alpha(cr, style.fill.a / 255.0);
  }
  cairo_restore(cr);
  cairo_new_path(cr);
  cairo_append_path(cr, path);
  cairo_path_destroy(path);
}

void CairoPainter::background(hgm::Color color) {
  if (color.a == 0) return;
  cairo_rectangle(cr_, 0, 0, frame_->width, frame_->height);
  set_color(cr_, color);
  cairo_fill(cr_);
}

void CairoPainter::map(const MapLayer& map) {
  cairo_t* cr = cr_;
  cairo_save(cr);
  cairo_rectangle(cr, map.clip.left, map.clip.top, map.clip.width(), map.clip.height());
  cairo_clip(cr);
  cairo_set_fill_rule(cr, CAIRO_FILL_RULE_EVEN_ODD);
  const hgm::Scene& scene = *map.scene;
  const hgm::Vec2 anchor = pattern_anchor(pixel_mapping(*map.transform, scene_origin(scene)), *frame_);
  // Prepared features outside what is drawn here (a band of the picture, the viewport)
  // are skipped, outlines included: their half-width and a pixel of anti-aliasing around.
  const auto* prepared = prepared_ != nullptr ? prepared_->features(map.panel) : nullptr;
  if (prepared != nullptr && prepared->size() != scene.features.size()) prepared = nullptr;
  double left, top, right, bottom;
  cairo_clip_extents(cr, &left, &top, &right, &bottom);
  const double margin = frame_->outline_width_px / 2 + 1;
  const auto add = [&](std::size_t i) {
    if (prepared == nullptr) {
      add_shape(cr, scene.features[i].shape, *map.transform);
      return true;
    }
    const PreparedFrame::FeaturePixels& f = (*prepared)[i];
    if (f.right < left - margin || f.left > right + margin || f.bottom < top - margin || f.top > bottom + margin)
      return false;
    for (const hgm::Ring& ring : f.rings) add_ring(cr, ring, true);
    return true;
  };
  // On a raster, the units of an opaque hatched style that many units share are filled
  // from that hatch drawn once across them (SharedHatches): the same lines through the same
  // anchor, without a clip and a set of lines for each unit (708 districts without
  // figures: a third of the drawing's time). The lines end elsewhere than a unit's own
  // would, so pixels along them differ from those by a few levels. A PDF keeps its hatches
  // as lines.
  std::optional<SharedHatches> shared;
  if (cairo_surface_get_type(cairo_get_target(cr)) == CAIRO_SURFACE_TYPE_IMAGE)
    shared.emplace(scene, prepared, map.clip, pattern_lines(*frame_));
  // What this drawing reaches: a band of the picture within the map's clip.
  const PixelBox drawn = pixels_covering(left, top, right, bottom);
  for (std::size_t i = 0; i < scene.features.size(); ++i) {
    if (!add(i)) continue;
    if (cairo_pattern_t* layer = shared ? shared->layer_for(i, anchor, drawn) : nullptr) {
      cairo_set_source(cr, layer);
      cairo_fill(cr);
    } else {
      paint_area(scene.features[i].style, anchor);
    }
    cairo_new_path(cr);
  }
  // Shared borders drawn twice must look like borders drawn once, as the OpenGL outlines
  // merged by maximum do: one stroke of every outline. For hundreds of units (708
  // districts: two thirds of the drawing's time, the stroker sorting every border twice
  // over) an opaque outline is stroked a feature at a time instead: the same lines, only
  // their anti-aliased fringe a shade darker where two districts share a border.
  if (map.outlined) {
    set_color(cr, frame_->outline);
    cairo_set_line_width(cr, frame_->outline_width_px);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    constexpr std::size_t kOneStrokeUpTo = 64;  // features
    const bool one_stroke = frame_->outline.a < 255 || scene.features.size() <= kOneStrokeUpTo;
    for (std::size_t i = 0; i < scene.features.size(); ++i)
      if (add(i) && !one_stroke) cairo_stroke(cr);
    if (one_stroke) cairo_stroke(cr);
  }
  cairo_restore(cr);
}

void CairoPainter::rects(const Items<hgm::FrameRect>& rects) {
  cairo_t* cr = cr_;
  for (const hgm::FrameRect* r : rects) {
    cairo_rectangle(cr, r->rect.x, r->rect.y, r->rect.w, r->rect.h);
    paint_area(r->style, {});
    if (rect_is_stroked(*r)) {
      set_color(cr, r->stroke);
      cairo_set_line_width(cr, r->stroke_width);
      cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
      cairo_stroke_preserve(cr);
    }
    cairo_new_path(cr);
  }
}

void CairoPainter::polygons(const Items<hgm::FramePolygon>& items) {
  cairo_set_fill_rule(cr_, CAIRO_FILL_RULE_EVEN_ODD);
  for (const hgm::FramePolygon* polygon : items) {
    const std::vector<hgm::Ring>* shared = prepared_ != nullptr ? prepared_->rings(polygon) : nullptr;
    const std::vector<hgm::Ring> own = shared == nullptr ? boundary_rings(polygon_triangles(*polygon)) : std::vector<hgm::Ring>{};
    for (const hgm::Ring& ring : shared != nullptr ? *shared : own) add_ring(cr_, ring, true);
    set_color(cr_, polygon->fill);
    cairo_fill(cr_);
  }
}

// Consecutive lines of one colour and width are one stroke, which paints their union
// once: where they overlap they do not darken (as in the OpenGL and SVG output).
void CairoPainter::lines(const Items<hgm::FrameLine>& lines) {
  cairo_t* cr = cr_;
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

void CairoPainter::use_face(const GlyphRun& run, double size_px) {
  cairo_set_font_face(cr_, face(run.face));
  cairo_set_font_size(cr_, size_px);
}

void CairoPainter::texts(const Items<hgm::FrameText>& texts) {
  cairo_t* cr = cr_;
  for (const hgm::FrameText* text : texts) {
    const std::vector<GlyphRun>* shared = prepared_ != nullptr ? prepared_->runs(text) : nullptr;
    const std::vector<GlyphRun> own = shared == nullptr ? glyph_runs(font_, *text) : std::vector<GlyphRun>{};
    const std::vector<GlyphRun>& runs = shared != nullptr ? *shared : own;
    if (const double halo_px = text_halo_px(*text); halo_px > 0) {
      // The halo: the glyph outlines filled and stroked in the halo colour, as one layer
      // (where fill and stroke overlap it is not darker). A translucent halo is drawn in a
      // group only as large as the text: a group the size of a 4K image for each label
      // would cost more than the map.
      const auto glyph_path = [&] {
        for (const GlyphRun& run : runs) {
          use_face(run, text->size_px);
          cairo_glyph_path(cr, run.glyphs.data(), static_cast<int>(run.glyphs.size()));
        }
      };
      cairo_set_line_width(cr, 2 * halo_px);
      cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
      hgm::Color opaque = text->halo;
      opaque.a = 255;
      const bool translucent = text->halo.a < 255;
      glyph_path();
      if (translucent) {
        double x1, y1, x2, y2;
        cairo_stroke_extents(cr, &x1, &y1, &x2, &y2);
        cairo_new_path(cr);
        cairo_save(cr);
        cairo_rectangle(cr, std::floor(x1) - 1, std::floor(y1) - 1, std::ceil(x2 - x1) + 3, std::ceil(y2 - y1) + 3);
        cairo_clip(cr);
        cairo_push_group(cr);
        glyph_path();
      }
      set_color(cr, opaque);
      cairo_fill_preserve(cr);
      cairo_stroke(cr);
      if (translucent) {
        cairo_pop_group_to_source(cr);
        cairo_paint_with_alpha(cr, text->halo.a / 255.0);
        cairo_restore(cr);
      }
    }
    if (text->color.a == 0) continue;
    set_color(cr, text->color);
    for (const GlyphRun& run : runs) {
      use_face(run, text->size_px);
      cairo_show_text_glyphs(cr, run.utf8.data(), static_cast<int>(run.utf8.size()), run.glyphs.data(),
                             static_cast<int>(run.glyphs.size()), run.clusters.data(),
                             static_cast<int>(run.clusters.size()), cairo_text_cluster_flags_t{});
    }
  }
}

}  // namespace hgm::render
