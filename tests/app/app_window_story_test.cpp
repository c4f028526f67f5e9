// The story editor in the real window under Xvfb: slides added with Ctrl+Shift+A, the
// story saved back to its --story file with Ctrl+S (read back and checked by the CLI), and
// quitting with unsaved changes asks first while the autosave copy holds them.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "export/spec_writer.h"
#include "io/story_file.h"
#include "window_driver.h"

namespace hgm {
namespace {

namespace fs = std::filesystem;

using test::kBoundaries;
using test::kData;
using test::slurp;

// A one-slide story to start from, in a fresh folder.
fs::path start_story(const fs::path& dir) {
  StorySlide first;
  first.spec.indicator = "budget_revenue_attainment";
  first.spec.period = "2021-Q1";
  first.note = "Mở đầu";
  const fs::path file = dir / "meeting.story.json";
  exporting::write_story_file(file.string(), Story{"Giao ban", {first}});
  return file;
}

// Starts the app on `story` inside Xvfb (its config folder in `dir`, so no autosave of
// the user's is touched), waits for its first frame, runs the shell lines `script`
// (xdotool keys and checks, ending with the keys that quit) and waits for it to end.
test::AppRun run_window(const fs::path& dir, const fs::path& story, const std::string& script) {
  return test::run_window(dir, {"--story", story.string()}, {.then = script, .quit = false}).run;
}

TEST(AppStory, SlidesAddedInTheWindowAreSavedBackToTheStoryFile) {
  if (!test::have_window_programs()) GTEST_SKIP() << "xvfb-run or xdotool is not installed";
  const fs::path dir = test::fresh_output_dir("story_save");
  const fs::path story = start_story(dir);
  // Add the map on screen, step to the next indicator and add that too, save, quit.
  const test::AppRun run = run_window(dir, story,
                                      "xdotool key --delay 300 ctrl+shift+a Right ctrl+shift+a\n"
                                      "sleep 0.5\n"
                                      "xdotool key ctrl+s\n"
                                      "sleep 1\n"
                                      "xdotool key ctrl+q\n");
  ASSERT_EQ(run.exit_code, 0) << run.output;
  EXPECT_NE(run.output.find("đã lưu câu chuyện vào " + story.string()), std::string::npos) << run.output;
  EXPECT_EQ(run.output.find("chưa lưu"), std::string::npos) << "saved: quitting must not ask\n" << run.output;

  const Story saved = io::read_story_file(story.string(), Lang::vi);
  ASSERT_EQ(saved.slides.size(), 3u) << slurp(story);
  EXPECT_EQ(saved.title, "Giao ban");
  EXPECT_EQ(saved.slides[0].note, "Mở đầu");
  // Each added slide is the map on screen when it was added: the first slide's indicator
  // (the story opens on it), then the next one.
  EXPECT_EQ(saved.slides[1].spec.indicator, "budget_revenue_attainment");
  EXPECT_NE(saved.slides[2].spec.indicator, "budget_revenue_attainment");
  EXPECT_EQ(saved.slides[2].spec.period, "2021-Q1");
  // Round trip: what is read writes back to the same text.
  EXPECT_EQ(io::story_to_json(saved), slurp(story));
  EXPECT_FALSE(fs::exists(dir / "meeting.story.autosave.json")) << "a save removes the autosave";

  const std::string check = test::shell_quote(HGM_CLI_BINARY) + " story check " + test::shell_quote(story.string()) +
                            " --boundaries " + test::shell_quote(kBoundaries) + " --data " + test::shell_quote(kData) +
                            " > " + test::shell_quote((dir / "check.out").string()) + " 2>&1";
  EXPECT_EQ(std::system(check.c_str()), 0) << slurp(dir / "check.out");
  EXPECT_NE(slurp(dir / "check.out").find("3 trang"), std::string::npos) << slurp(dir / "check.out");
}

TEST(AppStory, QuittingWithUnsavedChangesAsksAndTheAutosaveKeepsThem) {
  if (!test::have_window_programs()) GTEST_SKIP() << "xvfb-run or xdotool is not installed";
  const fs::path dir = test::fresh_output_dir("story_unsaved");
  const fs::path story = start_story(dir);
  const std::string before = slurp(story);
  const fs::path autosave = dir / "meeting.story.autosave.json";
  // Add a slide, quit: the app asks. The autosave is there while it asks; Esc cancels (the
  // app keeps running); quitting again and D (don't save) ends it.
  const std::string shell_autosave = test::shell_quote(autosave.string());
  const test::AppRun run = run_window(dir, story,
                                      "xdotool key ctrl+shift+a\n"
                                      "sleep 1\n"
                                      "xdotool key ctrl+q\n"
                                      "sleep 1\n"
                                      "cp " + shell_autosave + " asked.autosave.json 2> /dev/null\n"
                                      "xdotool key Escape\n"
                                      "sleep 1\n"
                                      "kill -0 $app && echo STILL-RUNNING >&2\n"
                                      "xdotool key ctrl+q\n"
                                      "sleep 1\n"
                                      "xdotool key d\n");
  ASSERT_EQ(run.exit_code, 0) << run.output;
  EXPECT_NE(run.output.find("có thay đổi chưa lưu. Lưu lại trước khi tiếp tục?"), std::string::npos) << run.output;
  EXPECT_NE(run.output.find("STILL-RUNNING"), std::string::npos) << "Esc cancels quitting\n" << run.output;
  ASSERT_TRUE(fs::exists(dir / "asked.autosave.json")) << "no autosave while asking\n" << run.output;
  const Story autosaved = io::read_story_file((dir / "asked.autosave.json").string(), Lang::vi);
  EXPECT_EQ(autosaved.slides.size(), 2u) << "the autosave holds the added slide";
  EXPECT_EQ(slurp(story), before) << "Don't save leaves the file as it was";
  EXPECT_FALSE(fs::exists(autosave)) << "Don't save discards the autosave";
}

}  // namespace
}  // namespace hgm
