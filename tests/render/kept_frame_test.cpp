// The window's kept map picture (render/kept_frame.h) through real headless OpenGL: put
// back, it is pixel for pixel the frame drawn anew into a multisampled target; moved, it is
// the same pixels shifted inside the map's viewport only.
#include "render/kept_frame.h"

#include <glad/gl.h>
#include <gtest/gtest.h>

#include "render/gl/headless_context.h"
#include "render/gl/offscreen_target.h"
#include "render/map_renderer.h"
#include "render/text/font.h"
#include "test_scene.h"

namespace hgm::render {
namespace {

constexpr int kW = 320, kH = 200;

struct Drawing {
  HeadlessContext context;
  Font font = Font::regular();
  MapRenderer renderer{font};
  hgm::Scene scene = test::make_test_scene();
  hgm::Frame frame = test::make_test_frame(scene, kW, kH);

  Drawing() {
    frame.map_viewport = {40, 20, 240, 160};
    frame.transform.scale = 0.8;
    frame.transform.origin_x = 160;
    frame.transform.origin_y = 100;
  }
  // The frame drawn anew, as the window drew it before there was a kept picture.
  Image full_redraw() {
    OffscreenTarget target(kW, kH, 4);
    target.bind();
    renderer.draw(frame);
    return target.read();
  }
  // What `put` leaves on a window-like (single-sampled) framebuffer.
  template <class Put>
  Image composited(Put put) {
    OffscreenTarget window(kW, kH, 0);
    window.bind();
    put();
    return window.read();
  }
};

TEST(KeptFrame, PutBackIsTheFullRedrawPixelForPixel) {
  Drawing d;
  const Image full = d.full_redraw();
  ASSERT_EQ(full.pixel(60, 100), test::kSolidFill);  // the map is there to compare
  KeptFrame kept(4);
  ASSERT_TRUE(kept.draw(d.renderer, d.frame));
  EXPECT_TRUE(kept.kept());
  EXPECT_GT(kept.samples(), 1);
  // Put back twice (a hover frame, then the next): the same picture each time.
  for (int i = 0; i < 2; ++i) {
    const Image shown = d.composited([&] { kept.put(); });
    ASSERT_EQ(shown.width, kW);
    EXPECT_TRUE(shown.rgba == full.rgba) << "put back " << i + 1;
  }
}

// Made ready to move on the window's framebuffer, as the window does once the map is
// shown: the few pixels it blits there to have Mesa make a moved copy's shaders before the
// first wheel zoom are covered by put(), and no GL error is left behind.
TEST(KeptFrame, ReadyToMoveOnTheWindowPutsBackTheFullRedraw) {
  Drawing d;
  const Image full = d.full_redraw();
  OffscreenTarget window(kW, kH, 0);
  window.bind();
  KeptFrame kept(4);
  ASSERT_TRUE(kept.draw(d.renderer, d.frame));
  kept.prepare_to_move();
  EXPECT_EQ(glGetError(), static_cast<GLenum>(GL_NO_ERROR));
  window.bind();
  kept.put();
  EXPECT_TRUE(window.read().rgba == full.rgba);
}

// A picture drawn on the CPU (as the window does on a software OpenGL) is kept as it is
// and put back pixel for pixel, and a picture kept so needs no multisampled buffer: one
// drawn with OpenGL before gives its samples back.
TEST(KeptFrame, APictureFromTheCpuIsPutBackAsItIs) {
  Drawing d;
  KeptFrame kept(4);
  ASSERT_TRUE(kept.draw(d.renderer, d.frame));
  ASSERT_GT(kept.samples(), 1);
  Image picture;
  picture.width = kW;
  picture.height = kH;
  picture.rgba.resize(static_cast<std::size_t>(kW) * kH * 4);
  for (int y = 0; y < kH; ++y)
    for (int x = 0; x < kW; ++x) {
      std::uint8_t* p = &picture.rgba[(static_cast<std::size_t>(y) * kW + x) * 4];
      p[0] = static_cast<std::uint8_t>(x);
      p[1] = static_cast<std::uint8_t>(y);
      p[2] = static_cast<std::uint8_t>(x ^ y);
      p[3] = 255;
    }
  ASSERT_TRUE(kept.keep(picture));
  EXPECT_EQ(kept.samples(), 0);
  const Image shown = d.composited([&] { kept.put(); });
  EXPECT_TRUE(shown.rgba == picture.rgba) << "rows turned over or channels swapped";
}

TEST(KeptFrame, MovedPictureShiftsOnlyInsideTheViewport) {
  Drawing d;
  const Image full = d.full_redraw();
  KeptFrame kept(4);
  ASSERT_TRUE(kept.draw(d.renderer, d.frame));
  // A drag of (+17, +9) pixels.
  MapTransform dragged = d.frame.transform;
  dragged.origin_x += 17;
  dragged.origin_y += 9;
  const PixelMotion motion = motion_between(d.frame.transform, dragged);
  EXPECT_DOUBLE_EQ(motion.scale, 1);
  const hgm::Color fill{1, 2, 3, 255};
  const Image moved = d.composited([&] { kept.put_moved(d.frame.map_viewport, motion, fill); });
  const PixelRect& v = d.frame.map_viewport;
  int differing = 0;
  for (int y = 0; y < kH; ++y)
    for (int x = 0; x < kW; ++x) {
      const bool inside = v.contains(x, y);
      const bool uncovered = inside && !v.contains(x - 17, y - 9);
      const hgm::Color want = !inside ? full.pixel(x, y) : uncovered ? fill : full.pixel(x - 17, y - 9);
      if (moved.pixel(x, y) != want) ++differing;
    }
  EXPECT_EQ(differing, 0);
}

TEST(KeptFrame, MotionOfAZoomKeepsMapPointsTogether) {
  MapTransform from;
  from.scale = 0.8;
  from.center = {500, 700};
  from.origin_x = 160;
  from.origin_y = 100;
  MapTransform to = from;
  to.scale = 1.2 * 0.8;
  to.center = {520, 690};
  const PixelMotion m = motion_between(from, to);
  EXPECT_DOUBLE_EQ(m.scale, 1.2);
  for (const Vec2 p : {Vec2{500, 700}, Vec2{300, 900}, Vec2{812, 433}}) {
    const Vec2 before = from.to_pixel(p), after = to.to_pixel(p);
    EXPECT_NEAR(before.x * m.scale + m.shift.x, after.x, 1e-9);
    EXPECT_NEAR(before.y * m.scale + m.shift.y, after.y, 1e-9);
  }
}

TEST(KeptFrame, SizeBeyondTheDriverKeepsNothing) {
  Drawing d;
  d.frame.width = 100000;
  KeptFrame kept(4);
  EXPECT_FALSE(kept.draw(d.renderer, d.frame));
  EXPECT_FALSE(kept.kept());
}

// A window too large to keep a multisampled picture for (12000x12000 at 4x: 2.1 GiB of
// samples) keeps none, without trying; a 4K one keeps it.
TEST(KeptFrame, HugeWindowKeepsNoPicture) {
  EXPECT_TRUE(keeps_frame_at(3840, 2160));
  EXPECT_FALSE(keeps_frame_at(12000, 12000));
  Drawing d;
  d.frame.width = d.frame.height = 12000;
  KeptFrame kept(4);
  EXPECT_FALSE(kept.draw(d.renderer, d.frame));
  EXPECT_FALSE(kept.kept());
}

}  // namespace
}  // namespace hgm::render
