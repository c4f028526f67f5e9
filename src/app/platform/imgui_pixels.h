#pragma once
// Where ImGui's display points and clip rectangles fall in the framebuffer's pixels.
#include "render/frame_shapes.h"

struct ImDrawData;
struct ImVec2;
struct ImVec4;

namespace hgm::app {

// A point of ImGui's display in framebuffer pixels, origin top-left.
ImVec2 framebuffer_point(ImVec2 p, const ImDrawData& d);

// The pixels the OpenGL3 backend of ImGui 1.86 lets a command draw: its clip rectangle
// scaled to framebuffer pixels, each of position and size cut to whole pixels on its own
// (imgui_impl_opengl3.cpp), here with the origin top-left. The CPU's interface keeps to
// the same pixels.
render::PixelBox scissored_pixels(const ImVec4& clip, const ImDrawData& d, int framebuffer_height);

}  // namespace hgm::app
