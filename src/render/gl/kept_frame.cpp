#include "render/kept_frame.h"

#include <algorithm>
#include <cmath>

#include "render/errors.h"
#include "render/gl/framebuffer.h"
#include "render/gl/gl_state.h"
#include "render/gl_info.h"
#include "render/map_renderer.h"

namespace hgm::render {

namespace {

// Beyond this many bytes of samples the picture is drawn without multisampling: a window
// that large is a test of limits, not a map to read, and drivers refuse or crawl there.
constexpr double kMaxSampleBytes = 512.0 * 1024 * 1024;

}  // namespace

PixelMotion motion_between(const MapTransform& from, const MapTransform& to) {
  PixelMotion m;
  m.scale = from.scale > 0 ? to.scale / from.scale : 1;
  m.shift = to.to_pixel(from.to_map({0, 0}));
  return m;
}

struct KeptFrame::Impl {
  int samples_wanted = 4;
  int width = 0, height = 0, samples = 0;
  bool kept = false;
  gl::Renderbuffer multisampled_color;
  gl::Framebuffer multisampled;
  gl::Renderbuffer color;
  gl::Framebuffer resolved;

  GLuint draw_target() const { return samples > 0 ? multisampled.id() : resolved.id(); }
  bool allocate(int w, int h);
  void blit_all() const {
    glBlitFramebuffer(0, 0, width, height, 0, 0, width, height, GL_COLOR_BUFFER_BIT, GL_NEAREST);
  }
};

// Called with the guard of draw() holding the caller's bindings.
bool KeptFrame::Impl::allocate(int w, int h) {
  kept = false;
  width = height = samples = 0;
  multisampled_color = {};
  multisampled = {};
  color = {};
  resolved = {};
  try {
    require_within_gl_limits(w, h);
  } catch (const hgm::EnvironmentError&) {
    return false;
  }
  while (glGetError() != GL_NO_ERROR) {
  }
  GLint max_samples = 0;
  glGetIntegerv(GL_MAX_SAMPLES, &max_samples);
  int s = std::min(samples_wanted, static_cast<int>(max_samples));
  if (s <= 1 || static_cast<double>(w) * h * 4 * s > kMaxSampleBytes) s = 0;
  color.allocate(GL_RGBA8, w, h);
  glBindFramebuffer(GL_FRAMEBUFFER, resolved.id());
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, color.id());
  bool complete = glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
  if (complete && s > 0) {
    multisampled_color.allocate(GL_RGBA8, w, h, s);
    glBindFramebuffer(GL_FRAMEBUFFER, multisampled.id());
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, multisampled_color.id());
    complete = glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
  }
  if (!complete || glGetError() != GL_NO_ERROR) {
    multisampled_color = {};
    multisampled = {};
    color = {};
    resolved = {};
    return false;
  }
  width = w;
  height = h;
  samples = s;
  return true;
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
  if (k.width != frame.width || k.height != frame.height)
    if (!k.allocate(frame.width, frame.height)) return false;
  glBindFramebuffer(GL_FRAMEBUFFER, k.draw_target());
  glViewport(0, 0, k.width, k.height);
  renderer.draw(frame);
  if (k.samples > 0) {
    glBindFramebuffer(GL_READ_FRAMEBUFFER, k.multisampled.id());
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, k.resolved.id());
    glDisable(GL_SCISSOR_TEST);
    k.blit_all();
  }
  k.kept = true;
  return true;
}

void KeptFrame::put() const {
  const Impl& k = *impl_;
  if (!k.kept) return;
  gl::GlStateGuard guard;
  glBindFramebuffer(GL_READ_FRAMEBUFFER, k.resolved.id());
  glDisable(GL_SCISSOR_TEST);
  k.blit_all();
}

void KeptFrame::put_moved(const PixelRect& area, const PixelMotion& motion, hgm::Color fill) const {
  const Impl& k = *impl_;
  if (!k.kept) return;
  gl::GlStateGuard guard;
  glBindFramebuffer(GL_READ_FRAMEBUFFER, k.resolved.id());
  glDisable(GL_SCISSOR_TEST);
  k.blit_all();
  // The area in whole pixels inside the picture; GL counts rows from the bottom.
  const int x0 = std::clamp(static_cast<int>(std::floor(area.x)), 0, k.width);
  const int y0 = std::clamp(static_cast<int>(std::floor(area.y)), 0, k.height);
  const int x1 = std::clamp(static_cast<int>(std::ceil(area.x + area.w)), 0, k.width);
  const int y1 = std::clamp(static_cast<int>(std::ceil(area.y + area.h)), 0, k.height);
  if (x1 <= x0 || y1 <= y0) return;
  glEnable(GL_SCISSOR_TEST);
  glScissor(x0, k.height - y1, x1 - x0, y1 - y0);
  glClearColor(static_cast<float>(fill.r) / 255.0f, static_cast<float>(fill.g) / 255.0f,
               static_cast<float>(fill.b) / 255.0f, static_cast<float>(fill.a) / 255.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  const auto moved = [&](double v, double shift) { return static_cast<GLint>(std::lround(v * motion.scale + shift)); };
  const bool same_size = std::abs(motion.scale - 1) < 1e-9;
  glBlitFramebuffer(x0, k.height - y1, x1, k.height - y0,  //
                    moved(x0, motion.shift.x), k.height - moved(y1, motion.shift.y), moved(x1, motion.shift.x),
                    k.height - moved(y0, motion.shift.y), GL_COLOR_BUFFER_BIT, same_size ? GL_NEAREST : GL_LINEAR);
}

}  // namespace hgm::render
