#pragma once
// Which pixels of the window a frame has to draw again. A frame that shows the same kept
// map as the frame before differs from it only where the interface did: the lists of
// interface drawing (a panel, a tooltip, the hover outline) that changed, where they were
// and where they are. Everything else is still right in the window's kept picture.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "render/frame_shapes.h"

namespace hgm::app {

// Boxes are framebuffer pixels, origin top-left.
using render::PixelBox;

// Pixels to draw again, as a few boxes: two changes far apart (a tooltip, the outline of
// the district under the pointer) are not drawn as the box around both, which would take
// in a panel between them.
class ChangedArea {
 public:
  static constexpr std::size_t kMostBoxes = 6;  // beyond, the box around all
  void add(const PixelBox& box);
  void add(const ChangedArea& other);
  const std::vector<PixelBox>& boxes() const { return boxes_; }
  bool empty() const { return boxes_.empty(); }
  PixelBox bounds() const;  // around all of it

 private:
  std::vector<PixelBox> boxes_;  // none overlapping another
};

// One list of interface drawing in a frame: which list (the same from frame to frame for
// one ImGui window), a digest of what it draws and the pixels its vertices reach.
struct UiListPrint {
  std::uintptr_t list = 0;
  std::uint64_t digest = 0;
  PixelBox bounds;
  friend bool operator==(const UiListPrint&, const UiListPrint&) = default;
};
// A frame's interface, its lists in the order they are drawn.
using UiPrint = std::vector<UiListPrint>;

// The pixels where `after` may differ from `before` over the same map: each list that is
// new, gone or changed, where it was and where it is; all of them when the lists both
// draw come in another order. Empty when the two draw the same.
ChangedArea changed_pixels(const UiPrint& before, const UiPrint& after);

// The frame last shown in the window: which kept map under what interface, and whether
// it was drawn into the window's kept picture (render::KeptFrame::put_with).
class ShownFrames {
 public:
  // A frame of kept map number `map` (the window counts the maps it keeps) under `ui`.
  void shown(std::uint64_t map, UiPrint ui, bool in_picture);
  // A frame drawn another way (the map moving or drawn straight onto the window, a blank
  // slide), or the window changed: the next frame is drawn whole.
  void forget();

  // Whether the last frame shown is `map` under `ui`: nothing to draw.
  bool last_is(std::uint64_t map, const UiPrint& ui) const;
  // What to draw again in the window's picture for a frame of `map` under `ui`; nullopt:
  // all of it (another map, or the picture does not hold the last frame).
  std::optional<ChangedArea> to_draw(std::uint64_t map, const UiPrint& ui) const;

 private:
  struct Frame {
    std::uint64_t map = 0;
    UiPrint ui;
    bool in_picture = false;
  };
  std::optional<Frame> last_;
};

}  // namespace hgm::app
