#include "app/platform/imgui_software.h"

#include <imgui.h>
#include <SDL.h>

#include <algorithm>
#include <array>
#include <cmath>

#include "app/platform/imgui_pixels.h"
#include "core/errors.h"

namespace hgm::app {

namespace {

struct Vertex {
  double x, y;     // framebuffer pixels
  double u, v;     // atlas texels
  double rgba[4];  // 0..255
};

Vertex vertex_of(const ImDrawVert& v, const ImDrawData& d, int atlas_w, int atlas_h) {
  const ImVec2 p = framebuffer_point(v.pos, d);
  const ImU32 c = v.col;
  return {p.x,
          p.y,
          static_cast<double>(v.uv.x) * atlas_w,
          static_cast<double>(v.uv.y) * atlas_h,
          {static_cast<double>((c >> IM_COL32_R_SHIFT) & 0xFF), static_cast<double>((c >> IM_COL32_G_SHIFT) & 0xFF),
           static_cast<double>((c >> IM_COL32_B_SHIFT) & 0xFF), static_cast<double>((c >> IM_COL32_A_SHIFT) & 0xFF)}};
}

// Where a pixel of the target (SDL_PIXELFORMAT_RGB888) keeps each of red, green and blue.
constexpr Uint32 kShift[3] = {16, 8, 0};

// The edge from a to b, as OpenGL decides which pixel centres a triangle covers: inside
// when positive, and on the edge only for an edge that is top or left in OpenGL's y-up
// window coordinates (so triangles sharing an edge do not both draw its pixels); with the
// rows here counted downwards, that is a bottom or left edge, as Mesa draws a window.
struct Edge {
  double a, b, c;  // value at (x, y) = a x + b y + c
  bool owns_zero;
  Edge(const Vertex& p, const Vertex& q, bool clockwise) {
    a = p.y - q.y;
    b = q.x - p.x;
    c = p.x * q.y - p.y * q.x;
    if (!clockwise) a = -a, b = -b, c = -c;
    owns_zero = a > 0 || (a == 0 && b < 0);
  }
  bool covers(double w) const { return w > 0 || (w == 0 && owns_zero); }
  // Narrows [from, to) to the pixels of a row whose centres may be inside, `row` being
  // b y + c there, keeping up to a pixel more on the left and one more on the right:
  // covers() decides each of them exactly.
  void narrow(double row, int& from, int& to) const {
    if (a == 0) {
      if (!covers(row)) to = from;
      return;
    }
    const double edge_x = -row / a - 0.5;  // where the value is 0, in pixel indices
    if (a > 0 && edge_x > from) from = edge_x >= to ? to : static_cast<int>(std::floor(edge_x));
    if (a < 0 && edge_x + 2 < to) to = edge_x + 2 <= from ? from : static_cast<int>(std::floor(edge_x)) + 2;
  }
};

std::uint8_t to_byte(double v) { return static_cast<std::uint8_t>(std::clamp(static_cast<int>(v + 0.5), 0, 255)); }

// Each pixel's colour is worked out on its own from its centre, the same whatever part of
// the frame is drawn.
void draw_triangle(const Vertex& v0, const Vertex& v1, const Vertex& v2, const render::PixelBox& clip,
                   const std::vector<std::uint8_t>& atlas, int atlas_w, int atlas_h, SDL_Surface& target) {
  const double area = (v1.x - v0.x) * (v2.y - v0.y) - (v1.y - v0.y) * (v2.x - v0.x);
  if (area == 0 || !std::isfinite(area)) return;
  const bool clockwise = area > 0;  // in y-down pixels
  const Edge e0(v1, v2, clockwise), e1(v2, v0, clockwise), e2(v0, v1, clockwise);
  const double inverse = 1 / std::abs(area);
  const render::PixelBox box = render::intersection(
      render::pixels_covering(std::min({v0.x, v1.x, v2.x}), std::min({v0.y, v1.y, v2.y}), std::max({v0.x, v1.x, v2.x}),
                              std::max({v0.y, v1.y, v2.y})),
      clip);
  if (box.empty()) return;
  const int left = box.left, right = box.right, top = box.top, bottom = box.bottom;
  // A solid fill (one colour, one texel) needs nothing interpolated.
  const bool one_colour = std::equal(v0.rgba, v0.rgba + 4, v1.rgba) && std::equal(v0.rgba, v0.rgba + 4, v2.rgba);
  const bool one_texel = v0.u == v1.u && v0.u == v2.u && v0.v == v1.v && v0.v == v2.v;
  const auto texel = [&](double u, double v) -> double {
    const int tx = std::clamp(static_cast<int>(std::floor(u)), 0, atlas_w - 1);
    const int ty = std::clamp(static_cast<int>(std::floor(v)), 0, atlas_h - 1);
    return atlas[static_cast<std::size_t>(ty) * static_cast<std::size_t>(atlas_w) + static_cast<std::size_t>(tx)];
  };
  const double solid_alpha = one_colour && one_texel ? v0.rgba[3] * texel(v0.u, v0.v) / (255.0 * 255.0) : -1;
  const Uint32 solid_pixel = (Uint32{to_byte(v0.rgba[0])} << kShift[0]) | (Uint32{to_byte(v0.rgba[1])} << kShift[1]) |
                             (Uint32{to_byte(v0.rgba[2])} << kShift[2]);
  for (int y = top; y < bottom; ++y) {
    const double cy = y + 0.5;
    const double r0 = e0.b * cy + e0.c, r1 = e1.b * cy + e1.c, r2 = e2.b * cy + e2.c;
    int from = left, to = right;
    e0.narrow(r0, from, to);
    e1.narrow(r1, from, to);
    e2.narrow(r2, from, to);
    auto* row = reinterpret_cast<Uint32*>(static_cast<Uint8*>(target.pixels) + static_cast<std::ptrdiff_t>(y) * target.pitch);
    for (int x = from; x < to; ++x) {
      const double cx = x + 0.5;
      const double w0 = e0.a * cx + r0, w1 = e1.a * cx + r1, w2 = e2.a * cx + r2;
      if (!e0.covers(w0) || !e1.covers(w1) || !e2.covers(w2)) continue;
      Uint32& pixel = row[x];
      double rgba[4];
      double alpha = solid_alpha;
      if (alpha < 0) {
        const double b0 = w0 * inverse, b1 = w1 * inverse, b2 = w2 * inverse;
        if (one_colour) std::copy(v0.rgba, v0.rgba + 4, rgba);
        else
          for (int k = 0; k < 4; ++k) rgba[k] = b0 * v0.rgba[k] + b1 * v1.rgba[k] + b2 * v2.rgba[k];
        const double coverage =
            one_texel ? texel(v0.u, v0.v) : texel(b0 * v0.u + b1 * v1.u + b2 * v2.u, b0 * v0.v + b1 * v1.v + b2 * v2.v);
        alpha = rgba[3] * coverage / (255.0 * 255.0);
      } else {
        if (alpha >= 1) {
          pixel = solid_pixel;
          continue;
        }
        std::copy(v0.rgba, v0.rgba + 4, rgba);
      }
      if (alpha <= 0) continue;
      Uint32 out = 0;
      for (int k = 0; k < 3; ++k) {
        const double under = static_cast<double>((pixel >> kShift[k]) & 0xFF);
        out |= Uint32{to_byte(rgba[k] * alpha + under * (1 - alpha))} << kShift[k];
      }
      pixel = out;
    }
  }
}

}  // namespace

void ImGuiSoftwareRenderer::take_font_atlas() {
  ImFontAtlas& fonts = *ImGui::GetIO().Fonts;
  unsigned char* alpha = nullptr;
  fonts.GetTexDataAsAlpha8(&alpha, &atlas_width_, &atlas_height_);
  atlas_alpha_.assign(alpha, alpha + static_cast<std::size_t>(atlas_width_) * static_cast<std::size_t>(atlas_height_));
  // Any non-null id: this renderer has one texture, the atlas.
  fonts.SetTexID(static_cast<ImTextureID>(this));
}

void ImGuiSoftwareRenderer::draw(const ImDrawData& d, SDL_Surface* target,
                                 const std::vector<render::PixelBox>* only) const {
  if (target->format->format != SDL_PIXELFORMAT_RGB888 || SDL_MUSTLOCK(target))
    throw hgm::EnvironmentError("the interface is drawn on the CPU into 32-bit RGB pixels only, not " +
                                std::string(SDL_GetPixelFormatName(target->format->format)));
  if (atlas_alpha_.empty()) return;
  const render::PixelBox surface_box{0, 0, target->w, target->h};
  const std::vector<render::PixelBox> whole = {surface_box};
  const std::vector<render::PixelBox>& areas = only != nullptr ? *only : whole;
  std::vector<Vertex> vertices;
  for (int l = 0; l < d.CmdListsCount; ++l) {
    const ImDrawList& list = *d.CmdLists[l];
    vertices.clear();
    for (const ImDrawVert& v : list.VtxBuffer) vertices.push_back(vertex_of(v, d, atlas_width_, atlas_height_));
    for (const ImDrawCmd& cmd : list.CmdBuffer) {
      if (cmd.UserCallback != nullptr) {
        if (cmd.UserCallback != ImDrawCallback_ResetRenderState) cmd.UserCallback(&list, &cmd);
        continue;
      }
      const render::PixelBox clip = render::intersection(scissored_pixels(cmd.ClipRect, d, target->h), surface_box);
      for (const render::PixelBox& area : areas) {
        const render::PixelBox box = render::intersection(clip, area);
        if (box.empty()) continue;
        for (unsigned i = 0; i + 2 < cmd.ElemCount; i += 3) {
          const ImDrawIdx* idx = list.IdxBuffer.Data + cmd.IdxOffset + i;
          draw_triangle(vertices[cmd.VtxOffset + idx[0]], vertices[cmd.VtxOffset + idx[1]],
                        vertices[cmd.VtxOffset + idx[2]], box, atlas_alpha_, atlas_width_, atlas_height_, *target);
        }
      }
    }
  }
}

}  // namespace hgm::app
