#pragma once
// Which pixels of the window a frame has to draw again. A frame that shows the same kept
// map as the frame before differs from it only where the interface did: the lists of
// interface drawing (a panel, a tooltip, the hover outline) that changed, where they were
// and where they are. Everything else is still right in the window's kept picture.
#include <cstddef>
#include <cstdint>
#include <memory>
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

// What one list draws, kept to find which of its triangles changed from one frame to the
// next: a button lit under the pointer changes the colour of a few vertices of a panel's
// list, and only the pixels of those triangles need drawing again, not the whole panel.
struct UiListDrawing {
  struct Vertex {
    float x = 0, y = 0;  // framebuffer pixels, origin top-left
    float u = 0, v = 0;  // the place in the texture
    std::uint32_t colour = 0;
    friend bool operator==(const Vertex&, const Vertex&) = default;
  };
  // A run of triangles (indices first_index .. first_index + indices, counted from
  // first_vertex) drawn with one texture within the pixels `clip` lets it draw.
  struct Command {
    PixelBox clip;
    std::uintptr_t texture = 0;
    std::uint32_t first_vertex = 0, first_index = 0, indices = 0;
    friend bool operator==(const Command&, const Command&) = default;
  };
  std::vector<Vertex> vertices;
  std::vector<std::uint32_t> indices;
  std::vector<Command> commands;
};

// One list of interface drawing in a frame: which list (the same from frame to frame for
// one ImGui window), a digest of what it draws and the pixels its vertices reach, and
// what it draws (when kept: without it, a changed list is drawn again whole).
struct UiListPrint {
  std::uintptr_t list = 0;
  std::uint64_t digest = 0;
  PixelBox bounds;
  std::shared_ptr<const UiListDrawing> drawing;
  // The same list drawing the same (the digest says so; the drawing is only its detail).
  friend bool operator==(const UiListPrint& a, const UiListPrint& b) {
    return a.list == b.list && a.digest == b.digest && a.bounds == b.bounds;
  }
};
// A frame's interface, its lists in the order they are drawn.
using UiPrint = std::vector<UiListPrint>;

// The pixels where `after` may differ from `before` over the same map: each list that is
// new, gone or changed, where it was and where it is; all of them when the lists both
// draw come in another order. Empty when the two draw the same. A changed list whose
// drawing both frames kept, with the same commands and as many vertices and indices, is
// drawn again only where its changed triangles were and are.
ChangedArea changed_pixels(const UiPrint& before, const UiPrint& after);

// Where the triangles that differ between two drawings of one list were and are, each a
// pixel wider all round (anti-aliased edges) and within its command's clip; nullopt when
// the two are not laid out alike (other commands, more or fewer vertices or indices).
std::optional<ChangedArea> changed_triangles(const UiListDrawing& before, const UiListDrawing& after);

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
