// Story files: a story survives writing and reading, each kind of mistake in the file gives
// its message naming the file, the slide and the key, and the checks against the data
// find every slide's problem (not only the first) in the language asked for.
#include <gtest/gtest.h>


#include "../cli/temp_dir.h"  // slurp
#include "core/errors.h"
#include "core/story/story_check.h"
#include "core/story/story_export_plan.h"
#include "core/thematic/classify.h"
#include "io/project_data.h"
#include "io/story_file.h"

namespace hgm::io {
namespace {

Story three_slides() {
  Story story;
  story.title = "Giao ban \"quý I\"/2021";
  MapSpec map;
  map.indicator = "investment_disbursement";
  map.method = ClassMethod::manual;
  map.breaks = {20.5, 1.0 / 3.0 + 30};
  map.pinned = {"033"};
  MapSpec rank;
  rank.view = ViewKind::rank;
  rank.lang = Lang::en;
  rank.size = PaperSize{Paper::a4, Orientation::portrait, 300};
  MapSpec overview;
  overview.view = ViewKind::overview;
  overview.title = "Tổng quan\nquý I";
  story.slides = {{map, "Nói về giải ngân.\nDòng hai.", "033"}, {rank, "", ""}, {overview, "Kết", ""}};
  return story;
}

std::string story_read_error(const std::string& text, Lang lang = Lang::vi) {
  try {
    story_from_json(text, "s.json", lang);
  } catch (const DataError& e) {
    return e.what();
  }
  return "(read without error)";
}

TEST(StoryFile, AStoryRoundTripsWithNotesSpotlightsAndEachSlidesWholeSpec) {
  const Story story = three_slides();
  const std::string json = story_to_json(story);
  EXPECT_EQ(story_from_json(json, "s.json", Lang::vi), story);
  // Readable: one key a line, the slides' specs without a version of their own.
  EXPECT_NE(json.find("\"version\": 1"), std::string::npos);
  EXPECT_EQ(json.find("\"version\""), json.rfind("\"version\"")) << json;
  EXPECT_NE(json.find("\"note\": \"Nói về giải ngân.\\nDòng hai.\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"spotlight\": \"033\""), std::string::npos) << json;
}

TEST(StoryFile, AHandWrittenStoryNeedsOnlyVersionSlidesAndSpecs) {
  const Story s = story_from_json(R"({"version": 1, "slides": [{"spec": {}}, {"spec": {"view": "rank"}}]})", "s.json",
                                  Lang::vi);
  ASSERT_EQ(s.slides.size(), 2u);
  EXPECT_EQ(s.slides[0].spec, MapSpec{});
  EXPECT_EQ(s.slides[1].spec.view, ViewKind::rank);
  EXPECT_TRUE(s.slides[1].note.empty());
}

TEST(StoryFile, EachMistakeNamesTheFileTheSlideAndTheKey) {
  EXPECT_EQ(story_read_error("{\"version\": 1,\n \"slides\": [}"), "s.json:2:13: không phải JSON hợp lệ; xem lại dấu phẩy, ngoặc và dấu nháy quanh chỗ này");
  EXPECT_EQ(story_read_error("[1]", Lang::en), "s.json: a story file must be a JSON object {…}, not a list");
  EXPECT_EQ(story_read_error(R"({"slides": []})", Lang::en),
            "s.json: the key 'version' is missing; a story file starts with \"version\": 1");
  EXPECT_EQ(story_read_error(R"({"version": 2, "slides": []})", Lang::en),
            "s.json: story version 2 is not supported; this program reads version 1");
  EXPECT_NE(story_read_error(R"({"version": 1})").find("s.json: 'slides' phải là danh sách các trang"), std::string::npos);
  EXPECT_NE(story_read_error(R"({"version": 1, "slides": {}})", Lang::en).find("not an object"), std::string::npos);
  EXPECT_EQ(story_read_error(R"({"version": 1, "slides": [{"spec": {}}, 3]})", Lang::en),
            "s.json: 'slides[1]' must be an object {\"spec\": {…}, \"note\": \"…\"}, not the number 3");
  EXPECT_EQ(story_read_error(R"({"version": 1, "slides": [{"note": "x"}]})", Lang::en),
            "s.json: 'slides[0]' has no 'spec' (the slide's map, as in a spec file)");
  EXPECT_EQ(story_read_error(R"({"version": 1, "slides": [{"spec": {}, "notes": "x"}]})", Lang::en),
            "s.json: unknown key 'slides[0].notes'; allowed here: spec, note, spotlight");
  EXPECT_EQ(story_read_error(R"({"version": 1, "titel": "x", "slides": []})", Lang::en),
            "s.json: unknown key 'titel'; allowed here: version, title, slides");
  EXPECT_EQ(story_read_error(R"({"version": 1, "slides": [{"spec": {}, "note": 5}]})", Lang::en),
            "s.json: 'slides[0].note' must be a string, not the number 5");
  // A slide's spec is read as a spec file is, and says where it is.
  EXPECT_EQ(story_read_error(R"({"version": 1, "slides": [{"spec": {}}, {"spec": {"map": {"indicatr": "x"}}}]})", Lang::en),
            "s.json: slides[1].spec: unknown key 'map.indicatr'; allowed here: indicator, indicators, period, "
            "compared_period, method, classes, breaks, palette, title, subtitle, overview_order, overview_all");
  EXPECT_EQ(story_read_error(R"({"version": 1, "slides": [{"spec": {"view": "slideshow"}}]})"),
            "s.json: slides[0].spec: 'view' không nhận 'slideshow'; dùng một trong: map, rank, overview, profile, "
            "multiples, change");
}

class StoryCheck : public ::testing::Test {
 protected:
  static const ProjectData& data() {
    static const ProjectData d = load_project_data(HGM_TEST_PROJECT_GEODATA_DIR, Lang::vi);
    return d;
  }
  static std::vector<StoryProblem> check(const Story& story, Lang lang = Lang::vi) {
    return check_story(story, data().registry, data().table, lang);
  }
};

TEST_F(StoryCheck, TheSampleMeetingStoryHasNoProblem) {
  const std::string text = test::slurp(std::string(HGM_TEST_SOURCE_DIR) + "/examples/q1-2021-meeting.story.json");
  const Story story = story_from_json(text, "q1-2021-meeting.story.json", Lang::vi);
  EXPECT_GE(story.slides.size(), 7u);
  for (const StoryProblem& p : check(story)) ADD_FAILURE() << story_problem_text(p, Lang::vi);
}

TEST_F(StoryCheck, EverySlidesProblemIsListedWithItsSlideAndKey) {
  Story story;
  MapSpec unknown;
  unknown.indicator = "budget_revenu";
  MapSpec falling;
  falling.method = ClassMethod::manual;
  falling.breaks = {30, 20};
  MapSpec outside;  // budget revenue attainment runs 8,6 – 47,4 %
  outside.method = ClassMethod::manual;
  outside.breaks = {60, 70};
  MapSpec one_panel;
  one_panel.view = ViewKind::multiples;
  one_panel.indicators = {"budget_revenue_attainment"};
  MapSpec fine;
  story.slides = {{unknown, "", ""}, {fine, "", ""}, {falling, "", ""}, {outside, "", ""},
                  {one_panel, "", ""}, {fine, "", "099"}};
  const std::vector<StoryProblem> problems = check(story, Lang::en);
  ASSERT_EQ(problems.size(), 5u);
  EXPECT_EQ(problems[0].slide, 1u);
  EXPECT_EQ(problems[0].key, "slides[0].spec.map.indicator");
  EXPECT_NE(problems[0].message.find("budget_revenue_attainment"), std::string::npos) << problems[0].message;
  EXPECT_EQ(problems[1].slide, 3u);
  EXPECT_EQ(problems[1].key, "slides[2].spec.map.breaks");
  EXPECT_EQ(problems[1].message, "manual breaks must rise strictly, e.g. 10,20,30");
  EXPECT_EQ(problems[2].slide, 4u);
  EXPECT_EQ(problems[2].message,
            "every limit lies outside the figures (8.6 – 47.4), so every district falls into one class; put the "
            "limits within that range");
  EXPECT_EQ(problems[3].slide, 5u);
  EXPECT_EQ(problems[3].key, "slides[4].spec.map.indicators");
  EXPECT_EQ(problems[4].key, "slides[5].spotlight");
  EXPECT_NE(problems[4].message.find("'099'"), std::string::npos);
  EXPECT_EQ(story_problem_text(problems[1], Lang::en),
            "slide 3 (slides[2].spec.map.breaks): manual breaks must rise strictly, e.g. 10,20,30");
  // In Vietnamese, with the report's number format.
  const std::vector<StoryProblem> vi = check(story, Lang::vi);
  ASSERT_EQ(vi.size(), 5u);
  EXPECT_NE(vi[2].message.find("(8,6 – 47,4)"), std::string::npos) << vi[2].message;
  EXPECT_EQ(story_problem_text(vi[1], Lang::vi).rfind("trang 3 (slides[2].spec.map.breaks): ", 0), 0u);
}

TEST_F(StoryCheck, ManualBreaksThatClassifyWouldRefuseAreProblems) {
  // Each slide would fail when drawn; the check finds it first, in classify's own words.
  Story story;
  MapSpec none;
  none.method = ClassMethod::manual;
  MapSpec nine = none;
  nine.breaks = {10, 15, 20, 25, 30, 35, 40, 45, 50};
  MapSpec falling = none;
  falling.breaks = {30, 20};
  MapSpec fine = none;
  fine.breaks = {15, 30};
  story.slides = {{none, "", ""}, {nine, "", ""}, {falling, "", ""}, {fine, "", ""}};
  const std::vector<StoryProblem> problems = check(story, Lang::en);
  ASSERT_EQ(problems.size(), 3u);
  for (std::size_t i = 0; i < problems.size(); ++i) {
    EXPECT_EQ(problems[i].slide, i + 1);
    EXPECT_EQ(problems[i].key, "slides[" + std::to_string(i) + "].spec.map.breaks");
    ClassifyOptions options;
    options.method = ClassMethod::manual;
    options.manual_breaks = story.slides[i].spec.breaks;
    try {
      classify({10, 20, 30}, options);
      ADD_FAILURE() << "classify drew slide " << i + 1;
    } catch (const UsageError& e) {
      EXPECT_EQ(problems[i].message, e.what());
    }
  }
  EXPECT_EQ(problems[0].message, "manual classes need breaks, e.g. --breaks 10,20,30");
  EXPECT_NE(problems[1].message.find("at most 8"), std::string::npos) << problems[1].message;
  EXPECT_EQ(problems[2].message, "manual breaks must rise strictly, e.g. 10,20,30");
}

TEST_F(StoryCheck, APeriodWithoutFiguresAndAnEmptyStoryAreProblems) {
  IndicatorTable table = data().table;
  table.add_period("2021-Q2");
  MapSpec q2;
  q2.period = "2021-Q2";
  Story story;
  story.slides = {{q2, "", ""}};
  const std::vector<StoryProblem> problems = check_story(story, data().registry, table, Lang::en);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].key, "slides[0].spec.map.period");
  EXPECT_EQ(problems[0].message,
            "indicator 'budget_revenue_attainment' has no district figure in 2021-Q2; the slide would be empty. "
            "Periods with figures: 2021-Q1");
  const std::vector<StoryProblem> empty = check(Story{}, Lang::en);
  ASSERT_EQ(empty.size(), 1u);
  EXPECT_EQ(empty[0].slide, 0u);
}

TEST_F(StoryCheck, AChangeSlideNeedsASecondPeriodOtherThanItsFirst) {
  // Each of these would fail when the change map is made (make_change_picture).
  MapSpec none;
  none.view = ViewKind::change;
  MapSpec same = none;
  same.compared_period = same.period;
  Story story;
  story.slides = {{none, "", ""}, {same, "", ""}};
  const std::vector<StoryProblem> problems = check(story, Lang::en);
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0].key, "slides[0].spec.map.compared_period");
  EXPECT_EQ(problems[0].message,
            "the change map needs a second period: add --compared-period PERIOD (e.g. 2021-Q2, from a --table)");
  EXPECT_EQ(problems[1].key, "slides[1].spec.map.compared_period");
  EXPECT_EQ(problems[1].message,
            "the compared period '2021-Q1' is the period shown; give another one with --compared-period");
}

TEST(StoryExportPlan, SlidesAreNumberedInOrderAndTakeTheLanguageAndSizeGiven) {
  const Story story = three_slides();
  const BatchPlan own = plan_story_export(story, {});
  ASSERT_EQ(own.items.size(), 3u);
  EXPECT_EQ(own.items[0].file_name, "01_investment_disbursement_2021-Q1.png");
  EXPECT_EQ(own.items[1].file_name, "02_budget_revenue_attainment_2021-Q1.png");
  EXPECT_EQ(own.items[2].file_name, "03_overview_2021-Q1.png");
  EXPECT_EQ(own.items[1].spec, story.slides[1].spec);  // its own language and paper
  // The spotlit district is highlighted on paper.
  EXPECT_EQ(own.items[0].spec.highlighted, std::vector<std::string>{"033"});
  const BatchPlan given = plan_story_export(story, {"pdf", Lang::vi, ImageSize{1280, 720}});
  for (const BatchItem& item : given.items) {
    EXPECT_EQ(item.spec.lang, Lang::vi);
    EXPECT_EQ(item.spec.size, OutputSize(ImageSize{1280, 720}));
    EXPECT_EQ(item.file_name.substr(item.file_name.size() - 4), ".pdf");
  }
}

}  // namespace
}  // namespace hgm::io
