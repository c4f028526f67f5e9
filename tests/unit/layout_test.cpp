#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>

#include "core/layout/frame_layout.h"
#include "core/layout/map_furniture.h"
#include "core/layout/map_view.h"
#include "core/layout/wrap_text.h"
#include "fixed_width_measurer.h"

namespace hgm {
namespace {

using test::FixedWidthMeasurer;

Scene square_scene() {
  Scene s;
  MapFeature f;
  f.code = "001";
  f.label = "Vuông";
  f.shape = {Polygon{{{0, 0}, {1000, 0}, {1000, 1000}, {0, 1000}}, {}}};
  f.label_anchor = {500, 500};
  f.inscribed_radius = 500;
  s.features.push_back(f);
  s.bounds = bounds_of(f.shape);
  s.title = "Tiêu đề";
  s.subtitle = "Quý I/2021";
  s.attribution = "Administrative boundaries: test";
  s.source_line = "Nguồn";
  s.legend.title = "Chú giải";
  s.legend.entries.push_back({{Color{1, 2, 3, 255}}, "1 – 2", "1 huyện/TP"});
  return s;
}

TEST(MapView, FitsWithoutDistortionAndZoomsAroundTheCursor) {
  const Bounds data{0, 0, 2000, 1000};
  const PixelRect vp{0, 0, 800, 800};
  MapView view;
  const MapTransform t = view.transform(data, vp);
  const Vec2 a = t.to_pixel({0, 0}), b = t.to_pixel({2000, 1000});
  EXPECT_NEAR((b.x - a.x) / (a.y - b.y), 2.0, 1e-9);  // same scale on x and y, y flipped
  EXPECT_LE(b.x - a.x, 800);
  const Vec2 cursor{600, 300};
  const Vec2 before = t.to_map(cursor);
  view.zoom_at(data, vp, cursor.x, cursor.y, 2.0);
  const Vec2 after = view.transform(data, vp).to_map(cursor);
  EXPECT_NEAR(before.x, after.x, 1e-6);
  EXPECT_NEAR(before.y, after.y, 1e-6);
  view.pan_by_pixels(data, vp, 10, 0);
  EXPECT_NEAR(view.transform(data, vp).to_pixel(before).x, cursor.x + 10, 1e-6);
  view.reset();
  EXPECT_EQ(view.zoom, 1);
}

TEST(FrameLayout, LandscapePutsLegendRightOfTheMapAndScalesText) {
  const Scene s = square_scene();
  const FixedWidthMeasurer m;
  const Frame small = layout_frame(s, 1920, 1080, MapView{}, m);
  const Frame big = layout_frame(s, 3840, 2160, MapView{}, m);
  ASSERT_FALSE(small.rects.empty());
  const PixelRect legend = small.rects.front().rect;
  EXPECT_GE(legend.x, small.map_viewport.x + small.map_viewport.w);
  EXPECT_NEAR(big.texts.front().size_px, 2 * small.texts.front().size_px, 1e-9);
  // Every text stays inside the frame.
  for (const FrameText& t : big.texts) {
    EXPECT_GE(t.x, 0);
    EXPECT_LE(t.x + m.text_width(t.utf8, t.size_px), 3840.0 + 1e-6) << t.utf8;
    EXPECT_LE(t.y, 2160);
  }
}

TEST(FrameLayout, PortraitPutsLegendUnderTheMap) {
  const Scene s = square_scene();
  const FixedWidthMeasurer m;
  const Frame f = layout_frame(s, 1240, 1754, MapView{}, m);
  EXPECT_GE(f.rects.front().rect.y, f.map_viewport.y + f.map_viewport.h);
}

TEST(FrameLayout, AttributionAlwaysShownAndWrapped) {
  Scene s = square_scene();
  s.attribution = std::string(300, 'x') + " tail words here";
  const FixedWidthMeasurer m;
  const Frame f = layout_frame(s, 800, 600, MapView{}, m);
  // The 300-letter word is too long for the line: the rest goes on the next line.
  bool long_word_alone = false, tail_line = false;
  for (const FrameText& t : f.texts) {
    long_word_alone |= t.utf8 == std::string(300, 'x');
    tail_line |= t.utf8 == "tail words here";
  }
  EXPECT_TRUE(long_word_alone);
  EXPECT_TRUE(tail_line);
}

TEST(FrameLayout, LabelsDoNotOverlap) {
  Scene s = square_scene();
  MapFeature twin = s.features.front();
  twin.label = "Trùng vị trí";
  s.features.push_back(twin);  // same anchor: the second must move or be dropped
  const FixedWidthMeasurer m;
  LayoutOptions only_labels;
  only_labels.show_scale_bar = only_labels.show_north_arrow = false;
  const Frame f = layout_frame(s, 1920, 1080, MapView{}, m, only_labels);
  std::vector<const FrameText*> labels;
  for (const FrameText& t : f.texts)
    if (t.halo_px > 0) labels.push_back(&t);
  ASSERT_EQ(labels.size(), 2u);
  auto box = [&](const FrameText* t) {
    return std::array<double, 4>{t->x, t->y - m.ascent(t->size_px), t->x + m.text_width(t->utf8, t->size_px),
                                 t->y + m.descent(t->size_px)};
  };
  const auto a = box(labels[0]), b = box(labels[1]);
  const bool overlap = a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
  EXPECT_FALSE(overlap);
}

TEST(FrameLayout, SmallDistrictGetsItsNameOutsideWithALeaderLine) {
  Scene s = square_scene();
  MapFeature city;
  city.code = "024";
  city.label = "TP. Hà Giang";
  city.shape = {Polygon{{{480, 480}, {520, 480}, {520, 520}, {480, 520}}, {}}};
  city.label_anchor = {500, 500};
  city.inscribed_radius = 20;  // far too small for its name
  s.features.push_back(city);
  const FixedWidthMeasurer m;
  LayoutOptions o;
  o.show_scale_bar = o.show_north_arrow = false;
  const Frame f = layout_frame(s, 1920, 1080, MapView{}, m, o);
  const FrameText* label = nullptr;
  for (const FrameText& t : f.texts)
    if (t.utf8 == "TP. Hà Giang") label = &t;
  ASSERT_NE(label, nullptr);
  const Vec2 anchor = f.transform.to_pixel({500, 500});
  ASSERT_EQ(f.lines.size(), 1u);
  EXPECT_NEAR(f.lines[0].points.front().x, anchor.x, 1e-9);  // the leader starts in the district
  EXPECT_NEAR(f.lines[0].points.front().y, anchor.y, 1e-9);
  const double w = m.text_width(label->utf8, label->size_px);
  const bool outside = label->x > anchor.x || label->x + w < anchor.x || label->y < anchor.y ||
                       label->y - m.ascent(label->size_px) > anchor.y;
  EXPECT_TRUE(outside);
}

TEST(MapFurniture, ScaleBarHasARoundLengthInKilometres) {
  EXPECT_DOUBLE_EQ(layout::nice_number(17), 20);
  EXPECT_DOUBLE_EQ(layout::nice_number(9), 10);
  EXPECT_DOUBLE_EQ(layout::nice_number(0.3), 0.2);
  EXPECT_DOUBLE_EQ(layout::nice_number(1.2), 1);
  EXPECT_DOUBLE_EQ(layout::nice_number(4.2), 5);
  Scene s = square_scene();
  s.bounds = {0, 0, 100000, 100000};  // 100 km square
  const FixedWidthMeasurer m;
  const Frame f = layout_frame(s, 1920, 1080, MapView{}, m);
  ASSERT_FALSE(f.lines.empty());
  const FrameLine& bar = f.lines.front();
  const double km = (bar.points[1].x - bar.points[0].x) / (f.transform.scale * 1000);
  EXPECT_NEAR(km, layout::nice_number(km), 1e-9);
  bool labelled = false;
  for (const FrameText& t : f.texts) labelled |= t.utf8 == layout::format_km_label(km, Lang::vi);
  EXPECT_TRUE(labelled);
}

TEST(MapFurniture, LocatorHighlightsTheProvinceAndEverythingCanBeHidden) {
  Scene s = square_scene();
  LocatorShape a{"01", {Polygon{{{0, 0}, {10, 0}, {10, 10}}, {}}}, {{{0, 0}, {10, 0}, {10, 10}}, {0, 1, 2}}};
  LocatorShape b = a;
  b.code = "02";
  s.locator.shapes = {a, b};
  s.locator.bounds = {0, 0, 10, 10};
  s.locator.highlight_code = "02";
  s.locator.caption = "Vị trí";
  const FixedWidthMeasurer m;
  const Frame f = layout_frame(s, 1920, 1080, MapView{}, m);
  int accent = 0, grey = 0;
  for (const FramePolygon& p : f.polygons) {
    accent += p.fill == Color{215, 48, 31, 255};
    grey += p.fill == Color{214, 214, 214, 255};
  }
  EXPECT_EQ(accent, 1);
  EXPECT_EQ(grey, 1);
  LayoutOptions none;
  none.show_title = none.show_legend = none.show_labels = none.show_credits = false;
  none.show_scale_bar = none.show_north_arrow = none.show_locator = false;
  const Frame bare = layout_frame(s, 1920, 1080, MapView{}, m, none);
  std::string words;  // the only text left: the boundaries' attribution (their licence asks for it)
  for (const FrameText& t : bare.texts) words += (words.empty() ? "" : " ") + t.utf8;
  EXPECT_EQ(words, s.attribution);
  EXPECT_TRUE(bare.rects.empty());
  EXPECT_TRUE(bare.lines.empty());
  EXPECT_TRUE(bare.polygons.empty());
  EXPECT_GT(bare.map_viewport.w, f.map_viewport.w);  // the map takes the room
}

}  // namespace
}  // namespace hgm

namespace hgm {
namespace {

TEST(Geometry, SimplifyRingKeepsShapeAndSmallIslands) {
  Ring circle;
  for (int i = 0; i < 360; ++i) circle.push_back({100 * std::cos(i * M_PI / 180), 100 * std::sin(i * M_PI / 180)});
  const Ring simple = simplify_ring(circle, 1.0);
  EXPECT_LT(simple.size(), 60u);
  EXPECT_GT(simple.size(), 8u);
  EXPECT_NEAR(signed_area(simple), signed_area(circle), signed_area(circle) * 0.03);
  // An island smaller than the tolerance shrinks to a few points but stays.
  const Ring island{{0, 0}, {0.1, 0}, {0.2, 0.05}, {0.1, 0.1}, {0, 0.1}, {-0.05, 0.05}};
  const Ring kept = simplify_ring(island, 5.0);
  EXPECT_EQ(kept.size(), 4u);
  EXPECT_GT(std::fabs(signed_area(kept)), 0);
}

TEST(Geometry, ClipSegmentKeepsThePartInsideTheBox) {
  // Crossing the box from left to right: cut at both sides, on the same line.
  auto cut = clip_segment({-10, 5}, {30, 5}, 0, 0, 20, 10);
  ASSERT_TRUE(cut);
  EXPECT_EQ(cut->first, (Vec2{0, 5}));
  EXPECT_EQ(cut->second, (Vec2{20, 5}));
  // A diagonal entering through the bottom side and ending inside.
  cut = clip_segment({0, -10}, {10, 10}, 0, 0, 20, 10);
  ASSERT_TRUE(cut);
  EXPECT_NEAR(cut->first.x, 5, 1e-12);
  EXPECT_NEAR(cut->first.y, 0, 1e-12);
  EXPECT_EQ(cut->second, (Vec2{10, 10}));
  // Wholly inside: unchanged.
  cut = clip_segment({2, 3}, {4, 5}, 0, 0, 20, 10);
  ASSERT_TRUE(cut);
  EXPECT_EQ(cut->first, (Vec2{2, 3}));
  EXPECT_EQ(cut->second, (Vec2{4, 5}));
  // Parallel to a side and outside it, and passing beside a corner: nothing.
  EXPECT_FALSE(clip_segment({-5, 12}, {25, 12}, 0, 0, 20, 10));
  EXPECT_FALSE(clip_segment({16, 15}, {25, 6}, 0, 0, 20, 10));
}

}  // namespace
}  // namespace hgm

namespace hgm {
namespace {
TEST(WrapText, RepeatedSpacesMakeNoEmptyWords) {
  class OnePerChar : public TextMeasurer {
   public:
    double text_width(std::string_view s, double) const override { return static_cast<double>(s.size()); }
    double ascent(double) const override { return 1; }
    double descent(double) const override { return 0; }
  } m;
  EXPECT_EQ(wrap_text("  aa   bb  ", 10, 5, m), (std::vector<std::string>{"aa bb"}));
  EXPECT_EQ(wrap_text("aaa  bbb", 10, 4, m), (std::vector<std::string>{"aaa", "bbb"}));
}
}  // namespace
}  // namespace hgm

namespace hgm {
namespace {

// The room for the title block and legend that a series of maps shares: the map's place
// and scale follow the reserve, not each map's own legend or title.
TEST(FrameLayout, AReserveKeepsTheMapInPlaceWhateverTheLegend) {
  const FixedWidthMeasurer m;
  const Scene narrow = square_scene();
  Scene wide = square_scene();
  wide.legend.entries.push_back({{Color{4, 5, 6, 255}}, "một nhãn chú giải dài hơn nhiều so với nhãn kia", "2 huyện/TP"});
  wide.title = "Một tiêu đề dài đến mức phải xuống dòng ở khổ màn hình máy chiếu 1280 điểm ảnh, "
               "thậm chí còn dài thêm nữa";
  const LayoutOptions o;
  const Frame alone_narrow = layout_frame(narrow, 1280, 720, MapView{}, m, o);
  const Frame alone_wide = layout_frame(wide, 1280, 720, MapView{}, m, o);
  ASSERT_NE(alone_narrow.map_viewport.w, alone_wide.map_viewport.w) << "the legends need different room";
  ASSERT_NE(alone_narrow.map_viewport.y, alone_wide.map_viewport.y) << "the titles need different room";

  const LayoutReserve reserve = largest(reserve_for(narrow, 1280, 720, m, o), reserve_for(wide, 1280, 720, m, o));
  const SeriesPlace series{reserve, "1 / 2", {}};
  const Frame a = layout_frame(narrow, 1280, 720, MapView{}, m, o, series);
  const Frame b = layout_frame(wide, 1280, 720, MapView{}, m, o, series);
  EXPECT_EQ(a.map_viewport.x, b.map_viewport.x);
  EXPECT_EQ(a.map_viewport.y, b.map_viewport.y);
  EXPECT_EQ(a.map_viewport.w, b.map_viewport.w);
  EXPECT_EQ(a.map_viewport.h, b.map_viewport.h);
  EXPECT_EQ(a.transform.scale, b.transform.scale);
  EXPECT_EQ(b.map_viewport.w, alone_wide.map_viewport.w) << "the widest legend sets the room";
  const auto counter = std::find_if(a.texts.begin(), a.texts.end(), [](const FrameText& t) { return t.utf8 == "1 / 2"; });
  ASSERT_NE(counter, a.texts.end());
  EXPECT_TRUE(a.map_viewport.contains(counter->x, counter->y)) << "in the map's corner";
}

// Laptop is the export's look; projector and large hall scale every text and never go
// under their share of the height (1/36 for a projector: 20 px at 720p).
TEST(FrameLayout, TextSizePresetsScaleEveryTextWithAFloor) {
  const FixedWidthMeasurer m;
  const Scene s = square_scene();
  LayoutOptions o;
  const Frame laptop = layout_frame(s, 1280, 720, MapView{}, m, o);
  double smallest_laptop = 1e9;
  for (const FrameText& t : laptop.texts) smallest_laptop = std::min(smallest_laptop, t.size_px);
  EXPECT_LT(smallest_laptop, 20) << "the export's credits are small at 720p";
  for (const TextSize size : {TextSize::projector, TextSize::large_hall}) {
    o.text_size = size;
    const Frame f = layout_frame(s, 1280, 720, MapView{}, m, o);
    // Larger text wraps into more lines, so texts are compared by what they say.
    for (const FrameText& t : f.texts) {
      EXPECT_GE(t.size_px, 720 * text_scale(size).min_height_share - 1e-9) << text_size_id(size) << ": " << t.utf8;
      for (const FrameText& before : laptop.texts)
        if (before.utf8 == t.utf8) {
          EXPECT_GT(t.size_px, before.size_px) << text_size_id(size) << ": " << t.utf8;
        }
    }
  }
  EXPECT_EQ(parse_text_size("projector"), TextSize::projector);
  EXPECT_EQ(parse_text_size("large-hall"), TextSize::large_hall);
  EXPECT_EQ(parse_text_size("huge"), std::nullopt);
}

}  // namespace
}  // namespace hgm
