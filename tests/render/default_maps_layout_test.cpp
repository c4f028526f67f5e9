// Labels on the real maps: for every indicator, in both languages, at slide and print
// sizes, no label overlaps another label, the legend or the locator inset, every text
// stays inside the frame, and every district is named.
#include <gtest/gtest.h>

#include <array>

#include "box_px.h"
#include "core/layout/frame_layout.h"
#include "core/layout/scene_builder.h"
#include "project_inputs.h"
#include "render/text/font.h"

namespace hgm {
namespace {

using test::BoxPx;

using test::overlap;


TEST(DefaultMapsLayout, NoLabelOverlapsAnythingOnAnyMap) {
  const std::vector<std::pair<int, int>> sizes = {{1920, 1080}, {3840, 2160}, {1280, 720}, {1240, 1754}};
  const io::MapInputs& inputs = test::project_inputs();
  int maps = 0;
  for (const Indicator& ind : inputs.data.table.indicators())
    for (const Lang lang : {Lang::vi, Lang::en})
      for (const auto& [w, h] : sizes) {
        ChoroplethOptions o;
        o.indicator = ind.id;
        o.period = "2021-Q1";
        o.lang = lang;
        const Choropleth map = build_choropleth(inputs.data.registry, inputs.data.table, o);
        const Scene scene = build_scene(map, inputs.boundaries, inputs.data.registry, lang, kBoundaryAttribution,
                                        inputs.locator);
        LayoutOptions layout;
        layout.show_histogram = true;
        const Frame f = layout_frame(scene, w, h, MapView{}, test::project_font(), layout);
        SCOPED_TRACE(ind.id + (lang == Lang::vi ? " vi " : " en ") + std::to_string(w) + "x" + std::to_string(h));
        std::vector<BoxPx> labels;
        int district_labels = 0;
        for (const FrameText& t : f.texts) {
          const BoxPx box{t.x, t.y - test::project_font().ascent(t.size_px), t.x + test::project_font().text_width(t.utf8, t.size_px),
                          t.y + test::project_font().descent(t.size_px)};
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

}  // namespace
}  // namespace hgm
