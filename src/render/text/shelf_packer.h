#pragma once
// Places rectangles into a growing texture, row by row ("shelves"). Growing only adds
// room at the right and the bottom, so rectangles already placed keep their position.
#include <optional>
#include <vector>

namespace hgm::render {

struct PackedRect {
  int x = 0, y = 0;
};

class ShelfPacker {
 public:
  ShelfPacker(int width, int height, int padding = 1) : width_(width), height_(height), padding_(padding) {}

  std::optional<PackedRect> insert(int w, int h);
  void grow(int width, int height);  // never shrinks
  void clear() { shelves_.clear(); }
  int width() const { return width_; }
  int height() const { return height_; }

 private:
  struct Shelf {
    int y, height, used;
  };
  int width_, height_, padding_;
  std::vector<Shelf> shelves_;
};

}  // namespace hgm::render
