#include "render/kept_frame.h"

#include <algorithm>
#include <cmath>

#include "render/errors.h"
#include "render/gl/framebuffer.h"
#include "render/gl/texture.h"
#include "render/gl/gl_state.h"
#include "render/gl_info.h"
#include "render/image.h"
#include "render/map_renderer.h"

namespace hgm::render {

namespace {

constexpr double kMaxSampleBytes = 512.0 * 1024 * 1024;  // see keeps_frame_at

}  // namespace

bool keeps_frame_at(int width, int height, int samples) {
  return static_cast<double>(width) * height * 4 * std::max(samples, 1) <= kMaxSampleBytes;
}

PixelMotion motion_between(const MapTransform& from, const MapTransform& to) {
  PixelMotion m;
  m.scale = from.scale > 0 ? to.scale / from.scale : 1;
  m.shift = to.to_pixel(from.to_map({0, 0}));
  return m;
}

// The picture is kept upside down (in GL's terms), in the byte order of a window's pixels,
// in `kept_picture`: a window's framebuffer is stored top row first, so putting the
// picture back is then a plain copy of memory for a software OpenGL (Mesa's llvmpipe copies
// 1920x1080 in about 1.5 ms this way, where a blit that turns it over samples every pixel
// through a shader: 12 ms or more). The map is drawn upside down for it
// (RowOrder::top_down), multisampled into `multisampled` and resolved straight into the
// kept picture, or without multisampling straight into it.
struct KeptFrame::Impl {
  int samples_wanted = 4;
  int width = 0, height = 0, samples = 0;
  int samples_asked = -1;  // at the last allocation
  bool kept = false;
  bool ready_to_move = false;
  gl::Renderbuffer multisampled_color;
  gl::Framebuffer multisampled;
  gl::Texture upside_down;
  gl::Framebuffer kept_picture;
  // The window's picture (put_with), in the kept picture's format and row order; made
  // when first asked for.
  gl::Texture window_texture;
  gl::Framebuffer window_picture;
  int window_width = 0, window_height = 0;

  GLuint draw_target() const { return samples > 0 ? multisampled.id() : kept_picture.id(); }
  bool allocate(int w, int h, int samples_asked_now);
  void warm_moved_copy(GLuint window) const;
  bool ensure_window_picture();
  void release() {
    multisampled_color = {};
    multisampled = {};
    upside_down = {};
    kept_picture = {};
    window_texture = {};
    window_picture = {};
    window_width = window_height = 0;
  }
  // The kept picture turned right side up onto the bound draw framebuffer (the read one
  // must be kept_picture).
  void put_all() const {
    glBlitFramebuffer(0, 0, width, height, 0, height, width, 0, GL_COLOR_BUFFER_BIT, GL_NEAREST);
  }
};

// Called with the guard of draw() or keep() holding the caller's bindings.
bool KeptFrame::Impl::allocate(int w, int h, int samples_asked_now) {
  kept = false;
  ready_to_move = false;
  width = height = samples = 0;
  samples_asked = samples_asked_now;
  release();
  try {
    require_within_gl_limits(w, h);
  } catch (const hgm::EnvironmentError&) {
    return false;
  }
  while (glGetError() != GL_NO_ERROR) {
  }
  GLint max_samples = 0;
  glGetIntegerv(GL_MAX_SAMPLES, &max_samples);
  int s = std::min(samples_asked_now, static_cast<int>(max_samples));
  if (s <= 1) s = 0;
  if (!keeps_frame_at(w, h, s)) return false;
  // Unsized RGBA with BGRA pixels: the driver picks the window's byte order (see Impl).
  // Resolved into, it has the samples' own format, as a multisampled blit requires.
  if (s > 0)
    upside_down.allocate(GL_RGBA8, w, h, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
  else
    upside_down.allocate(GL_RGBA, w, h, GL_BGRA, GL_UNSIGNED_BYTE, nullptr);
  glBindFramebuffer(GL_FRAMEBUFFER, kept_picture.id());
  glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, upside_down.id(), 0);
  bool complete = glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
  if (complete && s > 0) {
    multisampled_color.allocate(GL_RGBA8, w, h, s);
    glBindFramebuffer(GL_FRAMEBUFFER, multisampled.id());
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, multisampled_color.id());
    complete = glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
  }
  if (!complete || glGetError() != GL_NO_ERROR) {
    release();
    return false;
  }
  width = w;
  height = h;
  samples = s;
  return true;
}

// Called with a guard holding the caller's bindings.
bool KeptFrame::Impl::ensure_window_picture() {
  if (window_width == width && window_height == height) return true;
  while (glGetError() != GL_NO_ERROR) {
  }
  window_texture.allocate(GL_RGBA, width, height, GL_BGRA, GL_UNSIGNED_BYTE, nullptr);
  glBindFramebuffer(GL_FRAMEBUFFER, window_picture.id());
  glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, window_texture.id(), 0);
  if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE || glGetError() != GL_NO_ERROR) {
    window_texture = {};
    window_picture = {};
    window_width = window_height = 0;
    return false;
  }
  window_width = width;
  window_height = height;
  return true;
}

// Mesa makes the shaders of what put_moved does while the wheel turns (a scissored clear,
// a scaled and filtered blit turned over) the first time they are asked for, for the
// pixel format of the framebuffer drawn on: 40-60 ms on llvmpipe, which fell on the first
// frame of the first wheel zoom. The same on three pixels of `window` (the framebuffer the
// kept picture is put on, drawn over by put() before anything is shown) makes them
// beforehand (prepare_to_move).
void KeptFrame::Impl::warm_moved_copy(GLuint window) const {
  if (width < 4 || height < 4) return;
  glBindFramebuffer(GL_READ_FRAMEBUFFER, kept_picture.id());
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, window);
  // None to draw on (a surfaceless context's framebuffer 0): nothing to make ready.
  if (glCheckFramebufferStatus(GL_DRAW_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE) return;
  glEnable(GL_SCISSOR_TEST);
  glScissor(0, 0, 3, 3);
  glClear(GL_COLOR_BUFFER_BIT);
  glBlitFramebuffer(0, 0, 2, 2, 0, 3, 3, 0, GL_COLOR_BUFFER_BIT, GL_LINEAR);
  glDisable(GL_SCISSOR_TEST);
}

KeptFrame::KeptFrame(int samples_wanted) : impl_(std::make_unique<Impl>()) { impl_->samples_wanted = samples_wanted; }
KeptFrame::~KeptFrame() = default;
KeptFrame::KeptFrame(KeptFrame&&) noexcept = default;
KeptFrame& KeptFrame::operator=(KeptFrame&&) noexcept = default;

bool KeptFrame::kept() const { return impl_->kept; }
int KeptFrame::samples() const { return impl_->samples; }

bool KeptFrame::draw(MapRenderer& renderer, const hgm::Frame& frame) {
  Impl& k = *impl_;
  gl::GlStateGuard guard;  // the window's bindings, viewport and scissor come back after
  if (k.width != frame.width || k.height != frame.height || k.samples_asked != k.samples_wanted)
    if (!k.allocate(frame.width, frame.height, k.samples_wanted)) return false;
  glBindFramebuffer(GL_FRAMEBUFFER, k.draw_target());
  glViewport(0, 0, k.width, k.height);
  renderer.draw(frame, RowOrder::top_down);
  glDisable(GL_SCISSOR_TEST);
  if (k.samples > 0) {
    glBindFramebuffer(GL_READ_FRAMEBUFFER, k.multisampled.id());
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, k.kept_picture.id());
    glBlitFramebuffer(0, 0, k.width, k.height, 0, 0, k.width, k.height, GL_COLOR_BUFFER_BIT, GL_NEAREST);
  }
  k.kept = true;
  return true;
}

bool KeptFrame::prepare_to_move() {
  Impl& k = *impl_;
  if (!k.kept || k.ready_to_move) return false;
  gl::GlStateGuard guard;
  GLint window = 0;
  glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &window);
  k.warm_moved_copy(static_cast<GLuint>(window));
  k.ready_to_move = true;
  return true;
}

bool KeptFrame::keep(const Image& picture) {
  Impl& k = *impl_;
  gl::GlStateGuard guard;
  // No samples to draw into: a picture that was multisampled gives them back.
  if (k.width != picture.width || k.height != picture.height || k.samples_asked != 0)
    if (!k.allocate(picture.width, picture.height, 0)) return false;
  while (glGetError() != GL_NO_ERROR) {
  }
  glBindTexture(GL_TEXTURE_2D, k.upside_down.id());
  glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
  glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
  // Rows top down are what the kept picture keeps first (see Impl): no turning over.
  glTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, picture.width, picture.height, GL_RGBA, GL_UNSIGNED_BYTE,
                  picture.rgba.data());
  k.kept = glGetError() == GL_NO_ERROR;
  return k.kept;
}

void KeptFrame::put() const {
  const Impl& k = *impl_;
  if (!k.kept) return;
  gl::GlStateGuard guard;
  glBindFramebuffer(GL_READ_FRAMEBUFFER, k.kept_picture.id());
  glDisable(GL_SCISSOR_TEST);
  glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);  // a masked blit is no plain copy
  k.put_all();
}

bool KeptFrame::put_with(const std::vector<PixelBox>& areas, const std::function<void()>& draw_over) {
  Impl& k = *impl_;
  if (!k.kept) return false;
  gl::GlStateGuard guard;
  GLint window = 0;
  glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &window);
  if (!k.ensure_window_picture()) return false;
  glDisable(GL_SCISSOR_TEST);
  glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
  // Both keep their rows top down: the kept map's pixels are copied as they are.
  glBindFramebuffer(GL_READ_FRAMEBUFFER, k.kept_picture.id());
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, k.window_picture.id());
  for (const PixelBox& area : areas) {
    const PixelBox in = intersection(area, {0, 0, k.width, k.height});
    if (!in.empty())
      glBlitFramebuffer(in.left, in.top, in.right, in.bottom, in.left, in.top, in.right, in.bottom, GL_COLOR_BUFFER_BIT,
                        GL_NEAREST);
  }
  glBindFramebuffer(GL_FRAMEBUFFER, k.window_picture.id());
  glViewport(0, 0, k.width, k.height);
  draw_over();
  glDisable(GL_SCISSOR_TEST);
  glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
  glBindFramebuffer(GL_READ_FRAMEBUFFER, k.window_picture.id());
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, static_cast<GLuint>(window));
  k.put_all();
  return true;
}

void KeptFrame::put_moved(const PixelRect& area, const PixelMotion& motion, hgm::Color fill) const {
  const Impl& k = *impl_;
  if (!k.kept) return;
  gl::GlStateGuard guard;
  glBindFramebuffer(GL_READ_FRAMEBUFFER, k.kept_picture.id());
  glDisable(GL_SCISSOR_TEST);
  glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
  k.put_all();
  // The area in whole pixels inside the picture. GL counts the target's rows from the
  // bottom; the kept picture, upside down, has its rows top row first.
  const PixelBox box =
      intersection(pixels_covering(area.x, area.y, area.x + area.w, area.y + area.h), {0, 0, k.width, k.height});
  if (box.empty()) return;
  const int x0 = box.left, y0 = box.top, x1 = box.right, y1 = box.bottom;
  glEnable(GL_SCISSOR_TEST);
  glScissor(x0, k.height - y1, x1 - x0, y1 - y0);
  glClearColor(static_cast<float>(fill.r) / 255.0f, static_cast<float>(fill.g) / 255.0f,
               static_cast<float>(fill.b) / 255.0f, static_cast<float>(fill.a) / 255.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  if (std::abs(motion.scale - 1) < 1e-9) {
    // A drag: whole pixels, clipped here rather than by the scissor, so it stays a copy.
    glDisable(GL_SCISSOR_TEST);
    const int dx = static_cast<int>(std::lround(motion.shift.x)), dy = static_cast<int>(std::lround(motion.shift.y));
    const int left = std::max(x0, x0 + dx), right = std::min(x1, x1 + dx);  // where the area lands, in the area
    const int top = std::max(y0, y0 + dy), bottom = std::min(y1, y1 + dy);
    if (right <= left || bottom <= top) return;
    glBlitFramebuffer(left - dx, top - dy, right - dx, bottom - dy, left, k.height - top, right, k.height - bottom,
                      GL_COLOR_BUFFER_BIT, GL_NEAREST);
    return;
  }
  const auto moved = [&](double v, double shift) { return static_cast<GLint>(std::lround(v * motion.scale + shift)); };
  glBlitFramebuffer(x0, y0, x1, y1,  //
                    moved(x0, motion.shift.x), k.height - moved(y0, motion.shift.y), moved(x1, motion.shift.x),
                    k.height - moved(y1, motion.shift.y), GL_COLOR_BUFFER_BIT, GL_LINEAR);
}

}  // namespace hgm::render
