// Text drawn through the whole pipeline: atlas, halo, placement against measured widths.
#include <gtest/gtest.h>

#include <algorithm>

#include "renderer_fixture.h"
#include "test_scene.h"

namespace hgm::render {
namespace {

struct Box {
  double x0, y0, x1, y1;
  bool contains(int x, int y) const { return x + 0.5 >= x0 && x + 0.5 <= x1 && y + 0.5 >= y0 && y + 0.5 <= y1; }
};

class TextRendering : public ::testing::Test {
 protected:
  hgm::Frame blank_frame(int width = 640, int height = 120) {
    hgm::Frame frame;
    frame.width = width;
    frame.height = height;
    frame.background = test::kWhite;
    return frame;
  }
  Image render(const hgm::Frame& frame) {
    last_ = test::shared_renderer().render(frame);
    return last_;
  }
  const Font& font() { return test::shared_renderer().font(); }
  void TearDown() override {
    if (HasFailure() && !last_.empty()) test::save_for_inspection(last_);
  }
  Image last_;
};

TEST_F(TextRendering, VietnameseTextLiesInItsMeasuredBox) {
  hgm::Frame frame = blank_frame();
  const std::string text = "Hà Giang – Xín Mần";
  const double size = 28, x = 20.3, y = 70;
  frame.texts.push_back({text, x, y, size, test::kBlack, {255, 255, 255, 0}, 0});
  const Image image = render(frame);
  const double width = font().text_width(text, size);
  const Box box{x - 1.5, y - font().ascent(size) - 1, x + width + 1.5, y + font().descent(size) + 1};
  int dark = 0, stray = 0;
  for (int py = 0; py < image.height; ++py) {
    for (int px = 0; px < image.width; ++px) {
      const hgm::Color p = image.pixel(px, py);
      if (p == test::kWhite) continue;
      if (!box.contains(px, py)) {
        if (stray++ < 5) ADD_FAILURE() << "ink outside the measured box at " << px << "," << py;
        continue;
      }
      if (std::max({p.r, p.g, p.b}) < 100) ++dark;
    }
  }
  EXPECT_EQ(stray, 0);
  EXPECT_GT(dark, 300);
  // The ink reaches both ends of the measured width (no big misplacement).
  int first = image.width, last = -1;
  for (int py = 0; py < image.height; ++py) {
    for (int px = 0; px < image.width; ++px) {
      if (std::max({image.pixel(px, py).r, image.pixel(px, py).g, image.pixel(px, py).b}) < 128) {
        first = std::min(first, px);
        last = std::max(last, px);
      }
    }
  }
  EXPECT_NEAR(first, x, 4);
  EXPECT_NEAR(last, x + width, 5);
}

// Precomposed letters with marks above capitals and below the baseline must render whole.
TEST_F(TextRendering, DiacriticsAboveAndBelowAreDrawn) {
  hgm::Frame frame = blank_frame();
  const double size = 40, baseline = 80;
  frame.texts.push_back({"ĐỒNG VĂN", 20, baseline, size, test::kBlack, {255, 255, 255, 0}, 0});
  frame.texts.push_back({"Lạ", 400, baseline, size, test::kBlack, {255, 255, 255, 0}, 0});
  const Image image = render(frame);
  auto ink_in = [&](int x0, int x1, int y0, int y1) {
    int n = 0;
    for (int y = std::max(0, y0); y < std::min(image.height, y1); ++y) {
      for (int x = x0; x < x1; ++x) n += std::max({image.pixel(x, y).r, image.pixel(x, y).g, image.pixel(x, y).b}) < 128;
    }
    return n;
  };
  const int cap_top = static_cast<int>(baseline - 0.74 * size);  // Noto Sans caps: 0.714 em
  EXPECT_GT(ink_in(20, 380, 0, cap_top), 20) << "no stacked accents above the capitals";
  EXPECT_GT(ink_in(400, 640, static_cast<int>(baseline) + 2, 120), 5) << "no dot below in 'ạ'";
}

TEST_F(TextRendering, HaloSurroundsTheInk) {
  hgm::Frame frame = blank_frame();
  frame.rects.push_back({{0, 0, 640, 120}, {test::kBlack, hgm::FillPattern::solid, test::kBlack}, {0, 0, 0, 0}, 0});
  const std::string text = "Quản Bạ";
  const double size = 32, x = 40, y = 70, halo = 3;
  frame.texts.push_back({text, x, y, size, test::kBlack, test::kWhite, halo});
  const Image image = render(frame);
  const double width = font().text_width(text, size);
  const Box box{x - halo - 1.5, y - font().ascent(size) - halo - 1, x + width + halo + 1.5,
                y + font().descent(size) + halo + 1};
  int white = 0, stray = 0;
  for (int py = 0; py < image.height; ++py) {
    for (int px = 0; px < image.width; ++px) {
      const hgm::Color p = image.pixel(px, py);
      if (p == test::kBlack) continue;
      if (!box.contains(px, py)) ++stray;
      if (std::min({p.r, p.g, p.b}) > 230) ++white;
    }
  }
  EXPECT_EQ(stray, 0);
  EXPECT_GT(white, 400);
}

// A translucent halo must be one even veil: where the halos of neighbouring letters
// overlap they are united, not blended twice.
TEST_F(TextRendering, TranslucentHaloIsEven) {
  hgm::Frame frame = blank_frame();
  frame.rects.push_back({{0, 0, 640, 120}, {test::kBlack, hgm::FillPattern::solid, test::kBlack}, {0, 0, 0, 0}, 0});
  frame.texts.push_back({"mmmm wwww", 40, 70, 32, {0, 0, 0, 0}, {255, 255, 255, 128}, 4});
  const Image image = render(frame);
  int brightest = 0, veiled = 0;
  for (int py = 0; py < image.height; ++py) {
    for (int px = 0; px < image.width; ++px) {
      brightest = std::max<int>(brightest, image.pixel(px, py).r);
      veiled += image.pixel(px, py).r >= 126;
    }
  }
  EXPECT_LE(brightest, 130);
  EXPECT_GT(veiled, 1000);
}

TEST_F(TextRendering, ManyDifferentTextsGrowTheAtlas) {
  hgm::Frame frame = blank_frame(1000, 1000);
  for (int i = 0; i < 600; ++i) {
    frame.texts.push_back({"Nhãn số " + std::to_string(i) + " – Hoàng Su Phì", 10.0 + (i % 3) * 330, 20.0 + (i / 3) * 5,
                           36, test::kBlack, test::kWhite, 2});
  }
  const Image image = render(frame);
  // The last row of labels is there.
  int dark = 0;
  for (int py = 960; py < 1000; ++py) {
    for (int px = 0; px < 1000; ++px) dark += image.pixel(px, py).r < 100;
  }
  EXPECT_GT(dark, 100);
}

TEST_F(TextRendering, EmptyAndTransparentTextsAreSkipped) {
  hgm::Frame frame = blank_frame();
  frame.texts.push_back({"", 10, 50, 20, test::kBlack, test::kWhite, 2});
  frame.texts.push_back({"vô hình", 10, 50, 20, {0, 0, 0, 0}, {0, 0, 0, 0}, 2});
  frame.texts.push_back({"   ", 10, 50, 20, test::kBlack, test::kWhite, 2});
  frame.texts.push_back({"zero", 10, 50, 0, test::kBlack, test::kWhite, 2});
  const Image image = render(frame);
  for (std::size_t i = 0; i < image.rgba.size(); ++i) ASSERT_EQ(image.rgba[i], 255) << i;
}

}  // namespace
}  // namespace hgm::render
