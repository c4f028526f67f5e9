// Exporting from the real window under Xvfb: Ctrl+E opens the dialog, the keyboard picks
// a preset (A4 portrait, 150 DPI) and PNG, the folder is typed, Enter writes. The file
// must be the same PNG `hagiang-map export` writes for the same spec and size: the window
// exports what it shows, through the CLI's exporter. A folder that does not exist is
// refused first, with the message in the window's language. (The built-in side of the
// file choice: the folder is typed; DBUS_SESSION_BUS_ADDRESS points nowhere, so no portal.)
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "app_process.h"
#include "render/png/png_io.h"

namespace hgm {
namespace {

namespace fs = std::filesystem;

const std::string kBoundaries = std::string(HGM_TEST_BOUNDARY_DIR) + "/hagiang_districts.shp";
const std::string kData = HGM_TEST_PROJECT_GEODATA_DIR;

bool have_programs() { return test::have_program("xvfb-run") && test::have_program("xdotool"); }

fs::path output_dir(const std::string& name) { return test::fresh_output_dir("export_" + name); }

// The keys of the dialog: the keyboard starts on the folder field (not editing it),
// ↑ ↑ reach the size list, Space opens it, ↓ ↓ Space take the third entry (A4 portrait,
// 150 DPI), ↓ Space the PNG button; then Tab the folder field again.
const char* kPickA4PortraitAndPng = "Up Up space Down Down space Down space";

TEST(AppExport, WindowWritesTheCliPngOfTheSpecShown) {
  if (!have_programs()) GTEST_SKIP() << "xvfb-run or xdotool is not installed";
  const fs::path dir = output_dir("a4");
  const fs::path target = dir / "maps";
  fs::create_directories(target);
  // Typed relative to the app's working folder (the dialog's first folder): short, so
  // little typing on a loaded machine.
  const std::string missing = "no-such-folder";
  const std::vector<std::string> map_flags{"--indicator", "investment_disbursement", "--lang", "en"};
  const fs::path script = dir / "drive.sh";
  std::ofstream(script) << "\"$@\" 2> app.err &\n"
                           "app=$!\n"
                           "for i in $(seq 600); do grep -q 'first frame after' app.err 2> /dev/null && "
                           "xdotool search --onlyvisible --classname hagiang-map-app > /dev/null 2>&1 && break; "
                           "kill -0 $app 2> /dev/null || break; sleep 0.1; done\n"
                           "sleep 0.5\n"
                           "xdotool mousemove 1 1\n"
                           "xdotool key --delay 250 ctrl+e " << kPickA4PortraitAndPng << "\n"
                           "sleep 0.5\n"
                           "xdotool key --delay 250 Tab ctrl+a\n"
                           "xdotool type --delay 60 " << missing << "\n"
                           "sleep 0.5\n"
                           "xdotool key --delay 250 Return Return ctrl+a\n"
                           "xdotool type --delay 60 maps\n"
                           "sleep 0.5\n"
                           "xdotool key Return\n"
                           "for i in $(seq 300); do grep -q 'Written:' app.err && break; sleep 0.1; done\n"
                           "sleep 0.5\n"
                           "xdotool key ctrl+q\n"
                           "wait $app\n"
                           "status=$?\n"
                           "cat app.err >&2\n"
                           "exit $status\n";
  std::vector<std::string> args = map_flags;
  for (const std::string& a : {std::string("--boundaries"), kBoundaries, std::string("--data"), kData,
                               std::string("--screenshot"), (dir / "window.png").string()})
    args.push_back(a);
  static int runs = 0;
  const int display = 200 + static_cast<int>((::getpid() % 400) * 8 + runs++ % 8);
  const test::AppRun run = test::run_app(
      "DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent xvfb-run -a -n " + std::to_string(display) +
          " -s '-screen 0 1280x720x24 -dpi 96' sh " + test::shell_quote(script.string()),
      args, dir, 120);
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
  long different = 0;
  for (int y = 0; y < cli_image.height; ++y)
    for (int x = 0; x < cli_image.width; ++x) {
      const Color p = window_image.pixel(x, y), q = cli_image.pixel(x, y);
      if (p.r != q.r || p.g != q.g || p.b != q.b || p.a != q.a) ++different;
    }
  EXPECT_EQ(different, 0) << "the window's PNG differs from the CLI's in " << different << " pixels";
  EXPECT_EQ(render::read_png_dpi(written), render::read_png_dpi(cli_png));
}

}  // namespace
}  // namespace hgm
