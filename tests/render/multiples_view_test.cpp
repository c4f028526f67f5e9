// Side-by-side maps (small multiples) from the project's real tables and boundaries, with
// the real font: 2, 3 and 4 panels at slide, projector and A4 portrait sizes in both
// languages keep their panels apart, each with its title, legend and map, no text over
// another or out of the frame or under the legible size, and the boundary attribution;
// through real OpenGL each panel's districts have the colours their single map gives them.
#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <map>
#include <string>

#include "box_px.h"
#include "core/errors.h"
#include "core/layout/scene_builder.h"
#include "core/spec/make_scene.h"
#include "core/thematic/color.h"
#include "core/views/chart_furniture.h"
#include "core/views/multiples_view.h"
#include "project_inputs.h"
#include "render/render_image.h"
#include "renderer_fixture.h"

namespace hgm {
namespace {

using test::BoxPx;

const std::vector<std::string> kIndicators = {"budget_revenue_attainment", "investment_disbursement",
                                              "overdue_admin_files", "digital_signature_use"};

class MultiplesView : public ::testing::Test {
 protected:
  static const io::MapInputs& inputs() { return test::project_inputs(); }
  static render::OffscreenRenderer& renderer() { return render::test::shared_renderer(); }
  static BoxPx box(const FrameText& t) {
    const render::Font& f = renderer().font();
    return {t.x, t.y - f.ascent(t.size_px), t.x + f.text_width(t.utf8, t.size_px), t.y + f.descent(t.size_px)};
  }
  static MultiplesPicture picture(const MapSpec& spec, int w, int h) {
    return layout_multiples_view(inputs(), inputs().data.table, spec, w, h, renderer().font());
  }
  static MapSpec spec_of(std::size_t panels, Lang lang) {
    MapSpec spec;
    spec.view = ViewKind::multiples;
    spec.lang = lang;
    spec.indicators.assign(kIndicators.begin(), kIndicators.begin() + static_cast<std::ptrdiff_t>(panels));
    return spec;
  }
};

using test::overlap;
bool inside(const BoxPx& a, const PixelRect& r) {
  return a[0] >= r.x - 0.5 && a[1] >= r.y - 0.5 && a[2] <= r.x + r.w + 0.5 && a[3] <= r.y + r.h + 0.5;
}
BoxPx box_of(const PixelRect& r) { return {r.x, r.y, r.x + r.w, r.y + r.h}; }

TEST(MultiplesViewData, TheIndicatorsOfTheTestAllHaveFigures) {
  for (const std::string& id : kIndicators) EXPECT_NE(test::project_inputs().data.table.find_indicator(id), nullptr) << id;
}

TEST_F(MultiplesView, PanelsTitlesLegendsAndTextsFitAtSlideProjectorAndPrintSizes) {
  const std::vector<std::pair<int, int>> sizes = {{1920, 1080}, {1280, 720}, {1240, 1754}};
  for (const Lang lang : {Lang::vi, Lang::en})
    for (std::size_t n = 2; n <= 4; ++n)
      for (const auto& [w, h] : sizes) {
        SCOPED_TRACE(std::to_string(n) + " panels at " + std::to_string(w) + "x" + std::to_string(h) +
                     (lang == Lang::vi ? " vi" : " en"));
        const MapSpec spec = spec_of(n, lang);
        const MultiplesPicture p = picture(spec, w, h);
        const Frame& f = p.frame;
        ASSERT_EQ(p.panels.size(), n);
        ASSERT_EQ(f.panel_maps.size(), n);
        ASSERT_EQ(p.scenes.size(), n);
        EXPECT_EQ(f.scene, nullptr);
        const PixelRect whole{0, 0, static_cast<double>(w), static_cast<double>(h)};
        for (std::size_t i = 0; i < n; ++i) {
          const PixelRect& panel = p.panels[i];
          EXPECT_TRUE(inside(box_of(panel), whole)) << i;
          for (std::size_t j = 0; j < i; ++j) EXPECT_FALSE(overlap(box_of(panel), box_of(p.panels[j]))) << i << " " << j;
          // Its map is inside it and not a sliver.
          const PixelRect& vp = f.panel_maps[i].viewport;
          EXPECT_TRUE(inside(box_of(vp), panel)) << i;
          EXPECT_GE(vp.w, 0.3 * panel.w) << i;
          EXPECT_GE(vp.h, 0.3 * panel.h) << i;
          EXPECT_EQ(f.panel_maps[i].scene, p.scenes[i].get());
          // Its title (the indicator's name, maybe over two lines) and its legend's entries.
          const Indicator* ind = inputs().data.table.find_indicator(kIndicators[i]);
          const std::string name = lang == Lang::vi ? ind->name_vi : ind->name_en;
          bool titled = false;
          for (const FrameText& t : f.texts)
            titled |= inside(box(t), panel) && name.rfind(t.utf8, 0) == 0 && t.utf8.size() >= 4 && box(t)[3] <= vp.y + 1;
          EXPECT_TRUE(titled) << name;
          ASSERT_FALSE(p.scenes[i]->legend.entries.empty());
          for (const LegendEntry& e : p.scenes[i]->legend.entries) {
            bool shown = false;
            // Its first line (a long label wraps beside its swatch).
            for (const FrameText& t : f.texts)
              shown |= !t.utf8.empty() && e.label.rfind(t.utf8, 0) == 0 && inside(box(t), panel) &&
                       (t.utf8 == e.label || e.label[t.utf8.size()] == ' ');
            EXPECT_TRUE(shown) << name << ": legend entry '" << e.label << "'";
          }
        }
        std::vector<std::pair<BoxPx, const FrameText*>> seen;
        std::string all;
        for (const FrameText& t : f.texts) {
          const BoxPx b = box(t);
          EXPECT_TRUE(inside(b, whole)) << t.utf8;
          EXPECT_GE(t.size_px, views::kLegibleText - 1e-9) << t.utf8;
          for (const auto& [other, text] : seen) EXPECT_FALSE(overlap(b, other)) << "'" << t.utf8 << "' over '" << text->utf8 << "'";
          seen.push_back({b, &t});
          all += t.utf8 + " ";
        }
        // One frame title; the boundary attribution as on every map.
        const std::string title = lang == Lang::vi ? "So sánh " + std::to_string(n) + " chỉ tiêu"
                                                   : std::to_string(n) + " indicators by district";
        EXPECT_NE(all.find(title), std::string::npos) << all;
        for (const char* words : {"OCHA ROAP", "geoBoundaries", "CC BY 3.0 IGO"})
          EXPECT_NE(all.find(words), std::string::npos) << words;
      }
}

TEST_F(MultiplesView, APinnedDistrictIsOutlinedInEveryPanelAndSaidOnce) {
  MapSpec spec = spec_of(4, Lang::en);
  spec.pinned = {"027"};  // Mèo Vạc
  const MultiplesPicture p = picture(spec, 1920, 1080);
  for (std::size_t i = 0; i < p.scenes.size(); ++i) {
    const MapTransform& tf = p.frame.panel_maps[i].transform;
    const PixelRect& vp = p.frame.panel_maps[i].viewport;
    double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;  // Mèo Vạc's extent, map units
    for (const MapFeature& f : p.scenes[i]->features)
      if (f.code == "027")
        for (const Polygon& poly : f.shape)
          for (const Vec2& v : poly.outer) x0 = std::min(x0, v.x), y0 = std::min(y0, v.y), x1 = std::max(x1, v.x), y1 = std::max(y1, v.y);
    int outlines = 0;
    for (const FrameLine& l : p.frame.lines) {
      if (l.width < 2 || l.color.r == 255 || l.points.empty()) continue;  // leader lines, the white casing
      bool in_panel = true, on_meo_vac = true;
      for (const Vec2& px : l.points) {
        in_panel = in_panel && inside({px.x, px.y, px.x, px.y}, vp);
        const Vec2 m = tf.to_map(px);
        on_meo_vac = on_meo_vac && m.x >= x0 - 1 && m.x <= x1 + 1 && m.y >= y0 - 1 && m.y <= y1 + 1;
      }
      outlines += in_panel && on_meo_vac;
    }
    EXPECT_GE(outlines, 1) << kIndicators[i];
  }
  int said = 0;
  for (const FrameText& t : p.frame.texts) said += t.utf8.find("pinned district") != std::string::npos;
  EXPECT_EQ(said, 1);
}

TEST_F(MultiplesView, FourPanelsTooSmallToReadAreRefusedWithTheSmallestSizeThatWorks) {
  const MapSpec spec = spec_of(4, Lang::en);
  try {
    picture(spec, 640, 360);
    FAIL() << "640x360 should be refused";
  } catch (const UsageError& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find("4 maps side by side would not be legible at 640x360"), std::string::npos) << what;
    const std::size_t at = what.find("--size ");
    ASSERT_NE(at, std::string::npos) << what;
    int w = 0, h = 0;
    ASSERT_EQ(std::sscanf(what.c_str() + at, "--size %dx%d", &w, &h), 2) << what;
    EXPECT_GT(w, 640);
    EXPECT_NEAR(static_cast<double>(h) / w, 360.0 / 640, 0.01);
    EXPECT_NO_THROW(picture(spec, w, h)) << "the size it names works";
    // ... and it is the smallest: a tenth smaller does not.
    EXPECT_THROW(picture(spec, static_cast<int>(w / 1.1) - 1, static_cast<int>(h / 1.1) - 1), UsageError);
  }
}

TEST_F(MultiplesView, UsageErrorsSayWhatToGive) {
  MapSpec one = spec_of(2, Lang::vi);
  one.indicators = {"budget_revenue_attainment"};
  EXPECT_THROW(picture(one, 1920, 1080), UsageError);
  MapSpec five = spec_of(4, Lang::en);
  five.indicators.push_back("garden_plan_issued");
  try {
    picture(five, 1920, 1080);
    FAIL();
  } catch (const UsageError& e) {
    EXPECT_NE(std::string(e.what()).find("2 to 4 indicators"), std::string::npos) << e.what();
  }
  MapSpec twice = spec_of(2, Lang::en);
  twice.indicators[1] = twice.indicators[0];
  EXPECT_THROW(picture(twice, 1920, 1080), UsageError);
  MapSpec same = spec_of(0, Lang::en);
  same.compared_period = same.period;
  EXPECT_THROW(picture(same, 1920, 1080), UsageError);
  MapSpec unknown = spec_of(2, Lang::en);
  unknown.indicators[1] = "no_such_indicator";
  EXPECT_THROW(picture(unknown, 1920, 1080), UsageError);
}

// Pixels of the disc around a district's pole, 90 % of its inscribed radius, leaving out
// any text's box: most show its fill, hatched ones their fill and hatch colour.
TEST_F(MultiplesView, EachPanelsDistrictsHaveTheColoursOfTheirSingleMap) {
  for (const auto& [w, h] : std::vector<std::pair<int, int>>{{1920, 1080}, {1240, 1754}}) {
    MapSpec spec = spec_of(4, Lang::vi);
    spec.pinned = {"033"};
    const MultiplesPicture p = picture(spec, w, h);
    const render::Image img = renderer().render(p.frame);
    ASSERT_EQ(img.width, w);
    // Measured once: measuring every text for every pixel took 85 s under AddressSanitizer.
    std::vector<BoxPx> text_boxes;
    for (const FrameText& t : p.frame.texts) text_boxes.push_back(box(t));
    const auto under_text = [&](int x, int y) {
      for (const BoxPx& b : text_boxes)
        if (x >= b[0] - 4 && x <= b[2] + 4 && y >= b[1] - 4 && y <= b[3] + 4) return true;
      return false;
    };
    std::size_t hatched_checked = 0;
    for (std::size_t i = 0; i < p.scenes.size(); ++i) {
      SCOPED_TRACE(kIndicators[i] + " at " + std::to_string(w) + "x" + std::to_string(h));
      // What `inspect` reports for this indicator: the single map's choropleth.
      MapSpec single;
      single.indicator = kIndicators[i];
      const MapPicture one = make_picture(inputs(), inputs().data.table, single);
      const MapTransform& tf = p.frame.panel_maps[i].transform;
      for (const MapFeature& feature : p.scenes[i]->features) {
        const DistrictShading* shading = nullptr;
        for (const DistrictShading& s : one.choropleth.districts)
          if (inputs().data.registry.at(s.district).code == feature.code) shading = &s;
        ASSERT_NE(shading, nullptr) << feature.code;
        const Vec2 c = tf.to_pixel(feature.label_anchor);
        const double r = 0.9 * feature.inscribed_radius * tf.scale;
        std::map<std::string, int> counts;
        int total = 0;
        for (int y = static_cast<int>(c.y - r); y <= static_cast<int>(c.y + r); ++y)
          for (int x = static_cast<int>(c.x - r); x <= static_cast<int>(c.x + r); ++x) {
            if ((x - c.x) * (x - c.x) + (y - c.y) * (y - c.y) > r * r) continue;
            if (feature.code == "033") continue;  // its pinned outline runs inside it
            if (under_text(x, y)) continue;
            ++counts[to_hex(img.pixel(x, y))];
            ++total;
          }
        if (feature.code == "033") continue;
        ASSERT_GT(total, 20) << feature.code;
        const std::string fill = to_hex(shading->style.fill);
        EXPECT_EQ(to_hex(feature.style.fill), fill) << feature.code;
        if (shading->style.pattern == FillPattern::solid) {
          EXPECT_GT(counts[fill], total / 2) << feature.code << " expected mostly " << fill;
        } else {
          EXPECT_GT(counts[fill], total / 5) << feature.code << " " << fill;
          EXPECT_GT(counts[to_hex(shading->style.pattern_color)], total / 50) << feature.code;
          ++hatched_checked;
        }
      }
    }
    EXPECT_GT(hatched_checked, 0u) << "bounds are hatched in the panels too";
  }
}

}  // namespace
}  // namespace hgm
