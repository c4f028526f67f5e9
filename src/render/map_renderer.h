#pragma once
// Draws a Frame with OpenGL 3.3 core into the framebuffer bound when draw() is called,
// in the order frame_walk.h decides (the OpenGL backend is gl/gl_backend.h): background,
// map fills (solid, hatch, no data) and anti-aliased outlines, rectangles, polygons,
// anti-aliased lines and texts with halos. Used by the window (default framebuffer) and
// the offscreen renderer.
#include <cstdint>
#include <memory>

#include "core/layout/frame.h"
#include "render/row_order.h"

namespace hgm::render {

class Font;

class MapRenderer {
 public:
  // Needs a current OpenGL 3.3 core context with the functions loaded (HeadlessContext,
  // or load_gl_functions() in a window). Keeps a reference to `font`, which must outlive
  // the renderer. Throws GlError if a shader does not compile. The renderer's GL objects
  // belong to that context: destroy the renderer while it is current.
  explicit MapRenderer(const Font& font);
  ~MapRenderer();
  MapRenderer(MapRenderer&&) noexcept;
  MapRenderer& operator=(MapRenderer&&) noexcept;
  MapRenderer(const MapRenderer&) = delete;
  MapRenderer& operator=(const MapRenderer&) = delete;

  // Draws `frame` into the currently bound draw framebuffer, which must be
  // frame.width x frame.height. Scene geometry is uploaded on first use and reused while
  // the Scene object and generation() stay the same; styles (colours, patterns) are read
  // afresh every time, so recolouring needs no invalidate(). The GL state the renderer
  // changes is restored before returning.
  // `rows`: the order the framebuffer keeps rows in. Top down draws the frame upside down
  // in OpenGL's terms, so that it is copied onto a window as plain memory (kept_frame.h).
  void draw(const hgm::Frame& frame, RowOrder rows = RowOrder::bottom_up);
  // Draws rows first_row .. first_row + rows (from the top) of `frame`, the same pixels as
  // draw() gives them, into the bound draw framebuffer, which must be frame.width x rows:
  // a large image in bands, each needing GL memory for its rows only.
  void draw_band(const hgm::Frame& frame, int first_row, int rows);

  // Call when a Scene's shapes or meshes changed in place (same object, new geometry).
  void invalidate();
  std::uint64_t generation() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace hgm::render
