// The overview and profile views of the real tables, at slide, projector and print sizes
// in both languages: no text overlaps another, every text stays inside the frame, a figure
// never leaves its cell (nor shrinks below the legible size), and the rows either all fit
// or a note says how many did and how to see the rest.
#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <map>
#include <set>

#include "box_px.h"
#include "core/compare/overview.h"
#include "core/compare/profile.h"
#include "core/layout/map_furniture.h"
#include "core/views/chart_furniture.h"
#include "core/views/view_frame.h"
#include "project_inputs.h"
#include "render/text/font.h"

namespace hgm {
namespace {

using test::BoxPx;


using test::overlap;

BoxPx box_of(const FrameText& t) {
  return {t.x, t.y - test::project_font().ascent(t.size_px), t.x + test::project_font().text_width(t.utf8, t.size_px),
          t.y + test::project_font().descent(t.size_px)};
}

Frame chart(ViewKind view, const std::vector<std::string>& pinned, Lang lang, int w, int h) {
  MapSpec spec{.view = view, .lang = lang};
  spec.pinned = pinned;
  return layout_view_frame(test::project_inputs(), test::project_inputs().data.table, spec, w, h, test::project_font());
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

bool is_cut_note(const FrameText& t) { return t.utf8.find("chỉ vừa") != std::string::npos || t.utf8.find("Only ") == 0; }

void check_chart(const Frame& f, int w, int h, bool all_rows_must_fit) {
  std::vector<std::pair<BoxPx, const FrameText*>> boxes;
  bool cut_note = false;
  for (const FrameText& t : f.texts) {
    const BoxPx box = box_of(t);
    EXPECT_GE(box[0], -0.5) << t.utf8;
    EXPECT_LE(box[2], w + 0.5) << t.utf8;
    EXPECT_GE(box[1], -0.5) << t.utf8;
    EXPECT_LE(box[3], h + 0.5) << t.utf8;
    for (const auto& [other, text] : boxes) {
      EXPECT_FALSE(overlap(box, other)) << "'" << t.utf8 << "' over '" << text->utf8 << "'";
      // Words side by side on one line keep a space apart ("I.5.a" and its indicator's name).
      const BoxPx widened{box[0] - t.size_px * 0.25, box[1], box[2] + t.size_px * 0.25, box[3]};
      if (std::abs(text->y - t.y) < 0.5) {
        EXPECT_FALSE(overlap(widened, other)) << "'" << t.utf8 << "' runs into '" << text->utf8 << "'";
      }
    }
    boxes.push_back({box, &t});
    // Every text, not only the cells': the key and the credits are read too.
    EXPECT_GE(t.size_px, views::kLegibleText - 1e-9) << t.utf8;
    if (const FrameRect* cell = cell_of(f, t)) {
      EXPECT_LE(box[2], cell->rect.x + cell->rect.w + 0.5) << "'" << t.utf8 << "' leaves its cell";
    }
    cut_note |= is_cut_note(t);
  }
  if (all_rows_must_fit) {
    EXPECT_FALSE(cut_note);
  }
}

// The export sizes (a slide is one of them: the whole window), and the rooms a 1280×720
// window gives a chart: alone, and beside the map.
const std::vector<std::pair<int, int>> kSlideSizes = {{1920, 1080}, {3840, 2160}, {1280, 720}, {1240, 1754}};
const std::vector<std::pair<int, int>> kSizes = {{1920, 1080}, {3840, 2160}, {1280, 720}, {1240, 1754}, {896, 686}, {493, 686}};

TEST(ChartView, OverviewTextsNeitherOverlapNorLeaveTheirCells) {
  for (const Lang lang : {Lang::vi, Lang::en})
    for (const auto& [w, h] : kSizes) {
      SCOPED_TRACE((lang == Lang::vi ? "vi " : "en ") + std::to_string(w) + "x" + std::to_string(h));
      // Every indicator with data fits the two export sizes a planner uses.
      check_chart(chart(ViewKind::overview, {"033"}, lang, w, h), w, h, w >= 1920);
    }
}

TEST(ChartView, ProfileTextsNeitherOverlapNorLeaveTheirCells) {
  const std::vector<std::vector<std::string>> choices = {{"033"}, {"033", "027"}, {"024", "030", "034", "035"}};
  for (const auto& pinned : choices)
    for (const Lang lang : {Lang::vi, Lang::en})
      for (const auto& [w, h] : kSizes) {
        SCOPED_TRACE((lang == Lang::vi ? "vi " : "en ") + std::to_string(w) + "x" + std::to_string(h) + " " +
                     std::to_string(pinned.size()) + " districts");
        check_chart(chart(ViewKind::profile, pinned, lang, w, h), w, h, w >= 1920 && h >= 1080);
      }
}

// The rows a table view drew: its comparison cells are its most frequent rectangle (all of
// one size), `per_row` of them a row.
std::size_t rows_drawn(const Frame& f, std::size_t per_row) {
  std::map<std::pair<double, double>, std::size_t> sizes;
  for (const FrameRect& r : f.rects) ++sizes[{r.rect.w, r.rect.h}];
  std::size_t cells = 0;
  for (const auto& [size, n] : sizes) cells = std::max(cells, n);
  EXPECT_EQ(cells % per_row, 0u) << cells << " cells";
  return cells / per_row;
}

// Every text of the frame in order, joined by spaces: a wrapped note reads whole again.
std::string all_words(const Frame& f) {
  std::string words;
  for (const FrameText& t : f.texts) words += t.utf8 + " ";
  return words;
}

// On a 1280×720 projector not every row fits: the note says how many of how many did —
// the rows actually drawn, out of every indicator with data — and names the command that
// lists them all for this view.
TEST(ChartView, AtProjectorSizeTheNoteSaysHowManyRowsWereLeftOut) {
  const io::MapInputs& inputs = test::project_inputs();
  const DistrictRegistry& registry = inputs.data.registry;
  const std::string period = MapSpec{}.period;

  const Frame overview = chart(ViewKind::overview, {"033"}, Lang::vi, 1280, 720);
  const std::size_t overview_total = build_overview(registry, inputs.data.table, period).rows.size();
  const std::size_t overview_shown = rows_drawn(overview, registry.size());
  EXPECT_GT(overview_shown, 5u);
  EXPECT_LT(overview_shown, overview_total) << "the test needs rows left out at this size";
  EXPECT_NE(all_words(overview).find("Khổ 1280×720 chỉ vừa " + std::to_string(overview_shown) + "/" +
                                     std::to_string(overview_total) + " chỉ tiêu"),
            std::string::npos)
      << all_words(overview);
  // The advice is for the command line: a slide on a projector shows no command.
  EXPECT_EQ(all_words(overview).find("hagiang-map"), std::string::npos) << all_words(overview);
  EXPECT_EQ(all_words(overview).find("--size"), std::string::npos) << all_words(overview);
  EXPECT_EQ(overview.rows.cut_advice, "xuất khổ lớn hơn (--size 3840x2160) hoặc chạy 'hagiang-map overview' để xem đủ");

  const std::vector<std::string> pinned{"024", "030", "034", "035"};
  std::set<const Indicator*> with_data;
  for (const std::string& code : pinned)
    for (const ProfileRow& row : build_profile(registry, inputs.data.table, *registry.find_code(code), period).rows)
      with_data.insert(row.indicator);
  for (const Lang lang : {Lang::vi, Lang::en}) {
    // Four districts' columns leave more room per row than the overview's eleven: a
    // smaller slide is needed to leave rows out.
    const Frame profile = chart(ViewKind::profile, pinned, lang, 960, 540);
    const std::size_t shown = rows_drawn(profile, pinned.size());
    EXPECT_GT(shown, 3u);
    EXPECT_LT(shown, with_data.size()) << "the test needs rows left out at this size";
    const std::string counts = std::to_string(shown) + (lang == Lang::vi ? "/" : " of ") + std::to_string(with_data.size());
    const std::string command = "'hagiang-map profile --district 024 --district 030 --district 034 --district 035'";
    const std::string words = all_words(profile);
    EXPECT_NE(words.find(lang == Lang::vi ? "Khổ 960×540 chỉ vừa " + counts + " chỉ tiêu"
                                          : "Only " + counts + " indicators fit 960×540"),
              std::string::npos)
        << words;
    EXPECT_EQ(words.find("hagiang-map"), std::string::npos) << "no command on the image: " << words;
    EXPECT_NE(profile.rows.cut_advice.find(command), std::string::npos) << profile.rows.cut_advice;
    EXPECT_EQ(profile.rows.cut_advice.find("hagiang-map overview"), std::string::npos)
        << "the profile's advice names its own command";
  }
}

}  // namespace
}  // namespace hgm

namespace hgm {
namespace {

Frame chart_at(ViewKind view, TextSize size, Lang lang, int w, int h) {
  MapSpec spec{.view = view, .lang = lang};
  spec.pinned = {"033", "027"};
  spec.layout.text_size = size;
  return layout_view_frame(test::project_inputs(), test::project_inputs().data.table, spec, w, h, test::project_font());
}

double title_px(const Frame& f) {
  double largest = 0;
  for (const FrameText& t : f.texts) largest = std::max(largest, t.size_px);
  return largest;
}

// A presenter who picks the projector's text size gets it on the charts too (before, only
// the maps grew), and the charts still keep every text apart and inside the frame.
TEST(ChartView, ThePresentersTextSizeEnlargesChartsToo) {
  for (const ViewKind view : {ViewKind::rank, ViewKind::overview, ViewKind::profile})
    for (const Lang lang : {Lang::vi, Lang::en})
      for (const auto& [w, h] : std::vector<std::pair<int, int>>{{1280, 720}, {1920, 1080}}) {
        SCOPED_TRACE(std::to_string(static_cast<int>(view)) + (lang == Lang::vi ? " vi " : " en ") + std::to_string(w));
        const Frame laptop = chart_at(view, TextSize::laptop, lang, w, h);
        const Frame projector = chart_at(view, TextSize::projector, lang, w, h);
        EXPECT_GT(title_px(projector), title_px(laptop) * 1.2);
        check_chart(projector, w, h, false);
      }
}

// While presenting, a chart slide shows "n / N" as a map slide does, in a corner no other
// text takes.
TEST(ChartView, ASlideCounterStandsWhereNoOtherTextIs) {
  for (const ViewKind view : {ViewKind::rank, ViewKind::overview, ViewKind::profile})
    for (const auto& [w, h] : kSlideSizes) {
      SCOPED_TRACE(std::to_string(static_cast<int>(view)) + " " + std::to_string(w) + "x" + std::to_string(h));
      Frame f = chart_at(view, TextSize::projector, Lang::vi, w, h);
      const std::size_t before = f.texts.size();
      layout::add_frame_counter("6 / 7", f, layout::Metrics(w, h, TextSize::projector), test::project_font());
      ASSERT_EQ(f.texts.size(), before + 1);
      EXPECT_EQ(f.texts.back().utf8, "6 / 7");
      EXPECT_GT(f.texts.back().x, w / 2.0) << "on the right";
      check_chart(f, w, h, false);
    }
}

// The ranking beside the map in a 1280×720 window (493 px) keeps legible text: the
// figures are then said as a table cell says them ("≤ 15,8%"), and the key says the marks.
TEST(ChartView, RankTextsStayLegibleBesideTheMap) {
  for (const Lang lang : {Lang::vi, Lang::en})
    for (const auto& [w, h] : kSizes) {
      SCOPED_TRACE((lang == Lang::vi ? "vi " : "en ") + std::to_string(w) + "x" + std::to_string(h));
      const Frame f = chart(ViewKind::rank, {}, lang, w, h);
      check_chart(f, w, h, true);
      EXPECT_TRUE(f.rows.fit);
    }
  const std::string narrow = all_words(chart(ViewKind::rank, {}, Lang::vi, 493, 686));
  EXPECT_NE(narrow.find("≤ 15,8% (suy ra)"), std::string::npos) << narrow;
  EXPECT_NE(narrow.find("≤ không quá"), std::string::npos) << narrow;
  const std::string wide = all_words(chart(ViewKind::rank, {}, Lang::vi, 1920, 1080));
  EXPECT_NE(wide.find("không trên 15,8% (suy ra)"), std::string::npos) << wide;
}

// A window scrolls a table chart that does not show every row: from the row asked for,
// kept so that the last row ends at the foot, the note saying which rows show and how to
// see the others. The rows drawn are those rows, their report section said at the top.
TEST(ChartView, AWindowsTableScrollsToTheRowAskedFor) {
  const auto& inputs = test::project_inputs();
  MapSpec spec{.view = ViewKind::overview, .lang = Lang::vi};
  const Frame top = layout_view_frame(inputs, inputs.data.table, spec, 896, 686, test::project_font(), 0);
  ASSERT_GT(top.rows.total, top.rows.shown);
  EXPECT_EQ(top.rows.first, 0u);
  const Frame scrolled = layout_view_frame(inputs, inputs.data.table, spec, 896, 686, test::project_font(), 9);
  EXPECT_EQ(scrolled.rows.first, 9u);
  EXPECT_EQ(scrolled.rows.shown, top.rows.shown);
  const std::string note = "Chỉ tiêu 10–" + std::to_string(9 + scrolled.rows.shown) + "/" +
                           std::to_string(scrolled.rows.total) + ": lăn chuột trên bảng để xem các dòng khác";
  EXPECT_NE(all_words(scrolled).find(note), std::string::npos) << all_words(scrolled);
  check_chart(scrolled, 896, 686, false);
  // The hover areas are the rows shown: the tenth row's indicator first.
  const Overview o = build_overview(inputs.data.registry, inputs.data.table, "2021-Q1", true, Lang::vi);
  ASSERT_FALSE(scrolled.district_areas.empty());
  EXPECT_EQ(scrolled.district_areas.front().indicator, o.rows[9].indicator->id);
  EXPECT_EQ(scrolled.district_areas.back().indicator, o.rows[9 + scrolled.rows.shown - 1].indicator->id);
  // Asked past the end, the last rows show; an export (no row asked) says the size instead.
  const Frame past = layout_view_frame(inputs, inputs.data.table, spec, 896, 686, test::project_font(), 500);
  EXPECT_EQ(past.rows.first, past.rows.total - past.rows.shown);
  const Frame exported = layout_view_frame(inputs, inputs.data.table, spec, 896, 686, test::project_font());
  EXPECT_NE(exported.rows.cut_note.find("896×686"), std::string::npos) << exported.rows.cut_note;
}

// The profile gives each district's rank, as the CLI's profile does, where its lane has
// room: budget revenue attainment, Xín Mần 1st of 10, Mèo Vạc 5th to 10th.
TEST(ChartView, TheProfileGivesEachDistrictsRank) {
  const Frame f = chart(ViewKind::profile, {"033", "027"}, Lang::vi, 1280, 720);
  std::vector<std::string> texts;
  for (const FrameText& t : f.texts) texts.push_back(t.utf8);
  const auto has = [&](const std::string& s) { return std::find(texts.begin(), texts.end(), s) != texts.end(); };
  EXPECT_TRUE(has("1/10"));
  EXPECT_TRUE(has("5–10/10"));
  EXPECT_EQ(std::count(texts.begin(), texts.end(), "Hạng"), 2);
  EXPECT_FALSE(has("1/1")) << "a rank among one tells nothing";
}

}  // namespace
}  // namespace hgm
