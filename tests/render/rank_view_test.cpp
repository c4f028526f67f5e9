// The ranking chart from the project's real tables: rows in honest rank order with the
// report's words, bounds drawn as hatched bands and never as bars, the province line,
// pinned rows marked, no text overlapping another or leaving the frame at slide,
// projector and print sizes in both languages, and its pixels through real OpenGL.
#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <filesystem>
#include <map>

#include "box_px.h"
#include "core/layout/layout_metrics.h"
#include "core/layout/pinned_outlines.h"
#include "core/views/chart_furniture.h"
#include "core/views/rank_chart.h"
#include "core/views/rank_rows.h"
#include "core/views/view_frame.h"
#include "project_inputs.h"
#include "render/png/png_io.h"
#include "render/render_image.h"
#include "renderer_fixture.h"

namespace hgm {
namespace {

using test::BoxPx;

class RankView : public ::testing::Test {
 protected:
  static Frame frame(const MapSpec& spec, int w = 1920, int h = 1080) {
    return layout_view_frame(inputs(), inputs().data.table, spec, w, h, renderer().font());
  }
  static BoxPx box(const FrameText& t) {
    const render::Font& f = renderer().font();
    return {t.x, t.y - f.ascent(t.size_px), t.x + f.text_width(t.utf8, t.size_px), t.y + f.descent(t.size_px)};
  }
  static const io::MapInputs& inputs() { return test::project_inputs(); }
  static render::OffscreenRenderer& renderer() { return render::test::shared_renderer(); }
};

MapSpec rank_spec(const std::string& indicator = kDefaultIndicator, Lang lang = Lang::vi) {
  MapSpec s;
  s.view = ViewKind::rank;
  s.indicator = indicator;
  s.lang = lang;
  return s;
}

const FrameText* find_text(const Frame& f, const std::string& utf8) {
  for (const FrameText& t : f.texts)
    if (t.utf8 == utf8) return &t;
  return nullptr;
}

// The texts on the same baseline as `name` (its row), left to right.
std::vector<std::string> row_of(const Frame& f, const std::string& name) {
  const FrameText* n = find_text(f, name);
  if (!n) return {};
  std::vector<const FrameText*> row;
  for (const FrameText& t : f.texts)
    if (std::abs(t.y - n->y) < n->size_px * 0.5) row.push_back(&t);
  std::sort(row.begin(), row.end(), [](auto* a, auto* b) { return a->x < b->x; });
  std::vector<std::string> words;
  for (const FrameText* t : row) words.push_back(t->utf8);
  return words;
}

// The rectangles whose vertical middle lies in `name`'s row, right of its texts.
std::vector<FrameRect> marks_of(const Frame& f, const std::string& name, double plot_x0) {
  const FrameText* n = find_text(f, name);
  std::vector<FrameRect> out;
  if (!n) return out;
  for (const FrameRect& r : f.rects) {
    const double mid = r.rect.y + r.rect.h / 2;
    if (r.rect.x >= plot_x0 && std::abs(mid - (n->y - n->size_px * 0.35)) < n->size_px) out.push_back(r);
  }
  return out;
}

// Where the plot starts: right of every row's figure ("Số liệu" column).
double plot_start(const Frame& f, const std::string& longest_figure) {
  const FrameText* t = find_text(f, longest_figure);
  return t ? t->x + 1 : 0;
}

TEST_F(RankView, BudgetRevenueRowsComeInHonestRankOrderWithTheReportsWords) {
  const Frame f = frame(rank_spec());
  EXPECT_EQ(f.scene, nullptr);
  EXPECT_NE(find_text(f, "Thu NSNN trên địa bàn (% kế hoạch tỉnh giao)"), nullptr);
  EXPECT_NE(find_text(f, "Quý I/2021 · đơn vị: %"), nullptr);
  EXPECT_NE(find_text(f, "Toàn tỉnh: 15,8%"), nullptr);
  EXPECT_NE(find_text(f, "Không có số liệu: TP. Hà Giang"), nullptr);
  bool source = false, attribution = false;
  for (const FrameText& t : f.texts) {
    source |= t.utf8.rfind("Nguồn số liệu: Báo cáo", 0) == 0 && t.utf8.find("I.5.a") != std::string::npos;
    attribution |= t.utf8.find("geoBoundaries") != std::string::npos;
  }
  EXPECT_TRUE(source);
  EXPECT_TRUE(attribution);

  EXPECT_EQ(row_of(f, "Xín Mần"), (std::vector<std::string>{"1", "Xín Mần", "47,4%"}));
  EXPECT_EQ(row_of(f, "Đồng Văn"), (std::vector<std::string>{"2", "Đồng Văn", "24,9%"}));
  EXPECT_EQ(row_of(f, "Vị Xuyên"), (std::vector<std::string>{"3", "Vị Xuyên", "21,7%"}));
  EXPECT_EQ(row_of(f, "Quản Bạ"), (std::vector<std::string>{"4–9", "Quản Bạ", "11,5%"}));
  EXPECT_EQ(row_of(f, "Mèo Vạc"), (std::vector<std::string>{"5–10", "Mèo Vạc", "8,6%"}));
  for (const char* bound : {"Yên Minh", "Bắc Mê", "Hoàng Su Phì", "Bắc Quang", "Quang Bình"})
    EXPECT_EQ(row_of(f, bound), (std::vector<std::string>{"4–10", bound, "không trên 15,8% (suy ra)"}));
  // Top to bottom: the three known best, then Quản Bạ (4–9) before the bounds (4–10) and Mèo Vạc (5–10).
  const std::vector<std::string> order{"Xín Mần", "Đồng Văn", "Vị Xuyên", "Quản Bạ", "Yên Minh", "Mèo Vạc"};
  for (std::size_t i = 1; i < order.size(); ++i) EXPECT_LT(find_text(f, order[i - 1])->y, find_text(f, order[i])->y);
  EXPECT_LT(find_text(f, "Quang Bình")->y, find_text(f, "Mèo Vạc")->y);
}

TEST_F(RankView, ABoundIsAHatchedBandNeverABarAndAnExactFigureIsABar) {
  const Frame f = frame(rank_spec());
  const double x0 = plot_start(f, "không trên 15,8% (suy ra)");
  for (const char* exact : {"Xín Mần", "Quản Bạ", "Mèo Vạc"}) {
    const auto marks = marks_of(f, exact, x0);
    ASSERT_EQ(marks.size(), 1u) << exact;
    EXPECT_EQ(marks[0].style.pattern, FillPattern::solid) << exact;
  }
  // Xín Mần's bar is twice as long as... the bar ends where 47,4 is: 47,4/24,9 of Đồng Văn's.
  const FrameRect xin = marks_of(f, "Xín Mần", x0)[0], dong = marks_of(f, "Đồng Văn", x0)[0];
  EXPECT_NEAR(xin.rect.w / dong.rect.w, 47.4 / 24.9, 0.01);
  for (const char* bound : {"Yên Minh", "Bắc Mê", "Hoàng Su Phì", "Bắc Quang", "Quang Bình"}) {
    const auto marks = marks_of(f, bound, x0);
    ASSERT_EQ(marks.size(), 1u) << bound;
    EXPECT_EQ(marks[0].style.pattern, FillPattern::hatch) << bound;
    // From the axis start (open end, after its arrow) up to 15,8 — where the province line is.
    EXPECT_NEAR(marks[0].rect.x + marks[0].rect.w, dong.rect.x + dong.rect.w * 15.8 / 24.9, 0.5) << bound;
    EXPECT_LT(marks[0].rect.x, dong.rect.x + 40) << bound;
  }
  // The open lower end gets an arrow (a triangle) in each bound's row; exact rows get none.
  int arrows = 0;
  for (const FramePolygon& p : f.polygons) arrows += p.mesh.vertices.size() == 3;
  EXPECT_EQ(arrows, 5);
}

TEST_F(RankView, EnglishSaysTheSameInEnglishNumbers) {
  const Frame f = frame(rank_spec(kDefaultIndicator, Lang::en));
  EXPECT_NE(find_text(f, "Province: 15.8%"), nullptr);
  EXPECT_NE(find_text(f, "Rank"), nullptr);
  EXPECT_NE(find_text(f, "No data: Hà Giang City"), nullptr);
  EXPECT_EQ(row_of(f, "Quản Bạ"), (std::vector<std::string>{"4–9", "Quản Bạ", "11.5%"}));
  EXPECT_EQ(row_of(f, "Yên Minh"), (std::vector<std::string>{"4–10", "Yên Minh", "at most 15.8% (inferred)"}));
  for (const FrameText& t : f.texts) EXPECT_EQ(t.utf8.find("Toàn tỉnh"), std::string::npos) << t.utf8;
}

// The middle of the row whose text has baseline `t.y` (texts are centred in their rows).
double row_middle(const FrameText& t, const render::Font& font) {
  return t.y - (font.ascent(t.size_px) - font.descent(t.size_px)) / 2;
}

TEST_F(RankView, RangesFlagsAndEstimatesEachInTheirPlace) {
  const std::string unranked_title = "Nêu tên, phân loại, ước tính hoặc số chung cho nhóm (không xếp hạng)";
  // Disbursement has intervals and a lower bound: a band with a cap at each end the words
  // give and an arrow at an open end, row by row.
  const MapSpec disbursement = rank_spec("investment_disbursement");
  Frame f = frame(disbursement);
  for (const FrameRect& r : f.rects) EXPECT_NE(r.style.pattern, FillPattern::no_data);
  const RankRows rows = rank_rows(inputs().data.registry, inputs().data.table, disbursement);
  int intervals = 0, open_bounds = 0;
  for (const RankRow& row : rows.ranked) {
    SCOPED_TRACE(row.name + " " + row.figure);
    ASSERT_TRUE(row.span);
    const FrameText* name = find_text(f, row.name);
    ASSERT_NE(name, nullptr);
    const double mid = row_middle(*name, renderer().font()), near = name->size_px * 0.5;
    int caps = 0, arrows = 0;
    for (const FrameLine& l : f.lines)  // a cap: a short upright line across the row's middle
      caps += l.points.size() == 2 && l.points[0].x == l.points[1].x && l.points[0].x > name->x &&
              std::abs(l.points[1].y - l.points[0].y) < 2 * name->size_px &&
              std::abs((l.points[0].y + l.points[1].y) / 2 - mid) < near;
    for (const FramePolygon& p : f.polygons)
      arrows += p.mesh.vertices.size() == 3 && std::abs(p.mesh.vertices[0].y - mid) < near;
    const int open_ends = !std::isfinite(row.span->lo) + !std::isfinite(row.span->hi);
    if (row.span->is_point()) {
      EXPECT_EQ(caps, 0);
      EXPECT_EQ(arrows, 0);
    } else {
      EXPECT_EQ(caps, 2 - open_ends);
      EXPECT_EQ(arrows, open_ends);
      intervals += open_ends == 0;
      open_bounds += open_ends == 1;
    }
  }
  EXPECT_GT(intervals, 0) << "disbursement states intervals";
  EXPECT_GT(open_bounds, 0) << "and a bound open at one end";

  // Flags are listed in their own group with no rank and no mark.
  f = frame(rank_spec("overdue_admin_files"));
  EXPECT_NE(find_text(f, unranked_title), nullptr);
  for (const FrameText& t : f.texts) EXPECT_NE(t.utf8, "1");

  // An estimate shared by two districts is marked "≈" and listed apart under the unranked
  // group's title, with no bar and no diamond (a diamond marks one district's own estimate).
  f = frame(rank_spec("orange_fruit_drop"));
  const FrameText* estimate = nullptr;
  for (const FrameText& t : f.texts)
    if (!estimate && t.utf8.rfind("≈", 0) == 0) estimate = &t;
  ASSERT_NE(estimate, nullptr);
  const FrameText* title = find_text(f, unranked_title);
  ASSERT_NE(title, nullptr);
  EXPECT_GT(estimate->y, title->y);
  const double mid = row_middle(*estimate, renderer().font());
  for (const FrameRect& r : f.rects)
    EXPECT_FALSE(r.rect.x > estimate->x && std::abs(r.rect.y + r.rect.h / 2 - mid) < estimate->size_px * 0.5)
        << "a bar in the estimate's row at x " << r.rect.x;
  int diamonds = 0;
  for (const FramePolygon& p : f.polygons)
    diamonds += p.mesh.vertices.size() == 4 && std::abs(p.mesh.vertices[0].y + p.mesh.vertices[2].y - 2 * mid) < 1;
  // The figure is the two districts' together, neither one's: no mark on the axis.
  EXPECT_EQ(diamonds, 0);
}

TEST_F(RankView, PinnedAndHighlightedRowsAreMarked) {
  MapSpec s = rank_spec();
  s.pinned = {"033", "027"};  // Xín Mần, Mèo Vạc
  s.highlighted = {"029"};    // Quản Bạ
  const Frame f = frame(s);
  auto tinted = [&](const std::string& name, Color tint) {
    const FrameText* t = find_text(f, name);
    for (const FrameRect& r : f.rects)
      if (r.style.fill == tint && r.rect.y <= t->y && t->y <= r.rect.y + r.rect.h) return true;
    return false;
  };
  EXPECT_TRUE(tinted("Xín Mần", kPinnedRowTint));
  EXPECT_TRUE(tinted("Mèo Vạc", kPinnedRowTint));
  EXPECT_TRUE(tinted("Quản Bạ", kHighlightedRowTint));
  EXPECT_FALSE(tinted("Đồng Văn", kPinnedRowTint));
  EXPECT_FALSE(tinted("Đồng Văn", kHighlightedRowTint));
  EXPECT_NE(find_text(f, "Huyện đã ghim"), nullptr);
  EXPECT_EQ(find_text(frame(rank_spec()), "Huyện đã ghim"), nullptr);
}

// A pinned district without a figure keeps a marked row saying so (a presenter's pin made
// on one slide must still show on the next), and leaves the "no data" line.
TEST_F(RankView, APinnedDistrictWithoutDataKeepsAMarkedRow) {
  MapSpec s = rank_spec("budget_revenue_growth");  // figures for Xín Mần, Đồng Văn, Vị Xuyên only
  s.pinned = {"029"};                               // Quản Bạ
  const Frame f = frame(s);
  const FrameText* name = find_text(f, "Quản Bạ");
  ASSERT_NE(name, nullptr) << "Quản Bạ has a row of its own";
  bool marked = false, says_no_data = false;
  for (const FrameRect& r : f.rects)
    marked |= r.style.fill == kPinnedRowTint && r.rect.y <= name->y && name->y <= r.rect.y + r.rect.h;
  for (const FrameText& t : f.texts) {
    says_no_data |= t.utf8 == "Không có số liệu" && std::abs(t.y - name->y) < 1;
    if (t.utf8.find("Không có số liệu:") != std::string::npos) {
      EXPECT_EQ(t.utf8.find("Quản Bạ"), std::string::npos) << t.utf8;
    }
  }
  EXPECT_TRUE(marked);
  EXPECT_TRUE(says_no_data);
  EXPECT_NE(find_text(f, "Huyện đã ghim"), nullptr);
}

TEST_F(RankView, TheKeyNamesTheProvinceLineOnlyWhenThereIsOne) {
  auto key_says_province = [](const Frame& f) {
    for (const FrameText& t : f.texts)
      if (t.utf8.find("Vạch đứng: toàn tỉnh") != std::string::npos) return true;
    return false;
  };
  EXPECT_TRUE(key_says_province(frame(rank_spec())));
  const Frame no_province = frame(rank_spec("digital_signature_use"));
  EXPECT_FALSE(key_says_province(no_province));
  bool key = false;
  for (const FrameText& t : no_province.texts) key |= t.utf8.rfind("Thanh: số liệu chính xác", 0) == 0;
  EXPECT_TRUE(key);
}

TEST_F(RankView, NoTextOverlapsOrLeavesTheFrameForAnyIndicator) {
  const std::vector<std::pair<int, int>> sizes = {{1280, 720}, {1920, 1080}, {3840, 2160}, {1240, 1754}};
  int charts = 0;
  for (const Indicator& ind : inputs().data.table.indicators())
    for (const Lang lang : {Lang::vi, Lang::en})
      for (const auto& [w, h] : sizes) {
        MapSpec s = rank_spec(ind.id, lang);
        s.pinned = {"033", "027", "024", "030"};
        const Frame f = frame(s, w, h);
        SCOPED_TRACE(ind.id + (lang == Lang::vi ? " vi " : " en ") + std::to_string(w) + "x" + std::to_string(h));
        std::vector<BoxPx> boxes;
        for (const FrameText& t : f.texts) {
          const BoxPx b = box(t);
          EXPECT_GE(b[0], -0.5) << t.utf8;
          EXPECT_LE(b[2], w + 0.5) << t.utf8;
          EXPECT_GE(b[1], -0.5) << t.utf8;
          EXPECT_LE(b[3], h + 0.5) << t.utf8;
          // Legible on a 1280×720 projector: the chart's words at least 11 px, the credits
          // (source line and attribution, as on the map) 10 px.
          const bool credits = (t.utf8.find("geoBoundaries") != std::string::npos ||
                                                            t.utf8.rfind(lang == Lang::vi ? "Nguồn" : "Data", 0) == 0);
          EXPECT_GE(t.size_px, (credits ? 10 : 11) * std::min(w / 1280.0, h / 720.0) * (h > w ? 0.5 : 1)) << t.utf8;
          for (const BoxPx& o : boxes)
            EXPECT_FALSE(b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3]) << t.utf8;
          boxes.push_back(b);
        }
        ++charts;
      }
  EXPECT_GE(charts, 35 * 2 * 4);
}

// A figure too long for its row (a category said in many words) is cut with "…" at the
// legible size rather than shrunk until nobody can read it.
TEST_F(RankView, ALongFigureIsCutAtTheLegibleSizeNotShrunkAway) {
  RankRows rows;
  RankRow row;
  row.code = "033";
  row.name = "Xín Mần";
  for (int i = 0; i < 40; ++i) row.figure += "rất nhiều chữ ";
  rows.unranked.push_back(row);
  const PixelRect area{20, 20, 600, 300};
  Frame f;
  draw_rank_chart(rows, area, Lang::vi, layout::Metrics(1280, 720), renderer().font(), f);
  const FrameText* figure = nullptr;
  for (const FrameText& t : f.texts)
    if (t.utf8.rfind("rất nhiều", 0) == 0) figure = &t;
  ASSERT_NE(figure, nullptr);
  EXPECT_GE(figure->size_px, views::kLegibleText - 1e-9);
  EXPECT_EQ(figure->utf8.substr(figure->utf8.size() - 3), "…");
  EXPECT_LE(box(*figure)[2], area.x + area.w + 0.5);
}

// The chart through real OpenGL: a bar in its map colour, a band hatched (fill and
// pattern colours both present), the province line dark where no bar is under it, and
// a pinned row's mark dark.
TEST_F(RankView, PixelsThroughOpenGl) {
  MapSpec s = rank_spec();
  s.pinned = {"033"};
  const Frame f = frame(s);
  const render::Image img = renderer().render(f);
  std::filesystem::create_directories(HGM_RENDER_TEST_OUTPUT);
  render::write_png(std::string(HGM_RENDER_TEST_OUTPUT) + "/rank_view_budget.png", img);
  const double x0 = plot_start(f, "không trên 15,8% (suy ra)");

  const FrameRect bar = marks_of(f, "Xín Mần", x0)[0];
  const Color at_bar = img.pixel(static_cast<int>(bar.rect.x + bar.rect.w / 2), static_cast<int>(bar.rect.y + bar.rect.h / 2));
  EXPECT_EQ(at_bar.r, bar.style.fill.r);
  EXPECT_EQ(at_bar.g, bar.style.fill.g);
  EXPECT_EQ(at_bar.b, bar.style.fill.b);

  const FrameRect band = marks_of(f, "Yên Minh", x0)[0];
  std::map<std::uint32_t, int> colors;
  const int y = static_cast<int>(band.rect.y + band.rect.h / 2);
  for (int x = static_cast<int>(band.rect.x + 4); x < static_cast<int>(band.rect.x + band.rect.w - 4); ++x) {
    const Color c = img.pixel(x, y);
    ++colors[(c.r << 16) | (c.g << 8) | c.b];
  }
  auto count = [&](Color c) {
    const auto it = colors.find((c.r << 16) | (c.g << 8) | c.b);
    return it == colors.end() ? 0 : it->second;
  };
  EXPECT_GT(count(band.style.fill), 5);
  EXPECT_GT(count(band.style.pattern_color), 2);

  // The province line: 15,8 on the scale, at Mèo Vạc's row (its bar stops at 8,6).
  const FrameRect meo = marks_of(f, "Mèo Vạc", x0)[0];
  const double line_x = band.rect.x + band.rect.w;
  const Color at_line = img.pixel(static_cast<int>(line_x), static_cast<int>(meo.rect.y + meo.rect.h / 2));
  EXPECT_LT(at_line.r + at_line.g + at_line.b, 3 * 90) << "dark province line";
  const Color right_of_line = img.pixel(static_cast<int>(line_x + 12), static_cast<int>(meo.rect.y + meo.rect.h / 2));
  EXPECT_GT(right_of_line.r + right_of_line.g + right_of_line.b, 3 * 240) << "nothing past Mèo Vạc's bar";

  // The pinned row's mark: the middle of the rectangle of the pinned colour in Xín Mần's row.
  const FrameText* pinned = find_text(f, "Xín Mần");
  const double pinned_mid = row_middle(*pinned, renderer().font());
  const FrameRect* pin = nullptr;
  for (const FrameRect& r : f.rects)
    if (r.style.fill == layout::kPinnedOutline && r.rect.y < pinned_mid && pinned_mid < r.rect.y + r.rect.h) pin = &r;
  ASSERT_NE(pin, nullptr);
  EXPECT_LT(pin->rect.x + pin->rect.w, pinned->x) << "left of the row's words";
  const Color mark = img.pixel(static_cast<int>(pin->rect.x + pin->rect.w / 2), static_cast<int>(pinned_mid));
  EXPECT_EQ(mark.r, layout::kPinnedOutline.r);
  EXPECT_EQ(mark.g, layout::kPinnedOutline.g);
  EXPECT_EQ(mark.b, layout::kPinnedOutline.b);
}

}  // namespace
}  // namespace hgm
