#include "render/frame_walk.h"

namespace hgm::render {

namespace {

template <class T, class Visible>
Items<T> visible_items(const std::vector<T>& all, Visible visible) {
  Items<T> items;
  for (const T& item : all)
    if (visible(item)) items.push_back(&item);
  return items;
}

}  // namespace

FrameLayers frame_layers(const hgm::Frame& frame) {
  FrameLayers layers;
  if (frame.scene != nullptr && !frame.scene->features.empty()) {
    const PixelBox clip = map_viewport_box(frame);
    if (!clip.empty()) layers.map = MapLayer{frame.scene, &frame.transform, clip, map_outlines_visible(frame), 0};
  }
  for (const hgm::FrameMap& panel : frame.panel_maps) {
    if (panel.scene == nullptr || panel.scene->features.empty()) continue;
    const PixelBox clip = viewport_box(panel.viewport, frame);
    if (!clip.empty())
      layers.panel_maps.push_back(
          MapLayer{panel.scene, &panel.transform, clip, map_outlines_visible(frame), layers.panel_maps.size() + 1});
  }
  layers.rects = visible_items(frame.rects, rect_is_visible);
  // Plain polygons first, then anti-aliased ones, as hgm::FramePolygon documents.
  layers.plain_polygons =
      visible_items(frame.polygons, [](const hgm::FramePolygon& p) { return !p.antialias && polygon_is_visible(p); });
  layers.antialiased_polygons =
      visible_items(frame.polygons, [](const hgm::FramePolygon& p) { return p.antialias && polygon_is_visible(p); });
  layers.lines = visible_items(frame.lines, line_is_visible);
  layers.texts = visible_items(frame.texts, text_is_visible);
  return layers;
}

void walk_frame(const hgm::Frame& frame, FrameBackend& backend) {
  const FrameLayers layers = frame_layers(frame);
  backend.begin(frame);
  backend.background(frame.background);
  if (layers.map) backend.map(*layers.map);
  for (const MapLayer& panel : layers.panel_maps) backend.map(panel);
  if (!layers.rects.empty()) backend.rects(layers.rects);
  if (!layers.plain_polygons.empty()) backend.plain_polygons(layers.plain_polygons);
  if (!layers.antialiased_polygons.empty()) backend.antialiased_polygons(layers.antialiased_polygons);
  if (!layers.lines.empty()) backend.lines(layers.lines);
  if (!layers.texts.empty()) backend.texts(layers.texts);
  backend.end();
}

}  // namespace hgm::render
