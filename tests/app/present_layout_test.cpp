// Presentation layout over every indicator of the project, at the projector sizes people
// present at (1280×720, 1920×1080), in both languages: the map keeps its place and scale
// from slide to slide, and with the projector preset no text is smaller than 1/36 of the
// screen height and no two texts overlap.
#include "app/present/slide_reserve.h"
#include "app/present/slides.h"
#include "app_test_support.h"
#include "core/spec/make_scene.h"
#include "io/story_file.h"

namespace hgm::app {
namespace {

using namespace test_support;

struct TextBox {
  const FrameText* text;
  double x0, y0, x1, y1;
};

TextBox box_of(const FrameText& t) {
  const double w = font().text_width(t.utf8, t.size_px);
  return {&t, t.x, t.y - font().ascent(t.size_px), t.x + w, t.y + font().descent(t.size_px)};
}

// Every text at least `least` px, on the screen, and clear of every other text.
void expect_readable(const Frame& f, double least, const std::string& what) {
  std::vector<TextBox> boxes;
  for (const FrameText& t : f.texts) {
    EXPECT_GE(t.size_px, least - 1e-9) << what << ": '" << t.utf8 << "' is " << t.size_px << " px";
    boxes.push_back(box_of(t));
    const TextBox& b = boxes.back();
    EXPECT_TRUE(b.x0 >= 0 && b.y0 >= 0 && b.x1 <= f.width && b.y1 <= f.height)
        << what << ": '" << t.utf8 << "' leaves the screen";
  }
  for (std::size_t a = 0; a < boxes.size(); ++a)
    for (std::size_t b = a + 1; b < boxes.size(); ++b) {
      const TextBox& p1 = boxes[a];
      const TextBox& p2 = boxes[b];
      const bool overlap = p1.x0 < p2.x1 && p2.x0 < p1.x1 && p1.y0 < p2.y1 && p2.y0 < p1.y1;
      EXPECT_FALSE(overlap) << what << ": '" << p1.text->utf8 << "' overlaps '" << p2.text->utf8 << "'";
    }
}

// Every slide of the state's presentation laid out at `size` as the window lays it out
// with the panel hidden, with the reserve for all of them and a counter.
struct PresentedSlides {
  std::vector<Slide> slides;
  std::vector<Scene> scenes;
  std::vector<Frame> frames;
};

PresentedSlides present(const MapState& state, PixelSize size, bool only_with_data) {
  PresentedSlides p;
  p.slides = indicator_slides(state, only_with_data);
  const LayoutOptions layout = window_layout(state.layout(), /*panel_visible=*/false);
  const LayoutReserve reserve = slides_reserve(state, p.slides, size, font(), layout);
  p.scenes.reserve(p.slides.size());
  for (const app::Slide& slide : p.slides)
    p.scenes.push_back(make_picture(state.inputs(), state.table(), shown_spec(slide, state)).scene);
  for (std::size_t i = 0; i < p.scenes.size(); ++i) {
    const SeriesPlace series{reserve, std::to_string(i + 1) + " / " + std::to_string(p.scenes.size()), {}};
    p.frames.push_back(layout_frame(p.scenes[i], size.width, size.height, MapView{}, font(), layout, series));
  }
  return p;
}

MapSelection with_text_size(Lang lang, TextSize size) {
  MapSelection s = default_selection();
  s.lang = lang;
  s.layout.text_size = size;
  return s;
}

// Every indicator of the Q1/2021 report has a figure for at least one district; next
// quarter's planner's table has only the budget revenue, so presenting 2021-Q2 steps
// through that one map unless all are asked for.
TEST(Present, SlidesSkipIndicatorsWithoutFiguresUnlessAllAreAsked) {
  MapState state(inputs(), default_selection(), {write_table("next-quarter.csv", kNextQuarter).string()});
  const std::size_t indicators = state.table().indicators().size();
  EXPECT_EQ(indicator_slides(state, true).size(), indicators) << "2021-Q1: every indicator has a figure";
  state.select_period("2021-Q2");
  const std::vector<Slide> with_data = indicator_slides(state, true);
  ASSERT_EQ(with_data.size(), 1u);
  EXPECT_EQ(with_data[0].indicator, "budget_revenue_attainment");
  EXPECT_EQ(shown_spec(with_data[0], state).period, "2021-Q2");
  const std::vector<Slide> all = indicator_slides(state, false);
  ASSERT_EQ(all.size(), indicators);
  for (const Slide& slide : all) {
    state.select(shown_spec(slide, state));
    const long figures = std::count_if(state.choropleth().districts.begin(), state.choropleth().districts.end(),
                                       [](const DistrictShading& s) { return s.value != nullptr; });
    EXPECT_EQ(figures > 0, slide.indicator == "budget_revenue_attainment") << slide.indicator;
  }
}

// A manual classification and title overrides belong to their indicator: the other slides
// get their own (breaks of their own, automatic titles), and coming back brings these back.
TEST(Present, OtherSlidesDoNotInheritManualBreaksOrTitles) {
  MapState state(inputs(), default_selection());
  const std::vector<double> typed{10, 20};
  state.select_breaks(typed);
  state.set_titles("Thu ngân sách — giao ban", "");
  const MapSpec first = state.spec();
  int with_own_breaks = 0;
  for (const Slide& slide : indicator_slides(state, false)) {
    const MapSpec shown = shown_spec(slide, state);
    EXPECT_EQ(shown.indicator, slide.indicator);
    if (slide.indicator == first.indicator) {
      EXPECT_EQ(shown, first);
      continue;
    }
    EXPECT_TRUE(shown.title.empty()) << slide.indicator;
    EXPECT_TRUE(shown.subtitle.empty()) << slide.indicator;
    // Breaks in another unit would mean nothing; an indicator without exact figures has
    // nothing to classify and keeps the unused ones.
    const MapPicture picture = make_picture(state.inputs(), state.table(), shown);
    const bool exact = std::any_of(picture.choropleth.districts.begin(), picture.choropleth.districts.end(),
                                   [](const DistrictShading& d) { return d.value != nullptr && d.value->is_exact(); });
    if (exact) {
      EXPECT_NE(shown.breaks, typed) << slide.indicator;
      ++with_own_breaks;
    }
  }
  EXPECT_GT(with_own_breaks, 3) << "nothing was tested";
  // Shown one after the other as presenting shows them, then the first again: its own.
  for (const Slide& slide : indicator_slides(state, false)) state.select(shown_spec(slide, state));
  EXPECT_NE(state.spec().indicator, first.indicator);
  state.select(shown_spec({.indicator = first.indicator, .whole = std::nullopt}, state));
  EXPECT_EQ(state.spec(), first);
}

// Pins, the palette, the view and the number of classes are the presenter's: a change
// made on one slide holds on the next ones, and the room kept for the slides follows it.
TEST(Present, ChangesMadeWhilePresentingHoldOnTheNextSlides) {
  MapState state(inputs(), with_text_size(Lang::vi, TextSize::projector));
  const std::vector<Slide> slides = indicator_slides(state, true);
  ASSERT_GE(slides.size(), 3u);
  state.select(shown_spec(slides[0], state));
  state.toggle_pin("033");
  state.select_palette("Greens");
  state.select_classes(4);
  state.select_lang(Lang::en);
  for (std::size_t i = 1; i < 3; ++i) {
    state.select(shown_spec(slides[i], state));
    const std::string slide = "slide " + std::to_string(i + 1);
    EXPECT_EQ(state.spec().indicator, slides[i].indicator) << slide;
    EXPECT_EQ(state.spec().pinned, std::vector<std::string>{"033"}) << slide;
    EXPECT_EQ(state.scene().pinned, std::vector<std::string>{"033"}) << slide;
    EXPECT_EQ(state.spec().palette, "Greens") << slide;
    EXPECT_EQ(state.spec().classes, 4) << slide;
    EXPECT_EQ(state.spec().lang, Lang::en) << slide;
    EXPECT_EQ(state.spec().layout.text_size, TextSize::projector) << slide;
  }
  state.select_view(ViewKind::rank);
  state.select(shown_spec(slides[0], state));
  EXPECT_EQ(state.spec().view, ViewKind::rank) << "a ranking presented stays a ranking";
  // The room kept for the slides is the map's, whichever view is on screen.
  const LayoutOptions layout = window_layout(state.layout(), false);
  const LayoutReserve under_ranking = slides_reserve(state, slides, {1280, 720}, font(), layout);
  EXPECT_GT(under_ranking.legend_w, 0);
  state.select_view(ViewKind::map);
  EXPECT_EQ(under_ranking, slides_reserve(state, slides, {1280, 720}, font(), layout));
}

// A story's slide (a saved spec) shows as it was saved, pins and palette included, in the
// presenter's language and text size.
TEST(Present, AStorySlideShowsItsWholeSpecInThePresentersLanguageAndTextSize) {
  MapState state(inputs(), with_text_size(Lang::en, TextSize::large_hall));
  state.toggle_pin("033");
  MapSpec saved = default_selection();
  saved.indicator = indicator_slides(state, false).at(1).indicator;
  saved.palette = "Blues";
  saved.pinned = {"027"};
  const MapSpec shown = shown_spec({.indicator = saved.indicator, .whole = saved}, state);
  EXPECT_EQ(shown.lang, Lang::en);
  EXPECT_EQ(shown.layout.text_size, TextSize::large_hall);
  MapSpec expected = saved;
  expected.lang = Lang::en;
  expected.layout.text_size = TextSize::large_hall;
  EXPECT_EQ(shown, expected);
}

TEST(Present, TheMapStaysPutFromSlideToSlide) {
  for (const TextSize text : all_text_sizes())
    for (const Lang lang : {Lang::vi, Lang::en})
      for (const PixelSize size : {PixelSize{1280, 720}, PixelSize{1920, 1080}}) {
        MapState state(inputs(), with_text_size(lang, text));
        const PresentedSlides p = present(state, size, /*only_with_data=*/false);
        ASSERT_EQ(p.frames.size(), state.table().indicators().size());
        const Frame& first = p.frames.front();
        const std::string where = std::string(text_size_id(text)) + " " + pick(lang, "vi", "en") + " " +
                                  std::to_string(size.width) + "x" + std::to_string(size.height);
        bool legend_widths_differ = false;
        for (std::size_t i = 0; i < p.frames.size(); ++i) {
          const Frame& f = p.frames[i];
          const std::string slide = where + ", slide " + p.slides[i].indicator;
          EXPECT_EQ(f.map_viewport.x, first.map_viewport.x) << slide;
          EXPECT_EQ(f.map_viewport.y, first.map_viewport.y) << slide;
          EXPECT_EQ(f.map_viewport.w, first.map_viewport.w) << slide;
          EXPECT_EQ(f.map_viewport.h, first.map_viewport.h) << slide;
          EXPECT_EQ(f.transform.scale, first.transform.scale) << slide;
          EXPECT_EQ(f.transform.origin_x, first.transform.origin_x) << slide;
          EXPECT_EQ(f.transform.origin_y, first.transform.origin_y) << slide;
          EXPECT_EQ(f.transform.center.x, first.transform.center.x) << slide;
          EXPECT_EQ(f.transform.center.y, first.transform.center.y) << slide;
          // Each alone would have put its map elsewhere: the reserve is what holds it.
          const LayoutReserve alone = reserve_for(p.scenes[i], size.width, size.height, font(),
                                                  window_layout(state.layout(), false));
          const LayoutReserve first_alone = reserve_for(p.scenes[0], size.width, size.height, font(),
                                                        window_layout(state.layout(), false));
          legend_widths_differ |= alone.legend_w != first_alone.legend_w;
        }
        EXPECT_TRUE(legend_widths_differ) << where << ": the legends all need the same room, so nothing was tested";
      }
}

// The sample story for the Q1/2021 meeting: its map slides (five indicators, each its own
// classes, one with a spotlit district) put the map at the same place and scale, at both
// projector sizes and every text size, with the reserve the window gives the story.
TEST(Present, TheMapStaysPutAcrossTheSampleStorysMapSlides) {
  const Story story = io::read_story_file(std::string(HGM_TEST_SOURCE_DIR) + "/examples/q1-2021-meeting.story.json",
                                          Lang::vi);
  const std::vector<Slide> slides = story_slides(story);
  for (const TextSize text : all_text_sizes())
    for (const PixelSize size : {PixelSize{1280, 720}, PixelSize{1920, 1080}}) {
      MapState state(inputs(), with_text_size(Lang::vi, text));
      const LayoutOptions layout = window_layout(state.layout(), /*panel_visible=*/false);
      const LayoutReserve reserve = slides_reserve(state, slides, size, font(), layout);
      std::optional<Frame> first;
      int maps = 0;
      for (std::size_t i = 0; i < slides.size(); ++i) {
        const MapSpec spec = shown_spec(slides[i], state);
        if (spec.view != ViewKind::map) continue;
        ++maps;
        const SeriesPlace series{reserve, std::to_string(i + 1) + " / " + std::to_string(slides.size()), {}};
        const Frame f = layout_frame(make_picture(state.inputs(), state.table(), spec).scene, size.width, size.height,
                                     MapView{}, font(), layout, series);
        if (!first) first = f;
        const std::string slide = std::string(text_size_id(text)) + " " + std::to_string(size.width) + ", slide " +
                                  std::to_string(i + 1);
        EXPECT_EQ(f.map_viewport.x, first->map_viewport.x) << slide;
        EXPECT_EQ(f.map_viewport.y, first->map_viewport.y) << slide;
        EXPECT_EQ(f.map_viewport.w, first->map_viewport.w) << slide;
        EXPECT_EQ(f.map_viewport.h, first->map_viewport.h) << slide;
        EXPECT_EQ(f.transform.scale, first->transform.scale) << slide;
        EXPECT_EQ(f.transform.origin_x, first->transform.origin_x) << slide;
        EXPECT_EQ(f.transform.origin_y, first->transform.origin_y) << slide;
      }
      EXPECT_EQ(maps, 5) << "the sample story's five indicator maps";
    }
}

// At 1280×720 the projector preset shows no text under 20 px (1/36 of the height); at
// 1920×1080 none under 30 px; and no text runs into another.
TEST(Present, ProjectorTextIsReadableFromTheRoomAndNeverOverlaps) {
  for (const Lang lang : {Lang::vi, Lang::en})
    for (const PixelSize size : {PixelSize{1280, 720}, PixelSize{1920, 1080}}) {
      MapState state(inputs(), with_text_size(lang, TextSize::projector));
      const PresentedSlides p = present(state, size, /*only_with_data=*/false);
      const double least = size.height / 36.0;
      for (std::size_t i = 0; i < p.frames.size(); ++i) {
        const Frame& f = p.frames[i];
        const std::string slide = std::string(pick(lang, "vi", "en")) + " " + std::to_string(size.width) + "x" +
                                  std::to_string(size.height) + ", slide " + p.slides[i].indicator;
        ASSERT_GE(f.texts.size(), 15u) << slide << ": title, legend, labels, credits, counter";
        expect_readable(f, least, slide);
        EXPECT_TRUE(has_text(f, std::to_string(i + 1) + " / " + std::to_string(p.frames.size()))) << slide;
      }
    }
}

// A spotlit district: the ten others veiled, its name and figure in large type beside it,
// clear of every label, on every slide.
TEST(Present, SpotlightNamesTheDistrictAndItsFigureLarge) {
  MapState state(inputs(), with_text_size(Lang::vi, TextSize::projector));
  const std::vector<Slide> slides = indicator_slides(state, true);
  const LayoutOptions layout = window_layout(state.layout(), false);
  const PixelSize size{1280, 720};
  const LayoutReserve reserve = slides_reserve(state, slides, size, font(), layout);
  const std::size_t xin_man = *inputs().data.registry.find_code("033");
  for (const Slide& slide : slides) {
    state.select(shown_spec(slide, state));
    const std::optional<DistrictDetails> details = district_details(state, static_cast<int>(xin_man));
    ASSERT_TRUE(details);
    const SeriesPlace plain{reserve, "1 / 1", {}};
    SeriesPlace lit = plain;
    lit.spotlight = Spotlight{"033", details->name, details->value_text};
    const Frame without = layout_frame(state.scene(), size.width, size.height, MapView{}, font(), layout, plain);
    const Frame with = layout_frame(state.scene(), size.width, size.height, MapView{}, font(), layout, lit);
    EXPECT_EQ(with.transform.scale, without.transform.scale) << "the map does not move";
    EXPECT_EQ(with.polygons.size(), without.polygons.size() + state.scene().features.size())
        << slide.indicator << ": a veil on each of the other districts and the callout's box";
    // The callout's figure is the largest text on the screen (a long one wraps).
    const auto title_line = std::find_if(with.texts.begin(), with.texts.end(),
                                         [&](const FrameText& t) { return t.y < with.map_viewport.y; });
    ASSERT_NE(title_line, with.texts.end()) << slide.indicator << ": no title above the map";
    const double title = title_line->size_px;
    std::string figure_text;
    const FrameText* figure = nullptr;
    for (const FrameText& t : with.texts)
      if (t.size_px > title) {
        figure_text += (figure_text.empty() ? "" : " ") + t.utf8;
        if (figure == nullptr) figure = &t;
      }
    ASSERT_NE(figure, nullptr) << slide.indicator << ": " << details->value_text;
    // A qualifier in brackets ("(chung 4 huyện/thành phố: …)") follows in smaller type.
    const std::string headline = details->value_text.substr(0, details->value_text.find(" ("));
    EXPECT_EQ(figure_text, headline) << slide.indicator;
    std::string callout;
    for (const FrameText& t : with.texts)
      if (t.size_px > title || (&t > figure && callout.size() < details->value_text.size() && t.y > figure->y))
        callout += (callout.empty() ? "" : " ") + t.utf8;
    EXPECT_EQ(callout, details->value_text) << slide.indicator;
    EXPECT_TRUE(has_text(with, "Huyện Xín Mần")) << slide.indicator;
    EXPECT_TRUE(with.map_viewport.contains(figure->x, figure->y)) << slide.indicator;
    expect_readable(with, size.height / 36.0, "spotlight on " + slide.indicator);
    // The callout (the last polygon: drawn over the veils) never hides Xín Mần, and a small
    // one not much of the province: it stood over the middle of the map before.
    const std::vector<Vec2>& box = with.polygons.back().mesh.vertices;
    ASSERT_EQ(box.size(), 4u);
    int land = 0, samples = 0;
    for (double fx = 0.05; fx < 1; fx += 0.1)
      for (double fy = 0.05; fy < 1; fy += 0.1) {
        const Vec2 p = with.transform.to_map({box[0].x + (box[2].x - box[0].x) * fx, box[0].y + (box[2].y - box[0].y) * fy});
        ++samples;
        for (const MapFeature& feature : state.scene().features)
          if (point_in_shape(p, feature.shape)) {
            EXPECT_NE(feature.code, "033") << slide.indicator << ": the callout covers Xín Mần";
            ++land;
            break;
          }
      }
    // A callout of a short figure finds a place mostly off the land; a long one (a fact
    // shared by a group, a scheme's name) covers veiled districts, as it must somewhere.
    const double area = (box[2].x - box[0].x) * (box[2].y - box[0].y);
    if (area < with.map_viewport.w * with.map_viewport.h / 8) {
      EXPECT_LT(land, samples / 4) << slide.indicator << ": the callout covers " << land << " of " << samples
                                   << " points of land";
    }
  }
}

// Zoomed in, the spotlight's veils and outline stay inside the map's viewport, as the
// pinned outlines do: before, the veils whitened the legend and the title.
TEST(Present, AZoomedInSpotlightStaysOnTheMap) {
  MapState state(inputs(), with_text_size(Lang::vi, TextSize::projector));
  const LayoutOptions layout = window_layout(state.layout(), false);
  const std::optional<DistrictDetails> details =
      district_details(state, static_cast<int>(*inputs().data.registry.find_code("033")));
  ASSERT_TRUE(details);
  SeriesPlace lit{{}, "1 / 1", {}};
  lit.spotlight = Spotlight{"033", details->name, details->value_text};
  // Zoomed four times on Xín Mần: the province's other districts run off the viewport.
  Bounds all;
  Vec2 xin_man;
  for (const MapFeature& feature : state.scene().features) {
    const Bounds b = bounds_of(feature.shape);
    all.min_x = std::min(all.min_x, b.min_x), all.min_y = std::min(all.min_y, b.min_y);
    all.max_x = std::max(all.max_x, b.max_x), all.max_y = std::max(all.max_y, b.max_y);
    if (feature.code == "033") xin_man = feature.label_anchor;
  }
  MapView zoomed;
  zoomed.zoom = 4;
  zoomed.pan = {xin_man.x - (all.min_x + all.max_x) / 2, xin_man.y - (all.min_y + all.max_y) / 2};
  const Frame f = layout_frame(state.scene(), 1280, 720, zoomed, font(), layout, lit);
  const PixelRect& v = f.map_viewport;
  const auto inside = [&](Vec2 p) { return p.x >= v.x - 1e-6 && p.x <= v.x + v.w + 1e-6 && p.y >= v.y - 1e-6 && p.y <= v.y + v.h + 1e-6; };
  std::size_t veil_vertices = 0;
  for (const FramePolygon& p : f.polygons)
    if (p.fill.a < 255 && p.fill.r == 255)  // the white veils
      for (const Vec2 q : p.mesh.vertices) {
        EXPECT_TRUE(inside(q)) << q.x << "," << q.y;
        ++veil_vertices;
      }
  EXPECT_GT(veil_vertices, 0u);
  std::size_t heavy = 0;
  for (const FrameLine& line : f.lines)
    if (line.width >= 4 * 720 / 1080.0 - 1e-9 && line.color == Color{33, 33, 33, 255})
      for (const Vec2 q : line.points) {
        EXPECT_TRUE(inside(q)) << q.x << "," << q.y;
        ++heavy;
      }
  EXPECT_GT(heavy, 0u) << "the spotlit district's outline";
}

// The laptop preset is the export's look: the window's map with it (panel hidden) is the
// frame `export` writes from a spec that names no text size; the projector's is larger.
TEST(Present, TheLaptopPresetIsTheExportLook) {
  MapState state(inputs(), default_selection());
  ASSERT_EQ(state.layout().text_size, TextSize::laptop);
  FrameCache cache;
  const Frame window = cache.frame_for(state, {1920, 1080}, font(), /*panel_visible=*/false);
  MapSpec exported_spec = default_selection();
  exported_spec.size = ImageSize{1920, 1080};
  const Frame exported = layout_for_export(make_scene(inputs(), exported_spec), exported_spec, font());
  ASSERT_EQ(window.width, exported.width);
  ASSERT_EQ(window.height, exported.height);
  EXPECT_EQ(window.map_viewport.x, exported.map_viewport.x);
  EXPECT_EQ(window.map_viewport.y, exported.map_viewport.y);
  EXPECT_EQ(window.map_viewport.w, exported.map_viewport.w);
  EXPECT_EQ(window.map_viewport.h, exported.map_viewport.h);
  EXPECT_EQ(window.transform.scale, exported.transform.scale);
  ASSERT_GE(exported.texts.size(), 15u) << "title, legend, labels and credits";
  ASSERT_EQ(window.texts.size(), exported.texts.size());
  for (std::size_t i = 0; i < exported.texts.size(); ++i) {
    const FrameText &a = window.texts[i], &b = exported.texts[i];
    EXPECT_EQ(a.utf8, b.utf8) << "text " << i;
    EXPECT_TRUE(a.x == b.x && a.y == b.y && a.size_px == b.size_px) << a.utf8;
  }
  // The title's first line: the first text above the map.
  const auto title = [&](const Frame& f) {
    return std::find_if(f.texts.begin(), f.texts.end(), [&](const FrameText& t) { return t.y < f.map_viewport.y; });
  };
  ASSERT_NE(title(exported), exported.texts.end());
  EXPECT_DOUBLE_EQ(title(exported)->size_px, 40.0) << "the standard title at 1920×1080";
  state.set_layout({.text_size = TextSize::projector});
  const Frame larger = cache.frame_for(state, {1920, 1080}, font(), false);
  ASSERT_NE(title(larger), larger.texts.end());
  EXPECT_GT(title(larger)->size_px, title(exported)->size_px);
}

}  // namespace
}  // namespace hgm::app
