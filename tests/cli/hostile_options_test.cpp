// Hostile options and interrupted exports, through the real binary: too many breaks, huge
// titles, sizes beyond what OpenGL could draw, and SIGTERM/SIGKILL in the middle of writing.
#include <gtest/gtest.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <thread>

#include "render/png/png_io.h"
#include "cli_test_support.h"
#include "run_process.h"

namespace hgm {
namespace {

namespace fs = std::filesystem;
using test::run_process;

using test::kExitEnvironment;
using test::kExitUsage;

std::string numbers(int count) {
  std::string text;
  for (int i = 1; i <= count; ++i) text += (i > 1 ? "," : "") + std::to_string(i * 5);
  return text;
}

TEST(HostileOptions, BreaksBeyondTheClassLimitAreRefused) {
  const auto eight = run_process(HGM_CLI_BINARY, {"inspect", "--json", "--breaks", numbers(8)});
  ASSERT_EQ(eight.exit_code, 0) << eight.err;
  for (const int count : {9, 15, 10000}) {
    SCOPED_TRACE(count);
    const auto vi = run_process(HGM_CLI_BINARY, {"inspect", "--breaks", numbers(count)});
    EXPECT_EQ(vi.exit_code, kExitUsage) << vi.err;
    EXPECT_NE(vi.err.find("--breaks có " + std::to_string(count) + " ngưỡng; tối đa 8 ngưỡng (9 lớp)"),
              std::string::npos)
        << vi.err;
    const auto en = run_process(HGM_CLI_BINARY, {"export", "--lang", "en", "--breaks", numbers(count), "--out",
                                                 (fs::temp_directory_path() / "hgm_never_written.png").string()});
    EXPECT_EQ(en.exit_code, kExitUsage) << en.err;
    EXPECT_NE(en.err.find("at most 8 limits (9 classes)"), std::string::npos) << en.err;
    EXPECT_FALSE(fs::exists(fs::temp_directory_path() / "hgm_never_written.png"));
  }
  // Within the limit but beyond the palette: Set2 has 8 colours for 9 classes.
  const auto set2 = run_process(HGM_CLI_BINARY, {"inspect", "--lang", "en", "--breaks", numbers(8), "--palette", "Set2"});
  EXPECT_EQ(set2.exit_code, kExitUsage) << set2.err;
  EXPECT_NE(set2.err.find("palette Set2 holds at most 8 colours, this map needs 9 classes"), std::string::npos)
      << set2.err;
}

TEST(HostileOptions, TitlesLongerThanTheCapAreRefused) {
  const std::string fits(200, 'a');
  EXPECT_EQ(run_process(HGM_CLI_BINARY, {"inspect", "--title", fits, "--subtitle", fits}).exit_code, 0);
  // 200 Vietnamese letters are 200 characters, whatever their bytes.
  std::string vietnamese;
  for (int i = 0; i < 200; ++i) vietnamese += "ệ";
  EXPECT_EQ(run_process(HGM_CLI_BINARY, {"inspect", "--title", vietnamese}).exit_code, 0);
  const std::vector<std::pair<std::string, std::string>> too_long = {
      {"--title", std::string(201, 'a')}, {"--subtitle", std::string(100 * 1024, 'b')},
      {"--title", "one\ntwo\nthree\nfour"}, {"--subtitle", vietnamese + "ệ"}};
  for (const auto& [option, text] : too_long) {
    SCOPED_TRACE(option + " " + std::to_string(text.size()));
    const auto vi = run_process(HGM_CLI_BINARY, {"inspect", option, text});
    EXPECT_EQ(vi.exit_code, kExitUsage) << vi.err.substr(0, 300);
    EXPECT_NE(vi.err.find(option + " dài "), std::string::npos) << vi.err.substr(0, 300);
    EXPECT_NE(vi.err.find("tối đa 200 ký tự và 3 dòng"), std::string::npos) << vi.err.substr(0, 300);
    const auto en = run_process(HGM_CLI_BINARY, {"export", "--lang", "en", option, text, "--out", "x.png"});
    EXPECT_EQ(en.exit_code, kExitUsage) << en.err.substr(0, 300);
    EXPECT_NE(en.err.find("at most 200 characters and 3 lines"), std::string::npos) << en.err.substr(0, 300);
    EXPECT_LT(en.err.size(), 400u) << "the message must not repeat the whole text";
  }
}

// 20000x1500 was beyond OpenGL here (16384 per side with Mesa). The PNG is drawn on the CPU
// now, up to cairo's 32767 per side: it is written, at its size, with the map on it.
TEST(HostileOptions, SizeBeyondTheOpenGlLimitIsDrawn) {
  const fs::path out = fs::temp_directory_path() / ("hgm_huge_" + std::to_string(::getpid()) + ".png");
  const auto wide = run_process(HGM_CLI_BINARY, {"export", "--lang", "en", "--size", "20000x1500", "--out", out.string()});
  ASSERT_EQ(wide.exit_code, 0) << wide.err;
  const hgm::render::Image image = hgm::render::read_png(out);
  fs::remove(out);
  EXPECT_EQ(image.width, 20000);
  EXPECT_EQ(image.height, 1500);
  std::set<std::uint32_t> colours;
  for (int x = 0; x < image.width; x += 7) {
    const hgm::Color c = image.pixel(x, 750);
    colours.insert(static_cast<std::uint32_t>(c.r) << 16 | c.g << 8 | c.b);
  }
  EXPECT_GT(colours.size(), 5u) << "the map's classes, not an empty picture";
  const auto past = run_process(HGM_CLI_BINARY, {"export", "--lang", "en", "--size", "32768x64", "--out", out.string()});
  EXPECT_EQ(past.exit_code, kExitUsage) << past.err;
  EXPECT_NE(past.err.find("32767"), std::string::npos) << past.err;
  EXPECT_FALSE(fs::exists(out));
}

// True once the export has its temporary open in `dir`: a named ".map.png.tmp-…" there,
// or (O_TMPFILE) an open descriptor of the process pointing into `dir`.
bool writing_into(pid_t child, const fs::path& dir) {
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.path().filename().string().find(".tmp-") != std::string::npos) return true;
  for (const auto& fd : fs::directory_iterator("/proc/" + std::to_string(child) + "/fd", ec)) {
    const std::string target = fs::read_symlink(fd.path(), ec).string();
    if (!ec && target.rfind(dir.string() + "/", 0) == 0) return true;
  }
  return false;
}

struct Killed {
  bool while_writing = false;  // the signal came with the temporary open
  int status = 0;
};

// Starts an export of a large PNG over an old file, waits until it writes its temporary,
// and sends `signal_number` `delay` later.
Killed export_killed(const fs::path& out, int signal_number, std::chrono::milliseconds delay, bool named_temporary) {
  const pid_t child = fork();
  if (child == 0) {
    if (named_temporary) setenv("HGM_NAMED_TEMPORARY", "1", 1);
    const int null = open("/dev/null", O_WRONLY);
    dup2(null, 2);
    execl(HGM_CLI_BINARY, HGM_CLI_BINARY, "export", "--size", "5000x5000", "--out", out.c_str(),
          static_cast<char*>(nullptr));
    _exit(127);
  }
  Killed k;
  const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (!writing_into(child, out.parent_path()) && waitpid(child, &k.status, WNOHANG) == 0 &&
         std::chrono::steady_clock::now() < give_up)
    std::this_thread::sleep_for(std::chrono::microseconds(500));
  std::this_thread::sleep_for(delay);
  k.while_writing = writing_into(child, out.parent_path());
  kill(child, signal_number);
  waitpid(child, &k.status, 0);
  return k;
}

TEST(HostileOptions, AKillDuringExportLeavesNoTemporaryAndTheOldFileWhole) {
  const fs::path dir = fs::temp_directory_path() / ("hgm_killed_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const fs::path out = dir / "map.png";
  int killed_while_writing = 0;
  for (const bool named : {false, true})
    for (const int signal_number : {SIGTERM, SIGKILL, SIGINT})
      for (const int ms : {0, 100}) {
        if (named && signal_number == SIGKILL) continue;  // only an unnamed temporary survives SIGKILL clean
        SCOPED_TRACE(std::string(named ? "named " : "unnamed ") + strsignal(signal_number) + " after " +
                     std::to_string(ms) + " ms");
        std::ofstream(out, std::ios::binary | std::ios::trunc) << "old map";
        const Killed k = export_killed(out, signal_number, std::chrono::milliseconds(ms), named);
        std::vector<std::string> left;
        for (const auto& e : fs::directory_iterator(dir)) left.push_back(e.path().filename().string());
        EXPECT_EQ(left, (std::vector<std::string>{"map.png"}));
        std::ifstream in(out, std::ios::binary);
        std::stringstream s;
        s << in.rdbuf();
        // Either the old file as it was, or the whole new map: never half of one.
        if (s.str() != "old map") {
          EXPECT_EQ(render::read_png(out).width, 5000);
        }
        if (k.while_writing) {
          ++killed_while_writing;
          EXPECT_TRUE(WIFSIGNALED(k.status)) << "the signal must end the export";
          EXPECT_EQ(s.str(), "old map");
        }
      }
  EXPECT_GE(killed_while_writing, 6) << "too few signals came while the temporary was open";
  fs::remove_all(dir);
}

}  // namespace
}  // namespace hgm
