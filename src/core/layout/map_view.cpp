#include "core/layout/map_view.h"

#include <algorithm>

namespace hgm {

namespace {
constexpr double kFitMargin = 0.94;  // leave a little air around the province
constexpr double kMinZoom = 0.25;
constexpr double kMaxZoom = 64.0;
}  // namespace

Vec2 MapTransform::to_pixel(Vec2 map) const {
  return {origin_x + (map.x - center.x) * scale, origin_y - (map.y - center.y) * scale};
}

Vec2 MapTransform::to_map(Vec2 pixel) const {
  return {center.x + (pixel.x - origin_x) / scale, center.y - (pixel.y - origin_y) / scale};
}

MapTransform MapView::transform(const Bounds& data, const PixelRect& viewport) const {
  MapTransform t;
  const double fit = (data.empty() || data.width() <= 0 || data.height() <= 0)
                         ? 1.0
                         : kFitMargin * std::min(viewport.w / data.width(), viewport.h / data.height());
  t.scale = fit * zoom;
  const Vec2 data_center = data.empty() ? Vec2{} : Vec2{(data.min_x + data.max_x) / 2, (data.min_y + data.max_y) / 2};
  t.center = {data_center.x + pan.x, data_center.y + pan.y};
  t.origin_x = viewport.x + viewport.w / 2;
  t.origin_y = viewport.y + viewport.h / 2;
  return t;
}

void MapView::zoom_at(const Bounds& data, const PixelRect& viewport, double px, double py, double factor) {
  const Vec2 anchor = transform(data, viewport).to_map({px, py});
  zoom = std::clamp(zoom * factor, kMinZoom, kMaxZoom);
  // Move the view so that `anchor` is under the cursor again.
  const Vec2 moved = transform(data, viewport).to_pixel(anchor);
  pan_by_pixels(data, viewport, px - moved.x, py - moved.y);
}

void MapView::pan_by_pixels(const Bounds& data, const PixelRect& viewport, double dx, double dy) {
  const double scale = transform(data, viewport).scale;
  pan.x -= dx / scale;
  pan.y += dy / scale;
}

}  // namespace hgm
