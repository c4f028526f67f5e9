// The map state's layout choices as they show in the laid-out frame: elements shown and
// hidden, and title overrides.
#include "app_test_support.h"

namespace hgm::app {
namespace {

using namespace test_support;

TEST(MapState, LayoutTogglesChangeTheFrame) {
  MapState state(inputs(), default_selection());
  const render::Font font = render::Font::regular();
  const PixelSize size{1600, 900};
  FrameCache cache;
  // A copy: the cache's frame is replaced by the next call.
  const auto frame = [&](bool panel_visible = true) { return cache.frame_for(state, size, font, panel_visible); };

  const Frame shown = frame();
  ASSERT_FALSE(shown.rects.empty()) << "the legend draws a box and swatches";
  const double map_right = shown.map_viewport.x + shown.map_viewport.w;
  const auto in_column = [&](const Frame& f) {
    return std::count_if(f.rects.begin(), f.rects.end(), [&](const FrameRect& r) { return r.rect.x >= map_right; });
  };
  EXPECT_GT(in_column(shown), 0);
  EXPECT_TRUE(has_heading(shown, state.scene().title));
  EXPECT_TRUE(has_legend_text(shown, state.scene().legend.title));
  EXPECT_TRUE(has_text(shown, state.scene().source_line));

  LayoutOptions layout;
  layout.show_legend = false;
  state.set_layout(layout);
  const Frame no_legend = frame();
  EXPECT_EQ(in_column(no_legend), 0) << "the legend's rectangles are gone";
  EXPECT_FALSE(has_legend_text(no_legend, state.scene().legend.title));
  EXPECT_TRUE(has_heading(no_legend, state.scene().title));
  EXPECT_GT(no_legend.map_viewport.w, shown.map_viewport.w) << "the map takes the legend's room";

  layout = {};
  layout.show_title = false;
  layout.show_credits = false;
  state.set_layout(layout);
  const Frame bare = frame();
  EXPECT_FALSE(has_heading(bare, state.scene().title));
  EXPECT_FALSE(has_text(bare, state.scene().source_line));
  bool attribution = false;  // hiding the credits never hides the boundaries' attribution
  for (const FrameText& t : bare.texts) attribution |= t.utf8.rfind("Administrative boundaries: ©", 0) == 0;
  EXPECT_TRUE(attribution);
  EXPECT_TRUE(has_legend_text(bare, state.scene().legend.title));

  // The locator inset gives way to the panel, and comes back without it.
  layout = {};
  state.set_layout(layout);
  EXPECT_FALSE(window_layout(state.layout(), true).show_locator);
  EXPECT_TRUE(window_layout(state.layout(), false).show_locator);
  EXPECT_GT(frame(false).polygons.size(), frame(true).polygons.size());

  // The cache lays the frame out again for every element flipped (with the panel hidden,
  // so the locator is the user's choice too) and reuses it while nothing changed.
  using Element = bool LayoutOptions::*;
  for (const Element element :
       {&LayoutOptions::show_title, &LayoutOptions::show_legend, &LayoutOptions::show_labels,
        &LayoutOptions::show_credits, &LayoutOptions::show_scale_bar, &LayoutOptions::show_north_arrow,
        &LayoutOptions::show_locator, &LayoutOptions::show_histogram}) {
    state.set_layout({});
    frame(false);
    const auto layouts = cache.layouts();
    frame(false);
    EXPECT_EQ(cache.layouts(), layouts) << "nothing changed";
    LayoutOptions flipped;
    flipped.*element = !(flipped.*element);
    state.set_layout(flipped);
    frame(false);
    EXPECT_EQ(cache.layouts(), layouts + 1) << "a flipped element must lay the frame out again";
    frame(false);
    EXPECT_EQ(cache.layouts(), layouts + 1) << "nothing changed";
  }
  state.set_layout({});
  frame();

  // Panning moves the map without moving its viewport: a new frame, and the viewport the
  // input uses comes from the cache without laying anything out.
  auto layouts = cache.layouts();
  const Frame before_pan = frame();
  EXPECT_EQ(cache.layouts(), layouts);
  state.view().pan.x += 1000;
  const PixelRect viewport = cache.map_viewport(state, size, font, true);
  EXPECT_EQ(cache.layouts(), layouts) << "the viewport does not depend on the view";
  const Frame panned = frame();
  EXPECT_EQ(cache.layouts(), layouts + 1);
  EXPECT_NE(panned.transform.center.x, before_pan.transform.center.x);
  EXPECT_EQ(viewport.x, panned.map_viewport.x);
  EXPECT_EQ(viewport.y, panned.map_viewport.y);
  EXPECT_EQ(viewport.w, panned.map_viewport.w);
  EXPECT_EQ(viewport.h, panned.map_viewport.h);
  frame();
  EXPECT_EQ(cache.layouts(), layouts + 1) << "nothing changed";

  // A rebuilt scene (a new revision) is laid out again.
  layouts = cache.layouts();
  state.select_lang(Lang::en);
  EXPECT_EQ(frame().scene, &state.scene());
  EXPECT_EQ(cache.layouts(), layouts + 1);
  EXPECT_TRUE(has_heading(frame(), state.scene().title));
  EXPECT_EQ(cache.layouts(), layouts + 1) << "nothing changed";

  // Before the frame at a new size exists, the viewport is the one that frame will have.
  const PixelSize smaller{1200, 800};
  const PixelRect resized = cache.map_viewport(state, smaller, font, true);
  EXPECT_EQ(cache.layouts(), layouts + 1);
  const Frame& at_smaller = cache.frame_for(state, smaller, font, true);
  EXPECT_EQ(resized.w, at_smaller.map_viewport.w);
  EXPECT_EQ(resized.h, at_smaller.map_viewport.h);
}

TEST(MapState, TitleOverrideAppearsInTheFrame) {
  MapState state(inputs(), default_selection());
  const std::string automatic_title = state.scene().title;
  const std::string automatic_subtitle = state.scene().subtitle;
  EXPECT_EQ(state.automatic_title(), automatic_title);

  const auto revision = state.revision();
  state.set_titles("Thu ngân sách các huyện — giao ban quý II", "");
  EXPECT_GT(state.revision(), revision);
  EXPECT_EQ(state.scene().title, "Thu ngân sách các huyện — giao ban quý II");
  EXPECT_EQ(state.scene().subtitle, automatic_subtitle) << "an empty subtitle stays automatic";
  Frame frame = frame_of(state);
  EXPECT_TRUE(has_heading(frame, "Thu ngân sách các huyện — giao ban quý II"));
  EXPECT_FALSE(has_heading(frame, automatic_title));
  EXPECT_TRUE(has_heading(frame, automatic_subtitle));

  state.set_titles("", "Số liệu sơ bộ");
  frame = frame_of(state);
  EXPECT_TRUE(has_heading(frame, automatic_title));
  EXPECT_TRUE(has_heading(frame, "Số liệu sơ bộ"));

  // Overrides survive a change of period or classes; blank text is automatic.
  state.select_method(ClassMethod::quantile);
  EXPECT_EQ(state.scene().subtitle, "Số liệu sơ bộ");
  state.set_titles("   ", "");
  EXPECT_EQ(state.scene().title, automatic_title);
  EXPECT_EQ(state.scene().subtitle, automatic_subtitle);

  // A title names its indicator: the next indicator has its own, this one comes back.
  state.set_titles("Thu ngân sách", "");
  state.step_indicator(1);
  EXPECT_EQ(state.selection().title, "");
  EXPECT_EQ(state.scene().title, state.automatic_title());
  state.step_indicator(-1);
  EXPECT_EQ(state.scene().title, "Thu ngân sách");
}

}  // namespace
}  // namespace hgm::app
