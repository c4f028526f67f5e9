#include "core/layout/frame_compose.h"

#include <stdexcept>

namespace hgm {

void append_drawing(Frame& into, const Frame& part, double dx, double dy) {
  const auto move = [&](Vec2 v) { return Vec2{v.x + dx, v.y + dy}; };
  for (FrameRect r : part.rects) {
    r.rect = {r.rect.x + dx, r.rect.y + dy, r.rect.w, r.rect.h};
    into.rects.push_back(r);
  }
  for (FramePolygon p : part.polygons) {
    for (Vec2& v : p.mesh.vertices) v = move(v);
    into.polygons.push_back(std::move(p));
  }
  for (FrameLine l : part.lines) {
    for (Vec2& v : l.points) v = move(v);
    into.lines.push_back(std::move(l));
  }
  for (FrameText t : part.texts) {
    t.x += dx;
    t.y += dy;
    into.texts.push_back(std::move(t));
  }
}

void place_chart(Frame& into, const Frame& part, double dx, double dy) {
  if (part.scene != nullptr || !part.panel_maps.empty())
    throw std::invalid_argument("place_chart: the part draws a map, which one frame cannot hold twice");
  append_drawing(into, part, dx, dy);
  for (FrameDistrictArea a : part.district_areas) {
    a.rect = {a.rect.x + dx, a.rect.y + dy, a.rect.w, a.rect.h};
    into.district_areas.push_back(std::move(a));
  }
}

Frame moved_chart(const Frame& chart, double dx, double dy) {
  Frame moved = chart;
  moved.rects.clear();
  moved.polygons.clear();
  moved.lines.clear();
  moved.texts.clear();
  moved.district_areas.clear();
  place_chart(moved, chart, dx, dy);
  moved.map_viewport.x += dx;
  moved.map_viewport.y += dy;
  return moved;
}

}  // namespace hgm
