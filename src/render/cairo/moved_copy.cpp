#include "render/moved_copy.h"

#include <cairo.h>

namespace hgm::render {

namespace {

cairo_surface_t* surface_over(const XrgbPixels& p) {
  return cairo_image_surface_create_for_data(p.data, CAIRO_FORMAT_RGB24, p.width, p.height, p.stride);
}

}  // namespace

void copy_moved(const XrgbPixels& from, const XrgbPixels& to, const PixelBox& area, const PixelMotion& motion) {
  if (intersection(area, {0, 0, from.width, from.height}).empty()) return;
  cairo_surface_t* source = surface_over(from);
  cairo_surface_t* target = surface_over(to);
  cairo_t* cr = cairo_create(target);
  cairo_rectangle(cr, area.left, area.top, area.width(), area.height());
  cairo_clip(cr);
  cairo_translate(cr, motion.shift.x, motion.shift.y);
  cairo_scale(cr, motion.scale, motion.scale);
  // Only the area's own pixels move (the title or legend beside a map must not be drawn
  // shrunk into it when the wheel zooms out).
  const PixelBox moving = intersection(area, {0, 0, from.width, from.height});
  cairo_surface_t* part =
      cairo_surface_create_for_rectangle(source, moving.left, moving.top, moving.width(), moving.height());
  cairo_set_source_surface(cr, part, moving.left, moving.top);
  cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_BILINEAR);
  cairo_paint(cr);  // over: outside the part its source is transparent
  cairo_destroy(cr);
  cairo_surface_flush(target);
  cairo_surface_destroy(part);
  cairo_surface_destroy(target);
  cairo_surface_destroy(source);
}

}  // namespace hgm::render
