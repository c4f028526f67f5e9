// The import report of a table with many unmatched rows, in the real window under Xvfb
// (issue 8 item 11): the window keeps the first issues of each kind and draws them as a
// scrolled list; its "write the full list" button, pressed from the keyboard (↓ then ↑
// reach it in ImGui 1.86's navigation, as tried under Xvfb; Space presses it), writes
// NAME.issues.txt beside the table with every issue, as `hagiang-map check-data` prints them.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "app_process.h"
#include "render/png/png_io.h"

namespace hgm {
namespace {

namespace fs = std::filesystem;

const std::string kBoundaries = std::string(HGM_TEST_BOUNDARY_DIR) + "/hagiang_districts.shp";
const std::string kData = HGM_TEST_PROJECT_GEODATA_DIR;
constexpr int kRows = 1500;  // unmatched rows: far more than the window keeps (200 of a kind)

bool have_programs() { return test::have_program("xvfb-run") && test::have_program("xdotool"); }

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

int count_of(const std::string& text, const std::string& part) {
  int n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++n;
  return n;
}

TEST(AppReport, WindowListsTheFirstIssuesAndWritesThemAll) {
  if (!have_programs()) GTEST_SKIP() << "xvfb-run or xdotool is not installed";
  const fs::path dir = test::fresh_output_dir("report_many_unmatched");
  const fs::path table = dir / "many.csv";
  {
    std::ofstream out(table);
    out << "Huyện,budget_revenue_attainment\n";
    for (int i = 1; i <= kRows; ++i) out << "Xã số " << i << "," << i % 90 << ".5\n";
  }
  const fs::path written = dir / "many.issues.txt";
  const fs::path script = dir / "drive.sh";
  std::ofstream(script) << "\"$@\" 2> app.err &\n"
                           "app=$!\n"
                           "for i in $(seq 600); do grep -q 'first frame after' app.err 2> /dev/null && "
                           "xdotool search --onlyvisible --classname hagiang-map-app > /dev/null 2>&1 && break; "
                           "kill -0 $app 2> /dev/null || break; sleep 0.1; done\n"
                           "sleep 0.5\n"
                           "xdotool mousemove 1 1\n"
                           "xdotool key --delay 400 Down Up space\n"
                           "for i in $(seq 300); do [ -f many.issues.txt ] && break; sleep 0.1; done\n"
                           "sleep 0.5\n"
                           "xdotool key ctrl+q\n"
                           "wait $app\n"
                           "status=$?\n"
                           "cat app.err >&2\n"
                           "exit $status\n";
  const fs::path screenshot = dir / "window.png";
  static int runs = 0;
  const int display = 200 + static_cast<int>((::getpid() % 400) * 8 + runs++ % 8);
  const test::AppRun run = test::run_app(
      "DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent xvfb-run -a -n " + std::to_string(display) +
          " -s '-screen 0 1280x720x24 -dpi 96' sh " + test::shell_quote(script.string()),
      {"--boundaries", kBoundaries, "--data", kData, "--table", table.string(), "--period", "2021-Q1", "--lang", "en",
       "--screenshot", screenshot.string()},
      dir, 120);
  ASSERT_EQ(run.exit_code, 0) << run.output;

  // Every issue in the file, not the 200 the window kept: as check-data prints them.
  ASSERT_TRUE(fs::exists(written)) << run.output;
  const std::string full = read(written);
  EXPECT_EQ(count_of(full, ": unmatched: 'Xã số "), kRows) << full.substr(0, 600);
  EXPECT_NE(full.find("many.csv:2: unmatched: 'Xã số 1': no district of Hà Giang has this name"), std::string::npos)
      << full.substr(0, 600);
  EXPECT_NE(full.find("many.csv:" + std::to_string(kRows + 1) + ": unmatched: 'Xã số " + std::to_string(kRows) + "'"),
            std::string::npos);
  EXPECT_EQ(full.find("issues kept (the first of each kind)"), std::string::npos) << "the file is not cut";

  // The last frame shows the report window over the map, its list a scrolled child (the
  // list's background) inside the window's placement (4% from the left, 12% from the top).
  const render::Image shot = render::read_png(screenshot);
  ASSERT_GT(shot.width, 0);
  const int x0 = shot.width * 4 / 100, y0 = shot.height * 12 / 100;
  int list_pixels = 0;
  for (int y = y0; y < shot.height * 90 / 100; ++y)
    for (int x = x0; x < x0 + shot.width / 2; ++x) {
      const std::size_t at = (static_cast<std::size_t>(y) * static_cast<std::size_t>(shot.width) + static_cast<std::size_t>(x)) * 4;
      if (shot.rgba[at] == 250 && shot.rgba[at + 1] == 251 && shot.rgba[at + 2] == 252) ++list_pixels;
    }
  EXPECT_GT(list_pixels, 2000) << "no scrolled issue list drawn; see " << screenshot;
}

}  // namespace
}  // namespace hgm
