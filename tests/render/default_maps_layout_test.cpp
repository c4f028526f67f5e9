// Labels on the real maps: for every indicator, in both languages, at slide and print
// sizes, no label overlaps another label, the legend or the locator inset, every text
// stays inside the frame, and every district is named.
#include <gtest/gtest.h>

#include <array>

#include "core/layout/frame_layout.h"
#include "core/layout/scene_builder.h"
#include "core/views/chart_furniture.h"
#include "core/views/view_frame.h"
#include "io/map_inputs.h"
#include "render/text/font.h"

namespace hgm {
namespace {

using BoxPx = std::array<double, 4>;  // x0, y0, x1, y1

bool overlap(const BoxPx& a, const BoxPx& b) { return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]; }

class DefaultMapsLayout : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    inputs_ = new io::MapInputs(io::load_map_inputs(std::string(HGM_TEST_BOUNDARY_DIR) + "/hagiang_districts.shp",
                                                    HGM_TEST_PROJECT_GEODATA_DIR, Lang::vi));
    font_ = new render::Font();
  }
  static void TearDownTestSuite() {
    delete inputs_;
    delete font_;
  }
  static io::MapInputs* inputs_;
  static render::Font* font_;
};
io::MapInputs* DefaultMapsLayout::inputs_ = nullptr;
render::Font* DefaultMapsLayout::font_ = nullptr;

TEST_F(DefaultMapsLayout, NoLabelOverlapsAnythingOnAnyMap) {
  const std::vector<std::pair<int, int>> sizes = {{1920, 1080}, {3840, 2160}, {1280, 720}, {1240, 1754}};
  int maps = 0;
  for (const Indicator& ind : inputs_->data.table.indicators())
    for (const Lang lang : {Lang::vi, Lang::en})
      for (const auto& [w, h] : sizes) {
        ChoroplethOptions o;
        o.indicator = ind.id;
        o.period = "2021-Q1";
        o.lang = lang;
        const Choropleth map = build_choropleth(inputs_->data.registry, inputs_->data.table, o);
        const Scene scene = build_scene(map, inputs_->boundaries, inputs_->data.registry, lang, kBoundaryAttribution,
                                        inputs_->locator);
        LayoutOptions layout;
        layout.show_histogram = true;
        const Frame f = layout_frame(scene, w, h, MapView{}, *font_, layout);
        SCOPED_TRACE(ind.id + (lang == Lang::vi ? " vi " : " en ") + std::to_string(w) + "x" + std::to_string(h));
        std::vector<BoxPx> labels;
        int district_labels = 0;
        for (const FrameText& t : f.texts) {
          const BoxPx box{t.x, t.y - font_->ascent(t.size_px), t.x + font_->text_width(t.utf8, t.size_px),
                          t.y + font_->descent(t.size_px)};
          EXPECT_GE(box[0], -0.5) << t.utf8;
          EXPECT_LE(box[2], w + 0.5) << t.utf8;
          EXPECT_GE(box[1], -0.5) << t.utf8;
          EXPECT_LE(box[3], h + 0.5) << t.utf8;
          if (t.halo_px <= 0) continue;  // only map labels and furniture captions carry halos
          for (const BoxPx& other : labels) EXPECT_FALSE(overlap(box, other)) << t.utf8;
          labels.push_back(box);
          for (const MapFeature& feat : scene.features) district_labels += feat.label == t.utf8;
        }
        // The legend and the locator are the first rect and the first white-filled rect after it.
        for (const FrameRect& r : f.rects) {
          if (r.style.fill != Color{255, 255, 255, 255}) continue;  // swatches and histogram bars
          const BoxPx panel{r.rect.x, r.rect.y, r.rect.x + r.rect.w, r.rect.y + r.rect.h};
          for (const BoxPx& label : labels) EXPECT_FALSE(overlap(label, panel));
        }
        EXPECT_EQ(district_labels, 11);
        ++maps;
      }
  EXPECT_GE(maps, 35 * 2 * 4);
}

// The overview and profile views of the real tables, at the same sizes in both languages:
// no text overlaps another, every text stays inside the frame, a figure never leaves its
// cell (nor shrinks below the legible size), and the rows either all fit or a note says
// how many did.
BoxPx box_of(const FrameText& t, const render::Font& font) {
  return {t.x, t.y - font.ascent(t.size_px), t.x + font.text_width(t.utf8, t.size_px),
          t.y + font.descent(t.size_px)};
}

// The smallest filled rectangle under a text's start: the cell it belongs to, if any.
const FrameRect* cell_of(const Frame& f, const FrameText& t) {
  const FrameRect* best = nullptr;
  for (const FrameRect& r : f.rects) {
    const PixelRect& p = r.rect;
    if (t.x >= p.x && t.x <= p.x + p.w && t.y - 1 >= p.y && t.y - 1 <= p.y + p.h &&
        (!best || p.w * p.h < best->rect.w * best->rect.h))
      best = &r;
  }
  return best;
}

void check_chart(const Frame& f, int w, int h, bool all_rows_must_fit, const render::Font& font) {
  std::vector<std::pair<BoxPx, const FrameText*>> boxes;
  bool cut_note = false;
  for (const FrameText& t : f.texts) {
    const BoxPx box = box_of(t, font);
    EXPECT_GE(box[0], -0.5) << t.utf8;
    EXPECT_LE(box[2], w + 0.5) << t.utf8;
    EXPECT_GE(box[1], -0.5) << t.utf8;
    EXPECT_LE(box[3], h + 0.5) << t.utf8;
    for (const auto& [other, text] : boxes) EXPECT_FALSE(overlap(box, other)) << "'" << t.utf8 << "' over '" << text->utf8 << "'";
    boxes.push_back({box, &t});
    if (const FrameRect* cell = cell_of(f, t)) {
      EXPECT_LE(box[2], cell->rect.x + cell->rect.w + 0.5) << "'" << t.utf8 << "' leaves its cell";
      EXPECT_GE(t.size_px, views::kLegibleText - 1e-9) << t.utf8;
    }
    cut_note |= t.utf8.find("chỉ vừa") != std::string::npos || t.utf8.find("Only ") == 0;
  }
  if (all_rows_must_fit) {
    EXPECT_FALSE(cut_note);
  }
}


const std::vector<std::pair<int, int>> kSizes = {{1920, 1080}, {3840, 2160}, {1280, 720}, {1240, 1754}};

TEST_F(DefaultMapsLayout, OverviewTextsNeitherOverlapNorLeaveTheirCells) {
  for (const Lang lang : {Lang::vi, Lang::en})
    for (const auto& [w, h] : kSizes) {
      SCOPED_TRACE((lang == Lang::vi ? "vi " : "en ") + std::to_string(w) + "x" + std::to_string(h));
      MapSpec spec{.view = ViewKind::overview, .lang = lang};
      spec.pinned = {"033"};
      const Frame f = layout_view_frame(*inputs_, inputs_->data.table, spec, w, h, *font_);
      // Every indicator with data fits the two export sizes a planner uses.
      check_chart(f, w, h, w >= 1920, *font_);
    }
}

TEST_F(DefaultMapsLayout, ProfileTextsNeitherOverlapNorLeaveTheirCells) {
  const std::vector<std::vector<std::string>> choices = {{"033"}, {"033", "027"}, {"024", "030", "034", "035"}};
  for (const auto& pinned : choices)
    for (const Lang lang : {Lang::vi, Lang::en})
      for (const auto& [w, h] : kSizes) {
        SCOPED_TRACE((lang == Lang::vi ? "vi " : "en ") + std::to_string(w) + "x" + std::to_string(h) + " " +
                     std::to_string(pinned.size()) + " districts");
        MapSpec spec{.view = ViewKind::profile, .lang = lang};
        spec.pinned = pinned;
        const Frame f = layout_view_frame(*inputs_, inputs_->data.table, spec, w, h, *font_);
        check_chart(f, w, h, w >= 1920 && h >= 1080, *font_);
      }
}

}  // namespace
}  // namespace hgm
