#pragma once
// The window's map kept between frames: a Frame drawn once into a picture of the window's
// size (by OpenGL, multisampled then resolved, or on the CPU and handed over) and copied
// back onto the window each frame, so a frame where only the interface changed (hover
// outline, tooltip, panel) costs a copy instead of drawing the map again. While the map is dragged or zoomed, the kept picture
// is put back moved and scaled inside the map's viewport until the window lays the new
// view out and draws it sharp.
#include <functional>
#include <memory>
#include <vector>

#include "core/layout/frame.h"
#include "render/frame_shapes.h"

namespace hgm::render {

class MapRenderer;
struct Image;

// How pixels of a kept picture move: new = old * scale + shift (pixels, y down).
struct PixelMotion {
  double scale = 1;
  Vec2 shift;
};
// The motion taking the pixels a map drawn through `from` has to where `to` draws the
// same map points.
PixelMotion motion_between(const MapTransform& from, const MapTransform& to);

// Whether a window of width x height pixels keeps its map multisampled in a KeptFrame.
// Beyond (a test of limits, not a map to read: 512 MiB of samples) no picture is kept and
// the map is drawn straight onto the window, which is then to be multisampled itself.
bool keeps_frame_at(int width, int height, int samples = 4);

class KeptFrame {
 public:
  // Needs a current OpenGL 3.3 core context for its whole life; `samples_wanted` is the
  // multisampling of the drawing, clamped to what the driver offers.
  explicit KeptFrame(int samples_wanted = 4);
  ~KeptFrame();
  KeptFrame(KeptFrame&&) noexcept;
  KeptFrame& operator=(KeptFrame&&) noexcept;
  KeptFrame(const KeptFrame&) = delete;
  KeptFrame& operator=(const KeptFrame&) = delete;

  // Draws `frame` with `renderer` into the kept picture, which becomes frame.width x
  // frame.height. False when no picture that large is kept (keeps_frame_at) or can be
  // made here (beyond the driver's limits or its memory): nothing is kept then, and the
  // caller draws the frame directly.
  bool draw(MapRenderer& renderer, const hgm::Frame& frame);
  // Keeps `picture` (8-bit RGBA, rows top down, opaque), drawn elsewhere: on the CPU by
  // the export's renderer (png/png_frame.h). False as draw() is.
  bool keep(const Image& picture);
  bool kept() const;
  int samples() const;  // of the drawing; 0 when not multisampled

  // Makes ready, on the bound draw framebuffer, what put_moved() needs the driver to
  // prepare the first time (tens of milliseconds on a software OpenGL), once per kept
  // picture's size. Leaves a few pixels of that framebuffer changed: call it after a frame
  // is shown, before one that puts the whole picture back. False when it did nothing
  // (nothing kept, or made ready already).
  bool prepare_to_move();

  // Copies the kept picture onto the bound draw framebuffer, which must be its size and
  // not multisampled. Nothing when nothing is kept.
  void put() const;
  // The window's picture, kept too: the kept map with what `draw_over` draws over it (the
  // interface), put onto the bound draw framebuffer (as put()). Only the pixels in `areas`
  // (framebuffer pixels, origin top-left) are made again, from the kept map and then
  // `draw_over`, which draws into the picture with its rows top down (RowOrder::top_down)
  // and must keep to those areas; the rest is the picture as the last call left it. False,
  // doing nothing, when nothing is kept or there is no memory for the picture.
  bool put_with(const std::vector<PixelBox>& areas, const std::function<void()>& draw_over);
  // The same with the pixels inside `area` moved by `motion` and clipped to `area`; what
  // the move uncovers inside `area` is `fill`.
  void put_moved(const PixelRect& area, const PixelMotion& motion, hgm::Color fill) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace hgm::render
