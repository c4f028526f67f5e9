// The export dialog's batch, its "Writing…" sign and Esc, in the real window under Xvfb
// driven with xdotool. A batch of every indicator from the dialog must write the files the
// CLI's `export --indicator all --out-dir` writes (same names, same bytes: one batch loop);
// a single 4K export must draw a frame showing "Writing…" with the Export button disabled
// before the file is written; Esc must close the dialog, even while typing in it, and do
// nothing else (the pins stay).
#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <string>

#include "render/png/png_io.h"
#include "window_driver.h"

namespace hgm {
namespace {

namespace fs = std::filesystem;

using test::kBoundaries;
using test::kData;
using test::slurp;

// Starts the app in Xvfb (1280×720), waits for its first frame, runs the shell lines
// `drive` (xdotool …), then quits with Ctrl+Q; the last frame is written to window.png.
test::WindowRun run_window(const std::string& name, const std::string& drive, std::vector<std::string> args) {
  return test::run_window(test::fresh_output_dir("batch_" + name), std::move(args), {.then = drive, .timeout_s = 200});
}

std::set<std::string> files_in(const fs::path& dir) {
  std::set<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) names.insert(entry.path().filename().string());
  return names;
}

// Ctrl+E opens the dialog with the keyboard on its folder field (not editing it): ↑ the
// PNG button, ↑ the size list, ↑ the "what to export" list; Space opens it, ↓ Space takes
// "every indicator with figures"; then Tab edits the folder field.
const char* kEveryIndicator = "ctrl+e Up Up Up space Down space";

// Ctrl+Q while a batch runs does not cut it short: the window says it quits once the
// export is done, writes every map, then quits on its own; a second Ctrl+Q stops it.
TEST(AppExportBatch, CtrlQWhileABatchRunsQuitsOnceItIsDone) {
  if (!test::have_window_programs()) GTEST_SKIP() << "xvfb-run or xdotool is not installed";
  const std::string start = std::string("mkdir -p maps\nxdotool key --delay 250 ") + kEveryIndicator + "\n" +
                            "sleep 0.5\nxdotool key --delay 250 Tab ctrl+a\nxdotool type --delay 60 maps\n"
                            "sleep 0.5\nxdotool key Return\n" + test::wait_for_output("[2/37]", 900);
  const test::WindowRun once = test::run_window(test::fresh_output_dir("batch_quit_after"), {"--lang", "en"},
                                                {.then = start + "xdotool key ctrl+q\n", .quit = false, .timeout_s = 200});
  ASSERT_EQ(once.run.exit_code, 0) << once.run.output;
  EXPECT_NE(once.run.output.find("Quits when the export is done"), std::string::npos) << once.run.output;
  EXPECT_NE(once.run.output.find("wrote 37 of 37 maps to "), std::string::npos) << once.run.output;
  EXPECT_EQ(files_in(once.dir / "maps").size(), 37u);

  const test::WindowRun twice =
      test::run_window(test::fresh_output_dir("batch_quit_now"), {"--lang", "en"},
                       {.then = start + "xdotool key ctrl+q\nsleep 0.3\nxdotool key ctrl+q\n", .quit = false, .timeout_s = 200});
  ASSERT_EQ(twice.run.exit_code, 0) << twice.run.output;
  EXPECT_EQ(twice.run.output.find("wrote 37 of 37"), std::string::npos) << "a second Ctrl+Q stops the export";
  EXPECT_LT(files_in(twice.dir / "maps").size(), 37u);
}

TEST(AppExportBatch, EveryIndicatorFromTheDialogWritesTheCliBatch) {
  if (!test::have_window_programs()) GTEST_SKIP() << "xvfb-run or xdotool is not installed";
  const std::string drive = std::string("xdotool key --delay 250 ") + kEveryIndicator + "\n" +
                            "sleep 0.5\n"
                            "xdotool key --delay 250 Tab ctrl+a\n"
                            "xdotool type --delay 60 maps\n"
                            "sleep 0.5\n"
                            "xdotool key Return\n" +
                            test::wait_for_output("maps to ", 900);
  // The folder exists before the dialog is asked to write into it.
  const test::WindowRun w = run_window("every", "mkdir -p maps\n" + drive, {"--lang", "en"});
  ASSERT_EQ(w.run.exit_code, 0) << w.run.output;
  const fs::path window_maps = w.dir / "maps";
  ASSERT_TRUE(fs::is_directory(window_maps)) << w.run.output;
  // Progress in the window as the CLI's log shows it, and the summary.
  EXPECT_NE(w.run.output.find("[1/37] budget_revenue_attainment_2021-Q1.png"), std::string::npos) << w.run.output;
  EXPECT_NE(w.run.output.find("[37/37] "), std::string::npos) << w.run.output;
  EXPECT_NE(w.run.output.find("wrote 37 of 37 maps to " + window_maps.string()), std::string::npos) << w.run.output;
  EXPECT_NE(w.run.output.find("frames drawn while exporting"), std::string::npos) << w.run.output;

  const fs::path cli_maps = w.dir / "cli";
  const std::string cli = test::shell_quote(HGM_CLI_BINARY) + " export --indicator all --lang en --size 1920x1080" +
                          " --boundaries " + test::shell_quote(kBoundaries) + " --data " + test::shell_quote(kData) +
                          " --out-dir " + test::shell_quote(cli_maps.string()) + " 2> /dev/null";
  ASSERT_EQ(std::system(cli.c_str()), 0) << cli;
  const std::set<std::string> cli_files = files_in(cli_maps);
  ASSERT_EQ(cli_files.size(), 37u);
  EXPECT_EQ(files_in(window_maps), cli_files);
  for (const std::string& name : cli_files) {
    if (!fs::exists(window_maps / name)) continue;
    EXPECT_EQ(slurp(window_maps / name), slurp(cli_maps / name)) << name << " differs from the CLI's";
  }
}

TEST(AppExportBatch, ALargeExportShowsWritingWithTheButtonDisabled) {
  if (!test::have_window_programs()) GTEST_SKIP() << "xvfb-run or xdotool is not installed";
  // ↑ ↑ the size list, ↓ Space its second entry (slide 4K, 3840×2160); the folder typed.
  const std::string drive =
      "mkdir -p maps\n"
      "xdotool key --delay 250 ctrl+e Up Up space Down space\n"
      "sleep 0.5\n"
      "xdotool key --delay 250 Tab ctrl+a\n"
      "xdotool type --delay 60 maps\n"
      "sleep 0.5\n"
      "xdotool key Return\n" +
      test::wait_for_output("Written: ", 900);
  const test::WindowRun w = run_window("writing", drive, {"--lang", "en"});
  ASSERT_EQ(w.run.exit_code, 0) << w.run.output;
  const fs::path written = w.dir / "maps" / "budget_revenue_attainment_2021-Q1.png";
  ASSERT_TRUE(fs::exists(written)) << w.run.output;
  EXPECT_EQ(render::read_png(written).width, 3840);
  const std::size_t writing = w.run.output.find("Writing… ");
  const std::size_t sign = w.run.output.find("the export dialog shows 'Writing…' and its Export button is disabled");
  const std::size_t done = w.run.output.find("Written: " + written.string());
  ASSERT_NE(writing, std::string::npos) << w.run.output;
  ASSERT_NE(sign, std::string::npos) << "no frame showed the sign while writing\n" << w.run.output;
  ASSERT_NE(done, std::string::npos) << w.run.output;
  EXPECT_LT(writing, sign);
  EXPECT_LT(sign, done) << "the sign was drawn only after the file was written\n" << w.run.output;
}

TEST(AppExportBatch, EscClosesTheDialogAndKeepsThePins) {
  if (!test::have_window_programs()) GTEST_SKIP() << "xvfb-run or xdotool is not installed";
  const fs::path spec = test::fresh_output_dir("batch_esc_spec") / "pinned.json";
  const std::string make_spec = test::shell_quote(HGM_CLI_BINARY) + " spec --pin 033 --pin 024 --lang en --out " +
                                test::shell_quote(spec.string()) + " 2> /dev/null";
  ASSERT_EQ(std::system(make_spec.c_str()), 0) << make_spec;
  const std::vector<std::string> args{"--spec", spec.string()};
  // The window as it is with the pins and no dialog.
  const test::WindowRun plain = run_window("esc_plain", "", args);
  ASSERT_EQ(plain.run.exit_code, 0) << plain.run.output;
  // Esc once with the dialog open, once more after typing in its folder field.
  const test::WindowRun closed = run_window("esc_closed",
                                      "xdotool key --delay 250 ctrl+e Escape ctrl+e Tab\n"
                                      "xdotool type --delay 60 abc\n"
                                      "xdotool key --delay 250 Escape\n",
                                      args);
  ASSERT_EQ(closed.run.exit_code, 0) << closed.run.output;
  std::size_t closes = 0;
  for (std::size_t at = closed.run.output.find("export dialog closed (Esc)"); at != std::string::npos;
       at = closed.run.output.find("export dialog closed (Esc)", at + 1))
    ++closes;
  EXPECT_EQ(closes, 2u) << closed.run.output;
  EXPECT_EQ(test::pixels_different(closed.shot, plain.shot), 0) << "the dialog is still shown, or the pins are gone";
  // A third Esc, with no dialog open, unpins: the screen check above can fail.
  const test::WindowRun unpinned = run_window("esc_unpinned", "xdotool key --delay 250 ctrl+e Escape Escape\n", args);
  ASSERT_EQ(unpinned.run.exit_code, 0) << unpinned.run.output;
  EXPECT_GT(test::pixels_different(unpinned.shot, plain.shot), 0) << "Esc without a dialog should have unpinned";
}

}  // namespace
}  // namespace hgm
