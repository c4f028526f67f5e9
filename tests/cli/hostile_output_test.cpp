// Hostile output targets and options, through the real binary: each case checks the exit
// code, the message in both languages, and that nothing was written or replaced.
#include <gtest/gtest.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "render/png/png_io.h"
#include "cli_test_support.h"
#include "run_process.h"
#include "temp_dir.h"

namespace hgm {
namespace {

namespace fs = std::filesystem;
using test::run_process;

using test::kExitOutput;
using test::kExitUsage;

class HostileOutput : public ::testing::Test {
 protected:
  fs::path dir_ = fs::temp_directory_path() / ("hgm_hostile_" + std::to_string(::getpid()));
  void SetUp() override { fs::create_directories(dir_); }
  void TearDown() override { fs::remove_all(dir_); }

  std::set<std::string> names_in(const fs::path& folder) const {
    std::set<std::string> names;
    for (const auto& e : fs::directory_iterator(folder)) names.insert(e.path().filename().string());
    return names;
  }
  static test::ProcessResult export_to(const fs::path& out, const std::string& lang, const std::string& size = "640x480") {
    return run_process(HGM_CLI_BINARY, {"export", "--lang", lang, "--size", size, "--out", out.string()});
  }
};

void write_file(const fs::path& p, const std::string& text) { std::ofstream(p, std::ios::binary) << text; }

// A folder, a FIFO, a socket and (as root) a copy of /dev/null's device node: each exists
// and is not a regular file, so each is refused, stays what it was, and no temporary is left.
TEST_F(HostileOutput, TargetsThatAreNotRegularFilesAreRefusedAndLeftAlone) {
  std::vector<std::pair<fs::path, std::pair<std::string, std::string>>> targets;
  fs::create_directory(dir_ / "folder.png");
  targets.push_back({dir_ / "folder.png", {"một thư mục", "a folder"}});
  ASSERT_EQ(mkfifo((dir_ / "pipe.png").c_str(), 0644), 0);
  targets.push_back({dir_ / "pipe.png", {"một ống có tên (FIFO)", "a named pipe (FIFO)"}});
  ASSERT_EQ(mkfifo((dir_ / "pipe.svg").c_str(), 0644), 0);
  targets.push_back({dir_ / "pipe.svg", {"một ống có tên (FIFO)", "a named pipe (FIFO)"}});
  const int sock = socket(AF_UNIX, SOCK_STREAM, 0);
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  const std::string sock_path = (dir_ / "sock.png").string();
  ASSERT_LT(sock_path.size(), sizeof addr.sun_path);
  std::copy(sock_path.begin(), sock_path.end(), addr.sun_path);
  ASSERT_EQ(bind(sock, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
  targets.push_back({dir_ / "sock.png", {"một socket", "a socket"}});
  if (geteuid() == 0) {
    ASSERT_EQ(mknod((dir_ / "null.png").c_str(), S_IFCHR | 0666, makedev(1, 3)), 0);
    targets.push_back({dir_ / "null.png", {"một thiết bị ký tự", "a character device"}});
  }
  std::map<fs::path, fs::file_type> before;
  for (const auto& [path, words] : targets) before[path] = fs::symlink_status(path).type();
  const std::set<std::string> names = names_in(dir_);
  for (const auto& [path, words] : targets) {
    SCOPED_TRACE(path.string());
    const auto vi = export_to(path, "vi");
    EXPECT_EQ(vi.exit_code, kExitOutput) << vi.err;
    EXPECT_NE(vi.err.find("không ghi được tệp"), std::string::npos) << vi.err;
    EXPECT_NE(vi.err.find(path.string() + ": đó là " + words.first + ", không phải tệp thường"), std::string::npos) << vi.err;
    const auto en = export_to(path, "en");
    EXPECT_EQ(en.exit_code, kExitOutput) << en.err;
    EXPECT_NE(en.err.find(path.string() + ": it is " + words.second + ", not a regular file; it is not replaced"),
              std::string::npos)
        << en.err;
    EXPECT_EQ(fs::symlink_status(path).type(), before[path]);
    EXPECT_EQ(names_in(dir_), names);  // no temporary, nothing new
  }
  close(sock);
}

// A link to a regular file: the file gets the new map, the link stays a link. A link to
// nothing or to a folder is refused.
TEST_F(HostileOutput, SymbolicLinkToAFileIsWrittenThroughAndKept) {
  fs::create_directory(dir_ / "real");
  write_file(dir_ / "real" / "map.png", "old content");
  fs::create_symlink(dir_ / "real" / "map.png", dir_ / "link.png");
  const auto r = export_to(dir_ / "link.png", "vi");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(fs::is_symlink(dir_ / "link.png"));
  EXPECT_EQ(fs::read_symlink(dir_ / "link.png"), dir_ / "real" / "map.png");
  EXPECT_EQ(render::read_png(dir_ / "real" / "map.png").width, 640);
  EXPECT_EQ(names_in(dir_ / "real"), (std::set<std::string>{"map.png"}));
  EXPECT_EQ(names_in(dir_), (std::set<std::string>{"link.png", "real"}));

  fs::create_symlink(dir_ / "nowhere.png", dir_ / "dangling.png");
  const auto dangling = export_to(dir_ / "dangling.png", "en");
  EXPECT_EQ(dangling.exit_code, kExitOutput) << dangling.err;
  EXPECT_NE(dangling.err.find("symbolic link to " + (dir_ / "nowhere.png").string() + ", which does not exist"),
            std::string::npos)
      << dangling.err;
  EXPECT_FALSE(fs::exists(dir_ / "nowhere.png"));
  fs::create_directory_symlink(dir_ / "real", dir_ / "to_folder.png");
  const auto to_folder = export_to(dir_ / "to_folder.png", "en");
  EXPECT_EQ(to_folder.exit_code, kExitOutput) << to_folder.err;
  EXPECT_NE(to_folder.err.find("it is a folder"), std::string::npos) << to_folder.err;
  EXPECT_EQ(names_in(dir_), (std::set<std::string>{"link.png", "real", "dangling.png", "to_folder.png"}));
}

// A map its author locked (chmod a-w) was replaced all the same and came back writable: a
// rename heeds only the folder's permission. It is refused and kept, in each format, also
// through a link; a file that may be written keeps its own permissions when replaced.
TEST_F(HostileOutput, AReadOnlyFileIsRefusedAndAReplacedOneKeepsItsPermissions) {
  for (const std::string ext : {"png", "svg", "pdf"}) {
    const fs::path locked = dir_ / ("locked." + ext);
    write_file(locked, "the final map");
    fs::permissions(locked, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    const auto en = export_to(locked, "en");
    EXPECT_EQ(en.exit_code, kExitOutput) << ext << ": " << en.err;
    EXPECT_NE(en.err.find("the file is read-only (no write permission); it is not replaced"), std::string::npos)
        << en.err;
    EXPECT_EQ(test::slurp(locked), "the final map");
    EXPECT_EQ(fs::status(locked).permissions(), fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
  }
  fs::create_symlink(dir_ / "locked.png", dir_ / "to_locked.png");
  const auto vi = export_to(dir_ / "to_locked.png", "vi");
  EXPECT_EQ(vi.exit_code, kExitOutput) << vi.err;
  EXPECT_NE(vi.err.find("tệp này chỉ cho phép đọc"), std::string::npos) << vi.err;
  EXPECT_EQ(test::slurp(dir_ / "locked.png"), "the final map");

  const fs::path mine = dir_ / "mine.png";
  write_file(mine, "old");
  fs::permissions(mine, fs::perms::owner_read | fs::perms::owner_write);
  const auto r = export_to(mine, "en");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(render::read_png(mine).width, 640);
  EXPECT_EQ(fs::status(mine).permissions(), fs::perms::owner_read | fs::perms::owner_write);
  EXPECT_EQ(names_in(dir_), (std::set<std::string>{"locked.png", "locked.svg", "locked.pdf", "to_locked.png", "mine.png"}));
}

TEST_F(HostileOutput, MissingFolderExitsWithTheOutputCodeInEitherLanguage) {
  const fs::path out = dir_ / "no" / "such" / "map.png";
  const auto vi = export_to(out, "vi");
  EXPECT_EQ(vi.exit_code, kExitOutput) << vi.err;
  EXPECT_NE(vi.err.find("không ghi được tệp PNG " + out.string() + ": thư mục " + (dir_ / "no" / "such").string() +
                        " không tồn tại"),
            std::string::npos)
      << vi.err;
  const auto en = export_to(dir_ / "no" / "map.svg", "en");
  EXPECT_EQ(en.exit_code, kExitOutput) << en.err;
  EXPECT_NE(en.err.find("cannot write SVG " + (dir_ / "no" / "map.svg").string() + ": the folder " +
                        (dir_ / "no").string() + " does not exist"),
            std::string::npos)
      << en.err;
  EXPECT_EQ(en.err.find("unexpected"), std::string::npos) << en.err;
  EXPECT_TRUE(names_in(dir_).empty());
}

// A full disk: a 64 KiB tmpfs holding an old map. Needs mount (root in the test machine).
TEST_F(HostileOutput, FullDiskExitsWithTheOutputCodeAndKeepsTheOldFile) {
  const fs::path mnt = dir_ / "tiny";
  fs::create_directory(mnt);
  if (std::system(("mount -t tmpfs -o size=64k tmpfs " + test::shell_quote(mnt.string()) + " 2>/dev/null").c_str()) != 0)
    GTEST_SKIP() << "cannot mount a tmpfs here";
  write_file(mnt / "map.png", "old map");
  write_file(mnt / "map.svg", "old svg");
  const auto png = export_to(mnt / "map.png", "vi", "1920x1080");
  const auto svg = export_to(mnt / "map.svg", "en", "1920x1080");
  const std::set<std::string> left = names_in(mnt);
  const std::string old_png = test::slurp(mnt / "map.png"), old_svg = test::slurp(mnt / "map.svg");
  std::system(("umount " + test::shell_quote(mnt.string())).c_str());
  EXPECT_EQ(png.exit_code, kExitOutput) << png.err;
  EXPECT_NE(png.err.find("ổ đĩa đã đầy"), std::string::npos) << png.err;
  EXPECT_EQ(svg.exit_code, kExitOutput) << svg.err;
  EXPECT_NE(svg.err.find("the disk is full"), std::string::npos) << svg.err;
  EXPECT_EQ(left, (std::set<std::string>{"map.png", "map.svg"}));
  EXPECT_EQ(old_png, "old map");
  EXPECT_EQ(old_svg, "old svg");
}

TEST_F(HostileOutput, UnknownExtensionsAreRefusedBeforeAnythingIsWritten) {
  for (const char* name : {"map.tiff", "map.jpg", "map", "map.png.bak"}) {
    SCOPED_TRACE(name);
    const auto vi = export_to(dir_ / name, "vi");
    EXPECT_EQ(vi.exit_code, kExitUsage) << vi.err;
    EXPECT_NE(vi.err.find("chỉ hỗ trợ .png, .svg và .pdf"), std::string::npos) << vi.err;
    const auto en = export_to(dir_ / name, "en");
    EXPECT_EQ(en.exit_code, kExitUsage) << en.err;
    EXPECT_NE(en.err.find("the supported extensions are .png, .svg and .pdf"), std::string::npos) << en.err;
  }
  EXPECT_TRUE(names_in(dir_).empty());
  EXPECT_EQ(export_to(dir_ / "MAP.PNG", "en").exit_code, 0);
  EXPECT_EQ(render::read_png(dir_ / "MAP.PNG").width, 640);
}

}  // namespace
}  // namespace hgm
