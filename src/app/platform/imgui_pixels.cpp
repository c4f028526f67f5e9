#include "app/platform/imgui_pixels.h"

#include <imgui.h>

namespace hgm::app {

ImVec2 framebuffer_point(ImVec2 p, const ImDrawData& d) {
  return {(p.x - d.DisplayPos.x) * d.FramebufferScale.x, (p.y - d.DisplayPos.y) * d.FramebufferScale.y};
}

render::PixelBox scissored_pixels(const ImVec4& clip, const ImDrawData& d, int framebuffer_height) {
  const ImVec2 low = framebuffer_point({clip.x, clip.y}, d), high = framebuffer_point({clip.z, clip.w}, d);
  if (high.x <= low.x || high.y <= low.y) return {};
  const int left = static_cast<int>(low.x), width = static_cast<int>(high.x - low.x);
  const int bottom = framebuffer_height - static_cast<int>(static_cast<float>(framebuffer_height) - high.y);
  return {left, bottom - static_cast<int>(high.y - low.y), left + width, bottom};
}

}  // namespace hgm::app
