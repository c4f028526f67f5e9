// District names in the small multiples' panels, from the project's real data with the real
// font. Where the legible floor holds the names larger than the panel's proportions (a
// projector's 1280×720, or the window with its side panel open), each panel keeps only the
// names that fit in their districts, apart from each other and the legend, and the pinned
// districts' names; at 1920×1080 and 3840×2160 every panel names all 11 districts.
#include <gtest/gtest.h>

#include <array>
#include <string>
#include <vector>

#include "box_px.h"
#include "core/geometry.h"
#include "core/views/multiples_view.h"
#include "project_inputs.h"
#include "renderer_fixture.h"

namespace hgm {
namespace {

using test::BoxPx;

const std::vector<std::string> kFourIndicators = {"budget_revenue_attainment", "investment_disbursement",
                                              "overdue_admin_files", "digital_signature_use"};

struct Name {
  const MapFeature* district;
  BoxPx box;  // the text with its halo
};

bool overlap_with_gap(const BoxPx& a, const BoxPx& b, double gap = 0) {
  return a[0] - gap < b[2] && b[0] - gap < a[2] && a[1] - gap < b[3] && b[1] - gap < a[3];
}

class MultiplesLabels : public ::testing::Test {
 protected:
  static MultiplesPicture picture(std::size_t panels, int w, int h, std::vector<std::string> pinned = {}) {
    MapSpec spec;
    spec.view = ViewKind::multiples;
    spec.indicators.assign(kFourIndicators.begin(), kFourIndicators.begin() + static_cast<std::ptrdiff_t>(panels));
    spec.pinned = std::move(pinned);
    const io::MapInputs& in = test::project_inputs();
    return layout_multiples_view(in, in.data.table, spec, w, h, render::test::shared_renderer().font());
  }
  // The district names drawn in panel `i`: texts in the panel that are one of its districts' labels.
  static std::vector<Name> names(const MultiplesPicture& p, std::size_t i) {
    const render::Font& font = render::test::shared_renderer().font();
    const PixelRect& panel = p.panels[i];
    std::vector<Name> out;
    for (const FrameText& t : p.frame.texts) {
      if (t.x < panel.x || t.x > panel.x + panel.w || t.y < panel.y || t.y > panel.y + panel.h) continue;
      for (const MapFeature& f : p.scenes[i]->features)
        if (f.label == t.utf8)
          out.push_back({&f, {t.x - t.halo_px, t.y - font.ascent(t.size_px) - t.halo_px,
                              t.x + font.text_width(t.utf8, t.size_px) + t.halo_px,
                              t.y + font.descent(t.size_px) + t.halo_px}});
    }
    return out;
  }
  // The panel's legend: the boxes drawn right of its map.
  static BoxPx legend(const MultiplesPicture& p, std::size_t i) {
    const PixelRect& panel = p.panels[i];
    const PixelRect& map = p.frame.panel_maps[i].viewport;
    BoxPx b{1e300, 1e300, -1e300, -1e300};
    for (const FrameRect& r : p.frame.rects) {
      if (r.rect.x < map.x + map.w - 0.5 || r.rect.x > panel.x + panel.w || r.rect.y < panel.y ||
          r.rect.y > panel.y + panel.h)
        continue;
      b = {std::min(b[0], r.rect.x), std::min(b[1], r.rect.y), std::max(b[2], r.rect.x + r.rect.w),
           std::max(b[3], r.rect.y + r.rect.h)};
    }
    return b;
  }
  static bool in_own_district(const Name& n, const FrameMap& map) {
    const Vec2 centre = map.transform.to_map({(n.box[0] + n.box[2]) / 2, (n.box[1] + n.box[3]) / 2});
    return point_in_shape(centre, n.district->shape);
  }
};

TEST_F(MultiplesLabels, AtAProjectorsSizeEachPanelKeepsTheNamesThatFitTheirDistrictsApartFromEachOtherAndTheLegend) {
  // 1280×720 on a projector; 896×720 is the window's room at 1280×720 with its side panel open.
  for (const auto& [w, h] : std::vector<std::pair<int, int>>{{1280, 720}, {896, 720}})
    for (std::size_t n = 3; n <= 4; ++n) {
      SCOPED_TRACE(std::to_string(n) + " panels at " + std::to_string(w) + "x" + std::to_string(h));
      const MultiplesPicture p = picture(n, w, h);
      for (std::size_t i = 0; i < n; ++i) {
        SCOPED_TRACE(kFourIndicators[i]);
        const std::vector<Name> shown = names(p, i);
        const BoxPx key = legend(p, i);
        ASSERT_LT(key[0], key[2]) << "the panel has its legend";
        // Thinned, yet the panel still names a fair share of its districts.
        EXPECT_LT(shown.size(), 11u);
        EXPECT_GE(shown.size(), 4u);
        for (std::size_t a = 0; a < shown.size(); ++a) {
          // In its own district: no names on leader lines over the small map.
          EXPECT_TRUE(in_own_district(shown[a], p.frame.panel_maps[i])) << shown[a].district->label;
          EXPECT_FALSE(overlap_with_gap(shown[a].box, key)) << shown[a].district->label << " over the legend";
          // Neighbouring names at least a pixel apart, halos included: they read as two.
          for (std::size_t b = 0; b < a; ++b)
            EXPECT_FALSE(overlap_with_gap(shown[a].box, shown[b].box, 1.0))
                << shown[a].district->label << " against " << shown[b].district->label;
        }
      }
    }
}

TEST_F(MultiplesLabels, PinnedDistrictsKeepTheirNamesInEveryThinnedPanel) {
  // TP. Hà Giang, enclosed by Vị Xuyên, is too small for its name: it goes outside, on a line.
  const MultiplesPicture p = picture(4, 1280, 720, {"024", "029"});
  for (std::size_t i = 0; i < 4; ++i) {
    SCOPED_TRACE(kFourIndicators[i]);
    const std::vector<Name> shown = names(p, i);
    EXPECT_LT(shown.size(), 11u);
    for (const char* code : {"024", "029"}) {
      bool named = false;
      for (const Name& s : shown) named |= s.district->code == code;
      EXPECT_TRUE(named) << code;
    }
    for (std::size_t a = 0; a < shown.size(); ++a)
      for (std::size_t b = 0; b < a; ++b) EXPECT_FALSE(overlap_with_gap(shown[a].box, shown[b].box));
  }
}

TEST_F(MultiplesLabels, AtSlideAndFourKSizesEveryPanelNamesAllElevenDistricts) {
  for (const auto& [w, h] : std::vector<std::pair<int, int>>{{1920, 1080}, {3840, 2160}})
    for (std::size_t n = 2; n <= 4; ++n) {
      SCOPED_TRACE(std::to_string(n) + " panels at " + std::to_string(w) + "x" + std::to_string(h));
      const MultiplesPicture p = picture(n, w, h);
      for (std::size_t i = 0; i < n; ++i) {
        const std::vector<Name> shown = names(p, i);
        EXPECT_EQ(shown.size(), 11u) << kFourIndicators[i];
        for (std::size_t a = 0; a < shown.size(); ++a)
          for (std::size_t b = 0; b < a; ++b) EXPECT_FALSE(overlap_with_gap(shown[a].box, shown[b].box));
      }
    }
}

}  // namespace
}  // namespace hgm
