#pragma once
// A FrameBackend that draws nothing and records what it is handed: the name of each call
// and the items in it, for tests of the walk's order and of what it hands over.
#include <string>
#include <vector>

#include "render/frame_walk.h"

namespace hgm::render::test {

class RecordingBackend final : public FrameBackend {
 public:
  std::vector<std::string> calls;
  const hgm::Frame* frame = nullptr;
  hgm::Color background_color;
  std::vector<MapLayer> maps;
  Items<hgm::FrameRect> rect_items;
  Items<hgm::FramePolygon> plain_items, antialiased_items;
  Items<hgm::FrameLine> line_items;
  Items<hgm::FrameText> text_items;

  void begin(const hgm::Frame& f) override {
    calls.push_back("begin");
    frame = &f;
  }
  void background(hgm::Color color) override {
    calls.push_back("background");
    background_color = color;
  }
  void map(const MapLayer& layer) override {
    calls.push_back("map");
    maps.push_back(layer);
  }
  void rects(const Items<hgm::FrameRect>& items) override { record("rects", rect_items, items); }
  void plain_polygons(const Items<hgm::FramePolygon>& items) override { record("plain_polygons", plain_items, items); }
  void antialiased_polygons(const Items<hgm::FramePolygon>& items) override {
    record("antialiased_polygons", antialiased_items, items);
  }
  void lines(const Items<hgm::FrameLine>& items) override { record("lines", line_items, items); }
  void texts(const Items<hgm::FrameText>& items) override { record("texts", text_items, items); }
  void end() override { calls.push_back("end"); }

 private:
  template <class T>
  void record(const char* name, Items<T>& into, const Items<T>& items) {
    calls.push_back(name);
    into.insert(into.end(), items.begin(), items.end());
  }
};

}  // namespace hgm::render::test
