// Layout rules of the real maps at every size an export takes, from 640×360 to A3 at
// 300 DPI: no text under the floor (pixels on screen sizes, points on paper), every text
// of the legend inside the legend's box with all its rows, the archipelago names of the
// locator inset off its land and beside their islands, the attribution always there.
// Every indicator in both languages, each at three of the sizes (rotating, so each size
// meets a dozen indicators and the loop stays quick under ASan); the default map at all.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <sstream>

#include "box_px.h"
#include "core/errors.h"
#include "core/layout/frame_layout.h"
#include "core/layout/legibility.h"
#include "core/layout/scene_builder.h"
#include "core/spec/make_scene.h"
#include "project_inputs.h"
#include "render/text/font.h"

namespace hgm {
namespace {

using test::BoxPx;


BoxPx box_of(const FrameText& t) {
  return {t.x, t.y - test::project_font().ascent(t.size_px), t.x + test::project_font().text_width(t.utf8, t.size_px),
          t.y + test::project_font().descent(t.size_px)};
}

bool inside(const BoxPx& b, const PixelRect& r) {
  return b[0] >= r.x - 0.5 && b[1] >= r.y - 0.5 && b[2] <= r.x + r.w + 0.5 && b[3] <= r.y + r.h + 0.5;
}

// Words separated by single spaces: wrapped lines joined again compare with the original.
std::string words(const std::string& text) {
  std::istringstream in(text);
  std::string word, out;
  while (in >> word) out += (out.empty() ? "" : " ") + word;
  return out;
}

// Triangle against box by separating axes (the box's two, the triangle's three normals).
bool triangle_meets(const std::array<Vec2, 3>& t, const BoxPx& b) {
  // The box's two axes first: most of the land's triangles are away from the label.
  if (std::max({t[0].x, t[1].x, t[2].x}) < b[0] || std::min({t[0].x, t[1].x, t[2].x}) > b[2] ||
      std::max({t[0].y, t[1].y, t[2].y}) < b[1] || std::min({t[0].y, t[1].y, t[2].y}) > b[3])
    return false;
  const std::array<Vec2, 4> c{Vec2{b[0], b[1]}, Vec2{b[2], b[1]}, Vec2{b[2], b[3]}, Vec2{b[0], b[3]}};
  std::array<Vec2, 3> axes{};
  for (int i = 0; i < 3; ++i) axes[i] = {t[(i + 1) % 3].y - t[i].y, t[i].x - t[(i + 1) % 3].x};
  for (const Vec2 a : axes) {
    double t0 = INFINITY, t1 = -INFINITY, b0 = INFINITY, b1 = -INFINITY;
    for (const Vec2 p : t) t0 = std::min(t0, a.x * p.x + a.y * p.y), t1 = std::max(t1, a.x * p.x + a.y * p.y);
    for (const Vec2 p : c) b0 = std::min(b0, a.x * p.x + a.y * p.y), b1 = std::max(b1, a.x * p.x + a.y * p.y);
    if (b1 < t0 || b0 > t1) return false;
  }
  return true;
}

double gap_between(const BoxPx& a, const BoxPx& b) {
  const double dx = std::max({0.0, b[0] - a[2], a[0] - b[2]});
  const double dy = std::max({0.0, b[1] - a[3], a[1] - b[3]});
  return std::hypot(dx, dy);
}

struct Size {
  std::string name;
  OutputSize size;
};

const std::vector<Size>& sizes() {
  static const std::vector<Size> all = {
      {"640x360", ImageSize{640, 360}},
      {"800x600", ImageSize{800, 600}},
      {"1280x720", ImageSize{1280, 720}},
      {"1600x900", ImageSize{1600, 900}},
      {"1920x1080", ImageSize{1920, 1080}},
      {"720x1280", ImageSize{720, 1280}},
      {"403x686", ImageSize{403, 686}},  // a 1280×720 window's map beside a chart
      {"A4 portrait 300", PaperSize{Paper::a4, Orientation::portrait, 300}},
      {"A4 landscape 150", PaperSize{Paper::a4, Orientation::landscape, 150}},
      {"A3 landscape 300", PaperSize{Paper::a3, Orientation::landscape, 300}},
      {"A3 portrait 300", PaperSize{Paper::a3, Orientation::portrait, 300}},
      {"A4 portrait 72", PaperSize{Paper::a4, Orientation::portrait, 72}},
  };
  return all;
}

// The legend's texts are the frame's first (draw order), in the order of its rows: the
// title's lines, each entry's lines and count, the notes' lines, the histogram's labels.
// Returns how many texts it took; fails the test when a row is missing.
std::size_t check_legend(const Frame& f, const Legend& legend, bool histogram, const PixelRect& panel) {
  std::size_t i = 0;
  auto take_lines = [&](const std::string& whole, const char* what) {
    std::string joined;
    while (i < f.texts.size() && words(joined).size() < words(whole).size()) {
      EXPECT_TRUE(inside(box_of(f.texts[i]), panel)) << what << " line '" << f.texts[i].utf8 << "' outside the legend";
      joined += " " + f.texts[i++].utf8;
    }
    EXPECT_EQ(words(joined), words(whole)) << what << " not drawn whole";
  };
  take_lines(legend.title, "legend title");
  for (const LegendEntry& e : legend.entries) {
    take_lines(e.label, "entry");
    if (!e.count_label.empty()) take_lines(e.count_label, "count");
  }
  for (const std::string& note : legend.notes) take_lines(note, "note");
  if (histogram && legend.histogram) {
    const LegendHistogram& h = *legend.histogram;
    if (h.reference && !h.reference_label.empty()) take_lines(h.reference_label, "histogram reference");
    if (!h.min_label.empty()) take_lines(h.min_label, "histogram minimum");
    if (!h.max_label.empty()) take_lines(h.max_label, "histogram maximum");
  }
  return i;
}

// The inset's land is the frame's plain polygons (the locator draws its provinces without
// anti-aliased edges, nothing else does), in the order of the locator's shapes.
void check_archipelago_names(const Frame& f, const Scene& scene) {
  std::vector<const FramePolygon*> land;
  for (const FramePolygon& p : f.polygons)
    if (!p.antialias) land.push_back(&p);
  const bool inset = !land.empty();
  for (const LocatorLabel& label : scene.locator.labels) {
    const std::string& name = pick(scene.lang, label.vi, label.en);
    // On one line, or on two lines one under the other.
    std::vector<BoxPx> boxes;
    double size_px = 0;
    for (std::size_t i = 0; i < f.texts.size() && boxes.empty(); ++i) {
      if (f.texts[i].utf8 == name) boxes = {box_of(f.texts[i])};
      else if (i + 1 < f.texts.size() && f.texts[i].utf8 + " " + f.texts[i + 1].utf8 == name)
        boxes = {box_of(f.texts[i]), box_of(f.texts[i + 1])};
      size_px = f.texts[i].size_px;
    }
    EXPECT_EQ(!boxes.empty(), inset) << name << (inset ? " missing from the inset" : " without an inset");
    if (!inset || boxes.empty()) continue;
    ASSERT_EQ(land.size(), scene.locator.shapes.size());
    BoxPx box = boxes.front();
    for (const BoxPx& b : boxes) {
      box = {std::min(box[0], b[0]), std::min(box[1], b[1]), std::max(box[2], b[2]), std::max(box[3], b[3])};
      for (const FramePolygon* p : land)
        for (std::size_t t = 0; t + 2 < p->mesh.indices.size(); t += 3) {
          const std::array<Vec2, 3> tri{p->mesh.vertices[p->mesh.indices[t]], p->mesh.vertices[p->mesh.indices[t + 1]],
                                        p->mesh.vertices[p->mesh.indices[t + 2]]};
          ASSERT_FALSE(triangle_meets(tri, b)) << name << " is on land";
        }
    }
    // The inset's scale and offset, from two of its vertices and the shape they were drawn from.
    const LocatorShape& shape = scene.locator.shapes.front();
    const auto& px = land.front()->mesh.vertices;
    std::size_t far = 1;
    while (far < px.size() && std::fabs(shape.mesh.vertices[far].x - shape.mesh.vertices[0].x) < 1) ++far;
    ASSERT_LT(far, px.size());
    const double s = (px[far].x - px[0].x) / (shape.mesh.vertices[far].x - shape.mesh.vertices[0].x);
    auto to_px = [&](Vec2 p) {
      return Vec2{px[0].x + (p.x - shape.mesh.vertices[0].x) * s, px[0].y - (p.y - shape.mesh.vertices[0].y) * s};
    };
    ASSERT_FALSE(label.islands.empty()) << name << ": the locator layer has no islands for it";
    const Vec2 a = to_px({label.islands.min_x, label.islands.max_y}), b = to_px({label.islands.max_x, label.islands.min_y});
    EXPECT_LE(gap_between(box, {a.x, a.y, b.x, b.y}), size_px) << name << " far from its islands";
  }
}

void check_map(const Scene& scene, const Size& size, const LayoutOptions& options, const std::string& what) {
  SCOPED_TRACE(what + " " + size.name);
  const ImageSize px = pixel_size(size.size);
  const double floor = legible_text_px(size.size);
  MapSpec spec;
  spec.size = size.size;
  spec.layout = options;
  const LaidOutMap laid_out = layout_map(scene, px.width, px.height, MapView{}, test::project_font(), options, {}, floor);
  ASSERT_TRUE(laid_out.fit.legible);
  const Frame& f = laid_out.frame;
  for (const FrameText& t : f.texts) {
    EXPECT_GE(t.size_px, floor - 1e-9) << t.utf8;
    EXPECT_TRUE(inside(box_of(t), {0, 0, double(px.width), double(px.height)})) << t.utf8;
  }
  ASSERT_FALSE(f.rects.empty());
  const auto& out = laid_out.fit.left_out;
  const bool histogram = options.show_histogram && std::find(out.begin(), out.end(), layout::GiveWay::histogram) == out.end();
  check_legend(f, scene.legend, histogram, f.rects.front().rect);
  check_archipelago_names(f, scene);
  // The credits are drawn last, each wrapped to the frame: the source line, then the
  // attribution's lines.
  const std::string credits = words(scene.source_line + " " + scene.attribution);
  std::string drawn;
  for (auto t = f.texts.rbegin(); t != f.texts.rend() && drawn.size() < credits.size(); ++t)
    drawn = words(t->utf8 + " " + drawn);
  EXPECT_EQ(drawn, credits);
}

Scene scene_of(const std::string& indicator, Lang lang) {
  const io::MapInputs& inputs = test::project_inputs();
  ChoroplethOptions o;
  o.indicator = indicator;
  o.period = "2021-Q1";
  o.lang = lang;
  const Choropleth map = build_choropleth(inputs.data.registry, inputs.data.table, o);
  return build_scene(map, inputs.boundaries, inputs.data.registry, lang, kBoundaryAttribution, inputs.locator);
}

TEST(LegibleMaps, EveryIndicatorInBothLanguagesKeepsTheRulesAtSampledSizes) {
  const io::MapInputs& inputs = test::project_inputs();
  std::size_t n = 0;
  for (const Indicator& ind : inputs.data.table.indicators())
    for (const Lang lang : {Lang::vi, Lang::en}) {
      const Scene scene = scene_of(ind.id, lang);
      LayoutOptions options;
      options.show_histogram = n % 2 == 0;  // with and without the histogram
      for (std::size_t j = 0; j < 3; ++j)
        check_map(scene, sizes()[(n * 3 + j) % sizes().size()], options,
                  ind.id + (lang == Lang::vi ? " vi" : " en") + (options.show_histogram ? " +histogram" : ""));
      ++n;
    }
  EXPECT_GE(n, 70u);  // 35 indicators or more, two languages
}

TEST(LegibleMaps, TheLongestLegendsKeepTheRulesAtEverySize) {
  for (const char* id : {"job_counselling_participants", "digital_signature_use", "budget_revenue_attainment"})
    for (const Lang lang : {Lang::vi, Lang::en}) {
      const Scene scene = scene_of(id, lang);
      for (const Size& size : sizes()) check_map(scene, size, LayoutOptions{}, std::string(id));
    }
}

// Furniture gives way in the stated order as the frame shrinks: whatever is left out at a
// size is a prefix of the order (of what was shown), and more is left out when smaller.
TEST(LegibleMaps, FurnitureGivesWayInTheStatedOrder) {
  const Scene scene = scene_of("budget_revenue_attainment", Lang::vi);
  LayoutOptions options;
  options.show_histogram = true;
  std::size_t before = layout::kGiveWayOrder.size() + 1;
  bool some_left_out = false;
  for (const int w : {1920, 1280, 960, 800, 640, 560, 480}) {
    const LegibleFit fit = layout_map(scene, w, w * 9 / 16, MapView{}, test::project_font(), options).fit;
    SCOPED_TRACE(w);
    for (std::size_t i = 0; i < fit.left_out.size(); ++i) EXPECT_EQ(fit.left_out[i], layout::kGiveWayOrder[i]);
    if (before <= layout::kGiveWayOrder.size()) {
      EXPECT_GE(fit.left_out.size(), before);
    }
    before = fit.left_out.size();
    some_left_out |= !fit.left_out.empty();
  }
  EXPECT_TRUE(some_left_out);
  EXPECT_TRUE(layout_map(scene, 1920, 1080, MapView{}, test::project_font(), options).fit.left_out.empty());
}

// Too small for the map and legend: the export's layout refuses, naming the smallest size
// of the same shape that works, which does work, one pixel less not.
TEST(LegibleMaps, TooSmallIsRefusedNamingTheSmallestLegibleSize) {
  for (const Lang lang : {Lang::vi, Lang::en}) {
    const Scene scene = scene_of("budget_revenue_attainment", lang);
    MapSpec spec;
    spec.lang = lang;
    spec.size = ImageSize{100, 100};
    const auto smallest = smallest_legible_size(scene, spec, test::project_font());
    ASSERT_TRUE(smallest.has_value());
    const ImageSize s = std::get<ImageSize>(*smallest);
    EXPECT_EQ(s.width, s.height);
    EXPECT_TRUE(layout_map(scene, s.width, s.height, MapView{}, test::project_font()).fit.legible);
    EXPECT_FALSE(layout_map(scene, s.width - 1, s.height - 1, MapView{}, test::project_font()).fit.legible);
    try {
      layout_for_export(scene, spec, test::project_font());
      ADD_FAILURE() << "100x100 was laid out";
    } catch (const UsageError& e) {
      const std::string message = e.message(lang);
      EXPECT_NE(message.find(size_text(*smallest, lang)), std::string::npos) << message;
      EXPECT_NE(message.find(lang == Lang::vi ? "quá nhỏ" : "too small"), std::string::npos) << message;
    }
    spec.size = ImageSize{640, 360};
    EXPECT_NO_THROW(layout_for_export(scene, spec, test::project_font()));
  }
}

}  // namespace
}  // namespace hgm
