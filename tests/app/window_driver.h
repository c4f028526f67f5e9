#pragma once
// The window tests' driver: the app run for real inside Xvfb (xvfb-run), driven through
// the X server with xdotool as a user drives it, its last frame read back with
// --screenshot. Every window test starts its X server here, so the display numbers are
// chosen in one place.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "../cli/temp_dir.h"  // slurp
#include "app_process.h"
#include "core/layout/map_view.h"
#include "render/image.h"
#include "render/png/png_io.h"

namespace hgm::test {

inline const std::string kBoundaries = std::string(HGM_TEST_BOUNDARY_DIR) + "/hagiang_districts.shp";
inline const std::string kData = HGM_TEST_PROJECT_GEODATA_DIR;

// Whether xvfb-run and xdotool are installed (the tests that type keys need both).
inline bool have_window_programs() { return have_program("xvfb-run") && have_program("xdotool"); }

// The display the next X server starts its search from. `xvfb-run -a` takes the first
// free number from there, but two runs started at once from the same number can both
// take it, and keys typed for one test would then reach another's window: each process
// (ctest runs each test in one of its own) starts from a number of its own, its pid's,
// and each run in it from the next of its eight.
inline int next_display() {
  static int runs = 0;
  return 100 + static_cast<int>(::getpid() % 1000) * 8 + runs++ % 8;
}

// The shell words that run what follows inside a fresh Xvfb screen of `width`×`height`
// (at 96 dpi, the interface scale 1, when `dpi_96`). The session bus points nowhere, so
// SDL does not autolaunch a D-Bus daemon that would outlive the test, and the file
// choices are the built-in ones (no portal).
inline std::string under_xvfb(int width, int height, bool dpi_96 = true) {
  return "DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent xvfb-run -a -n " + std::to_string(next_display()) +
         " -s '-screen 0 " + std::to_string(width) + "x" + std::to_string(height) + "x24" +
         (dpi_96 ? " -dpi 96" : "") + "'";
}

// Shell lines that wait (up to `tenths` tenths of a second) until the app has said
// `text` on its standard error (app.err in its working folder).
inline std::string wait_for_output(const std::string& text, int tenths) {
  return "for i in $(seq " + std::to_string(tenths) + "); do grep -q " + shell_quote(text) +
         " app.err && break; sleep 0.1; done\n";
}

// The same until the file `name` (relative to the app's working folder) exists.
inline std::string wait_for_file(const std::string& name, int tenths) {
  return "for i in $(seq " + std::to_string(tenths) + "); do [ -f " + shell_quote(name) +
         " ] && break; sleep 0.1; done\n";
}

// What is done in the window once it has drawn its first frame and the pointer is in its
// top-left corner (off the map, so no tooltip).
struct WindowScript {
  std::string keys{};  // xdotool key names, typed 250 ms apart (none when empty)
  std::string then{};  // shell lines run after the keys: $app is the app's pid, app.err its stderr
  bool quit = true;  // then wait a second and quit with Ctrl+Q (false: `then` ends the app)
  int width = 1280, height = 720;  // the Xvfb screen (a common projector's)
  std::string env{};   // more VAR=value words for the app's environment
  int timeout_s = 120;
};

struct WindowRun {
  AppRun run;  // its exit code, and stdout and stderr
  std::filesystem::path dir;
  std::filesystem::path shot_file;
  render::Image shot;  // the last frame, empty when none was written
};

// Runs the app in `dir` inside Xvfb with `args` and the project's --boundaries and --data,
// its last frame to dir/window.png and its settings (recent tables) in dir/config, not the
// user's. The keys wait for the first frame and the window (it is created hidden and shown
// once the data is read, and on a loaded machine mapped well before it handles keys).
inline WindowRun run_window(const std::filesystem::path& dir, std::vector<std::string> args,
                            const WindowScript& script = {}) {
  WindowRun w;
  w.dir = dir;
  w.shot_file = dir / "window.png";
  const std::filesystem::path drive = dir / "drive.sh";
  std::ofstream(drive) << "\"$@\" 2> app.err &\n"
                          "app=$!\n"
                          "for i in $(seq 600); do grep -q 'first frame after' app.err 2> /dev/null && "
                          "xdotool search --onlyvisible --classname hagiang-map-app > /dev/null 2>&1 && break; "
                          "kill -0 $app 2> /dev/null || break; sleep 0.1; done\n"
                          "sleep 0.5\n"
                          "xdotool mousemove 1 1\n"
                       << (script.keys.empty() ? "" : "xdotool key --delay 250 " + script.keys + "\n") << script.then
                       << (script.quit ? "\nsleep 1\nxdotool key ctrl+q\n" : "\n")
                       << "wait $app\n"
                          "status=$?\n"
                          "cat app.err >&2\n"
                          "exit $status\n";
  for (const std::string& a : {std::string("--boundaries"), kBoundaries, std::string("--data"), kData,
                               std::string("--screenshot"), w.shot_file.string()})
    args.push_back(a);
  std::string env = "XDG_CONFIG_HOME=" + shell_quote((dir / "config").string()) + " ";
  if (!script.env.empty()) env += script.env + " ";
  w.run = run_app(env + under_xvfb(script.width, script.height) + " sh " + shell_quote(drive.string()), args, dir,
                  script.timeout_s);
  if (std::filesystem::exists(w.shot_file)) w.shot = render::read_png(w.shot_file);
  return w;
}

// How many pixels of `a` and `b` differ at all (-1 when their sizes differ).
inline long pixels_different(const render::Image& a, const render::Image& b) {
  if (a.width != b.width || a.height != b.height) return -1;
  long different = 0;
  for (int y = 0; y < a.height; ++y)
    for (int x = 0; x < a.width; ++x) {
      const Color p = a.pixel(x, y), q = b.pixel(x, y);
      if (p.r != q.r || p.g != q.g || p.b != q.b || p.a != q.a) ++different;
    }
  return different;
}

// Share of the pixels in `area` whose colour differs by more than anti-aliasing does (1
// when the images' sizes differ).
inline double share_different(const render::Image& a, const render::Image& b, PixelRect area) {
  EXPECT_EQ(a.width, b.width);
  EXPECT_EQ(a.height, b.height);
  if (a.width != b.width || a.height != b.height) return 1;
  long different = 0, all = 0;
  for (int y = std::max(0, static_cast<int>(area.y)); y < std::min(a.height, static_cast<int>(area.y + area.h)); ++y)
    for (int x = std::max(0, static_cast<int>(area.x)); x < std::min(a.width, static_cast<int>(area.x + area.w)); ++x) {
      const Color p = a.pixel(x, y), q = b.pixel(x, y);
      different += std::max({std::abs(p.r - q.r), std::abs(p.g - q.g), std::abs(p.b - q.b)}) > 48;
      ++all;
    }
  return all == 0 ? 1 : static_cast<double>(different) / static_cast<double>(all);
}

inline double share_different(const render::Image& a, const render::Image& b) {
  return share_different(a, b, {0, 0, static_cast<double>(a.width), static_cast<double>(a.height)});
}

}  // namespace hgm::test
