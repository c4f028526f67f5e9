// Exporting from the real window under Xvfb: Ctrl+E opens the dialog, the keyboard picks
// a preset (A4 portrait, 150 DPI) and PNG, the folder is typed, Enter writes. The file
// must be the same PNG `hagiang-map export` writes for the same spec and size: the window
// exports what it shows, through the CLI's exporter. A folder that does not exist is
// refused first, with the message in the window's language. (The built-in side of the
// file choice: the folder is typed; DBUS_SESSION_BUS_ADDRESS points nowhere, so no portal.)
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "render/png/png_io.h"
#include "window_driver.h"

namespace hgm {
namespace {

namespace fs = std::filesystem;

using test::kBoundaries;
using test::kData;

// The keys of the dialog: the keyboard starts on the folder field (not editing it),
// ↑ ↑ reach the size list, Space opens it, ↓ ↓ Space take the third entry (A4 portrait,
// 150 DPI), ↓ Space the PNG button; then Tab the folder field again.
const char* kPickA4PortraitAndPng = "Up Up space Down Down space Down space";

TEST(AppExport, WindowWritesTheCliPngOfTheSpecShown) {
  if (!test::have_window_programs()) GTEST_SKIP() << "xvfb-run or xdotool is not installed";
  const fs::path dir = test::fresh_output_dir("export_a4");
  const fs::path target = dir / "maps";
  fs::create_directories(target);
  // Typed relative to the app's working folder (the dialog's first folder): short, so
  // little typing on a loaded machine.
  const std::string missing = "no-such-folder";
  const std::vector<std::string> map_flags{"--indicator", "investment_disbursement", "--lang", "en"};
  const test::AppRun run =
      test::run_window(dir, map_flags,
                       {.keys = std::string("ctrl+e ") + kPickA4PortraitAndPng,
                        .then = "sleep 0.5\n"
                                "xdotool key --delay 250 Tab ctrl+a\n"
                                "xdotool type --delay 60 " + missing + "\n"
                                "sleep 0.5\n"
                                "xdotool key --delay 250 Return Return ctrl+a\n"
                                "xdotool type --delay 60 maps\n"
                                "sleep 0.5\n"
                                "xdotool key Return\n" +
                                test::wait_for_output("Written:", 300) + "sleep 0.5\n"})
          .run;
  ASSERT_EQ(run.exit_code, 0) << run.output;
  // The refused folder first, said in the window's language (English here). Not the whole
  // typed name: on a loaded machine ImGui 1.86's text field has been seen to drop a typed
  // character now and then (SDL delivered it); the folder typed next was written whole.
  EXPECT_NE(run.output.find("The folder no-"), std::string::npos) << run.output;
  EXPECT_NE(run.output.find("does not exist; choose an existing folder."), std::string::npos) << run.output;
  const fs::path written = target / "investment_disbursement_2021-Q1.png";
  ASSERT_TRUE(fs::exists(written)) << "the suggested name, in the typed folder\n" << run.output;
  EXPECT_NE(run.output.find("Written: " + written.string()), std::string::npos) << run.output;

  const fs::path cli_png = dir / "cli.png";
  std::string cli = test::shell_quote(HGM_CLI_BINARY) + " export";
  for (const std::string& a : map_flags) cli += " " + test::shell_quote(a);
  cli += " --boundaries " + test::shell_quote(kBoundaries) + " --data " + test::shell_quote(kData) +
         " --paper A4 --orientation portrait --dpi 150 --out " + test::shell_quote(cli_png.string()) + " 2> /dev/null";
  ASSERT_EQ(std::system(cli.c_str()), 0) << cli;

  const render::Image window_image = render::read_png(written);
  const render::Image cli_image = render::read_png(cli_png);
  ASSERT_EQ(window_image.width, 1240);
  ASSERT_EQ(window_image.height, 1754);
  ASSERT_EQ(cli_image.width, window_image.width);
  ASSERT_EQ(cli_image.height, window_image.height);
  const long different = test::pixels_different(window_image, cli_image);
  EXPECT_EQ(different, 0) << "the window's PNG differs from the CLI's in " << different << " pixels";
  EXPECT_EQ(render::read_png_dpi(written), render::read_png_dpi(cli_png));
}

}  // namespace
}  // namespace hgm
