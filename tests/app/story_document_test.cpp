// The story the window edits: adding, moving, duplicating and deleting slides, the dirty
// flag, where the autosave goes and when it is offered back; and the slide list's labels.
#include "app/story/story_document.h"

#include <gtest/gtest.h>

#include <chrono>
#include <fstream>

#include "app/panels/story_tab.h"
#include "app_test_support.h"
#include "export/spec_writer.h"
#include "io/story_file.h"

namespace hgm::app {
namespace {

using namespace test_support;

StorySlide slide_of(const std::string& indicator, const std::string& title = {}) {
  StorySlide s;
  s.spec.indicator = indicator;
  s.spec.title = title;
  return s;
}

std::vector<std::string> indicators(const StoryDocument& doc) {
  std::vector<std::string> ids;
  for (const StorySlide& s : doc.story().slides) ids.push_back(s.spec.indicator);
  return ids;
}

TEST(StoryDocument, AddPutsTheSlideAfterTheSelectedOneAndSelectsIt) {
  StoryDocument doc;
  EXPECT_FALSE(doc.dirty());
  EXPECT_FALSE(doc.selected());
  doc.add(slide_of("a"));
  doc.add(slide_of("b"));
  EXPECT_TRUE(doc.dirty());
  EXPECT_EQ(doc.selected(), 1u);
  doc.select(0);
  doc.add(slide_of("c"));
  EXPECT_EQ(indicators(doc), (std::vector<std::string>{"a", "c", "b"}));
  EXPECT_EQ(doc.selected(), 1u);
}

TEST(StoryDocument, MoveDuplicateAndDeleteKeepTheSelectionOnTheSlide) {
  StoryDocument doc;
  doc.reset(Story{"Giao ban", {slide_of("a"), slide_of("b"), slide_of("c")}}, "/x/q1.story.json");
  EXPECT_FALSE(doc.dirty());
  EXPECT_EQ(doc.selected(), 0u);
  doc.move(0, -1);  // already first: nothing
  EXPECT_FALSE(doc.dirty());
  doc.move(0, +1);
  EXPECT_EQ(indicators(doc), (std::vector<std::string>{"b", "a", "c"}));
  EXPECT_EQ(doc.selected(), 1u);
  EXPECT_TRUE(doc.dirty());
  doc.move(2, +1);  // already last: nothing
  EXPECT_EQ(indicators(doc), (std::vector<std::string>{"b", "a", "c"}));
  doc.duplicate(2);
  EXPECT_EQ(indicators(doc), (std::vector<std::string>{"b", "a", "c", "c"}));
  EXPECT_EQ(doc.selected(), 3u);
  doc.remove(3);
  EXPECT_EQ(indicators(doc), (std::vector<std::string>{"b", "a", "c"}));
  EXPECT_EQ(doc.selected(), 2u);
  doc.remove(0);
  doc.remove(0);
  doc.remove(0);
  EXPECT_TRUE(doc.story().slides.empty());
  EXPECT_FALSE(doc.selected());
  doc.remove(0);  // nothing left: nothing happens
}

TEST(StoryDocument, EditsCountAndSavingClearsTheDirtyFlag) {
  StoryDocument doc;
  doc.reset(Story{"Giao ban", {slide_of("a")}}, "");
  const std::uint64_t before = doc.edits();
  doc.set_title("Giao ban");  // the same title: no change
  doc.set_note(0, "");
  doc.set_slide_title(0, "");
  EXPECT_FALSE(doc.dirty());
  EXPECT_EQ(doc.edits(), before);
  doc.set_note(0, "Nhấn mạnh Xín Mần.\nHỏi ý kiến.");
  doc.set_slide_title(0, "Thu ngân sách");
  doc.set_title("Giao ban quý I/2021");
  EXPECT_EQ(doc.edits(), before + 3);
  EXPECT_EQ(doc.story().slides[0].note, "Nhấn mạnh Xín Mần.\nHỏi ý kiến.");
  EXPECT_EQ(doc.story().slides[0].spec.title, "Thu ngân sách");
  EXPECT_EQ(doc.story().title, "Giao ban quý I/2021");
  EXPECT_TRUE(doc.dirty());
  doc.saved_as("/x/story.json");
  EXPECT_FALSE(doc.dirty());
  EXPECT_EQ(doc.path(), "/x/story.json");
}

TEST(StoryDocument, AutosaveBesideTheFileOrInTheAppFolder) {
  EXPECT_EQ(autosave_path("/m/q1-2021.story.json", "/cfg"), fs::path("/m/q1-2021.story.autosave.json"));
  EXPECT_EQ(autosave_path("/m/giao ban", "/cfg"), fs::path("/m/giao ban.autosave.json"));
  EXPECT_EQ(autosave_path("", "/cfg/hagiang-map"), fs::path("/cfg/hagiang-map/story.autosave.json"));
  EXPECT_EQ(autosave_path("", ""), fs::path());
}

TEST(StoryDocument, AutosaveIsOfferedOnlyWhenNewerThanTheFile) {
  static const TempDir dir;  // shared with the other tests of this process: never removed early
  const fs::path folder = dir.path / "story-autosave";
  fs::remove_all(folder);
  fs::create_directories(folder);
  const fs::path story = folder / "q1.story.json";
  const fs::path autosave = autosave_path(story.string(), {});
  Story s{"Giao ban", {slide_of("budget_revenue_attainment")}};
  exporting::write_story_file(story.string(), s);
  EXPECT_FALSE(offer_restore(story, autosave)) << "no autosave";
  exporting::write_story_file(autosave.string(), s);
  const auto now = fs::file_time_type::clock::now();
  fs::last_write_time(story, now - std::chrono::hours(1));
  fs::last_write_time(autosave, now);
  EXPECT_TRUE(offer_restore(story, autosave));
  fs::last_write_time(story, now + std::chrono::seconds(5));
  EXPECT_FALSE(offer_restore(story, autosave)) << "the file was saved after the autosave";
  fs::remove(story);
  EXPECT_TRUE(offer_restore(story, autosave)) << "the file is gone: the autosave is all there is";
}

TEST(StoryDocument, AStoryIsReadAndCheckedWhole) {
  static const TempDir dir;  // shared with the other tests of this process: never removed early
  const fs::path folder = dir.path / "story-checked";
  fs::remove_all(folder);
  fs::create_directories(folder);
  StorySlide fine = slide_of(kDefaultIndicator);
  fine.spec.period = kDefaultPeriod;
  const fs::path good = folder / "good.story.json", bad = folder / "bad.story.json";
  exporting::write_story_file(good.string(), Story{"Giao ban", {fine, fine}});
  const DistrictRegistry& registry = inputs().data.registry;
  const IndicatorTable& table = inputs().data.table;
  EXPECT_EQ(read_checked_story(good.string(), registry, table, Lang::vi).slides.size(), 2u);
  StorySlide wrong = fine;
  wrong.spec.indicator = "no_such_indicator";
  exporting::write_story_file(bad.string(), Story{"Giao ban", {fine, wrong, fine, wrong}});
  try {
    read_checked_story(bad.string(), registry, table, Lang::vi);
    ADD_FAILURE() << "a story with problems was read";
  } catch (const DataError& e) {
    const std::string text = e.message(Lang::vi);
    EXPECT_NE(text.find(bad.string()), std::string::npos) << text;
    EXPECT_NE(text.find("trang 2"), std::string::npos) << text;
    EXPECT_NE(text.find("trang 4"), std::string::npos) << "every problem, not the first only\n" << text;
  }
}

TEST(StoryTab, SlidesAreLabelledWithTheirTitleOrTheIndicatorsName) {
  IndicatorTable table;
  Indicator ind;
  ind.id = "poverty_rate";
  ind.name_vi = "Tỷ lệ hộ nghèo";
  ind.name_en = "Poverty rate";
  table.add_indicator(ind);
  const Story story{"", {slide_of("poverty_rate"), slide_of("poverty_rate", "Nghèo đa chiều"), slide_of("unknown")}};
  EXPECT_EQ(slide_label(story, 0, table, Lang::vi), "1. Tỷ lệ hộ nghèo");
  EXPECT_EQ(slide_label(story, 0, table, Lang::en), "1. Poverty rate");
  EXPECT_EQ(slide_label(story, 1, table, Lang::en), "2. Nghèo đa chiều");
  EXPECT_EQ(slide_label(story, 2, table, Lang::vi), "3. unknown");
}

}  // namespace
}  // namespace hgm::app
