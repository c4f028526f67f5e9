#include "render/text/shelf_packer.h"

#include <algorithm>

namespace hgm::render {

std::optional<PackedRect> ShelfPacker::insert(int w, int h) {
  if (w <= 0 || h <= 0) return PackedRect{0, 0};
  const int pw = w + padding_;
  const int ph = h + padding_;
  if (pw > width_) return std::nullopt;
  // Best fit among the shelves tall enough, wasting the least height.
  Shelf* best = nullptr;
  for (Shelf& shelf : shelves_) {
    if (shelf.height >= ph && shelf.used + pw <= width_ && (!best || shelf.height < best->height)) best = &shelf;
  }
  if (best && best->height <= ph + ph / 2 + 2) {
    const PackedRect at{best->used, best->y};
    best->used += pw;
    return at;
  }
  const int top = shelves_.empty() ? 0 : shelves_.back().y + shelves_.back().height;
  if (top + ph <= height_) {
    shelves_.push_back({top, ph, pw});
    return PackedRect{0, top};
  }
  if (best) {  // no room for a new shelf: accept a loose fit
    const PackedRect at{best->used, best->y};
    best->used += pw;
    return at;
  }
  return std::nullopt;
}

void ShelfPacker::grow(int width, int height) {
  width_ = std::max(width_, width);
  height_ = std::max(height_, height);
}

}  // namespace hgm::render
