// The interface's triangles drawn on the CPU (app/platform/imgui_software.h): the pixels
// OpenGL's rules give (pixel centres, top-left edges, source-alpha blending), and the same
// pixels whether the whole frame is drawn or only boxes of it.
#include <gtest/gtest.h>
#include <imgui.h>
#include <SDL.h>

#include <cstdint>
#include <memory>
#include <vector>

#include "app/platform/imgui_software.h"

namespace hgm {
namespace {

constexpr int kW = 320, kH = 200;

struct SurfaceFree {
  void operator()(SDL_Surface* s) const { SDL_FreeSurface(s); }
};
using Surface = std::unique_ptr<SDL_Surface, SurfaceFree>;

// A window's pixels as X gives them (32 bits, red in the third byte), grey.
Surface grey_surface() {
  Surface s(SDL_CreateRGBSurfaceWithFormat(0, kW, kH, 32, SDL_PIXELFORMAT_RGB888));
  SDL_FillRect(s.get(), nullptr, SDL_MapRGB(s->format, 128, 128, 128));
  return s;
}

std::uint32_t rgb_at(const SDL_Surface& s, int x, int y) {
  const auto* row = reinterpret_cast<const std::uint32_t*>(static_cast<const std::uint8_t*>(s.pixels) + y * s.pitch);
  return row[x] & 0xFFFFFFu;
}

// An ImGui context drawing a frame of rounded frames, lines, circles and text, its
// draw data kept until the fixture ends.
class ImGuiSoftware : public ::testing::Test {
 protected:
  void SetUp() override {
    context_ = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(kW, kH);
    io.Fonts->AddFontDefault();
    ImGui::GetStyle().AntiAliasedLinesUseTex = false;
    io.Fonts->Flags |= ImFontAtlasFlags_NoBakedLines;
    renderer_.take_font_atlas();
  }
  void TearDown() override { ImGui::DestroyContext(context_); }

  ImDrawData& draw(const std::function<void(ImDrawList&)>& shapes) {
    ImGui::NewFrame();
    shapes(*ImGui::GetForegroundDrawList());
    ImGui::Render();
    return *ImGui::GetDrawData();
  }

  ImGuiContext* context_ = nullptr;
  app::ImGuiSoftwareRenderer renderer_;
};

TEST_F(ImGuiSoftware, ARectangleCoversThePixelsWhoseCentresItHolds) {
  ImDrawData& d = draw([](ImDrawList& l) { l.AddRectFilled({10, 20}, {30.4f, 25.6f}, IM_COL32(255, 0, 0, 255)); });
  const Surface s = grey_surface();
  renderer_.draw(d, s.get(), nullptr);
  // Columns 10..29 (the centre 30.5 is outside 30.4), rows 20..25 (25.5 is inside 25.6).
  EXPECT_EQ(rgb_at(*s, 10, 20), 0xFF0000u);
  EXPECT_EQ(rgb_at(*s, 29, 25), 0xFF0000u);
  EXPECT_EQ(rgb_at(*s, 30, 22), 0x808080u);
  EXPECT_EQ(rgb_at(*s, 15, 26), 0x808080u);
  EXPECT_EQ(rgb_at(*s, 9, 22), 0x808080u);
  EXPECT_EQ(rgb_at(*s, 15, 19), 0x808080u);
}

TEST_F(ImGuiSoftware, AHalfTransparentFillIsBlendedHalfOverWhatIsUnder) {
  ImDrawData& d = draw([](ImDrawList& l) { l.AddRectFilled({0, 0}, {8, 8}, IM_COL32(0, 0, 255, 128)); });
  const Surface s = grey_surface();
  renderer_.draw(d, s.get(), nullptr);
  // 255 * 128/255 + 128 * (1 - 128/255) = 191.8; 128 * 127/255 = 63.7.
  EXPECT_EQ(rgb_at(*s, 4, 4), (64u << 16) | (64u << 8) | 192u);
}

TEST_F(ImGuiSoftware, TextIsItsGlyphsInTheTextsColour) {
  ImDrawData& d = draw([](ImDrawList& l) { l.AddText({20, 20}, IM_COL32(0, 0, 0, 255), "Hà Giang 19.559,8"); });
  const Surface s = grey_surface();
  renderer_.draw(d, s.get(), nullptr);
  int black = 0, grey = 0, other = 0;
  for (int y = 18; y < 40; ++y)
    for (int x = 18; x < 200; ++x) {
      const std::uint32_t p = rgb_at(*s, x, y);
      (p == 0 ? black : p == 0x808080u ? grey : other)++;
    }
  EXPECT_GT(black, 100);  // the default font is a bitmap font: its glyphs' pixels are all or nothing
  EXPECT_GT(grey, 1000);
  EXPECT_EQ(other, 0);
}

// The window draws again only the boxes that changed (app/ui_damage.h): what it draws in a
// box must be the whole frame's pixels there, or seams show where boxes end.
TEST_F(ImGuiSoftware, BoxesDrawnOneByOneGiveThePixelsOfTheWholeFrame) {
  ImDrawData& d = draw([](ImDrawList& l) {
    l.AddRect({12.3f, 8.7f}, {190.2f, 120.4f}, IM_COL32(20, 90, 160, 255), 6.0f, 0, 1.5f);
    l.AddRectFilled({40.5f, 30.25f}, {150, 90}, IM_COL32(240, 200, 30, 180), 8.0f);
    l.AddCircleFilled({230, 120}, 47.3f, IM_COL32(200, 30, 30, 200), 40);
    l.AddLine({5, 190}, {315, 3}, IM_COL32(0, 0, 0, 255), 2.2f);
    l.AddPolyline(std::vector<ImVec2>{{60, 150}, {110, 170}, {170, 140}, {260, 185}}.data(), 4,
                  IM_COL32(30, 140, 60, 255), 0, 3.0f);
    l.AddText({30, 100}, IM_COL32(10, 10, 10, 255), "Bản đồ chỉ tiêu – Đồng Văn");
  });
  const Surface whole = grey_surface();
  renderer_.draw(d, whole.get(), nullptr);
  // Boxes that cut through every shape, at odd places, covering the frame once.
  std::vector<render::PixelBox> boxes;
  for (int y = 0; y < kH; y += 37)
    for (int x = 0; x < kW; x += 53) boxes.push_back({x, y, std::min(kW, x + 53), std::min(kH, y + 37)});
  const Surface parts = grey_surface();
  for (const render::PixelBox& box : boxes) {
    const std::vector<render::PixelBox> one = {box};
    renderer_.draw(d, parts.get(), &one);
  }
  long different = 0, drawn = 0;
  for (int y = 0; y < kH; ++y)
    for (int x = 0; x < kW; ++x) {
      different += rgb_at(*whole, x, y) != rgb_at(*parts, x, y);
      drawn += rgb_at(*whole, x, y) != 0x808080u;
    }
  EXPECT_GT(drawn, 5000);
  EXPECT_EQ(different, 0);
}

}  // namespace
}  // namespace hgm
