// Stories on the command line: `story check` lists every slide's problem (exit 3) or says
// the story is fine; `export --story` writes each slide as the same export of its spec
// would, numbered into a folder or as the pages of one PDF, and refuses a story with
// problems before writing anything.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <string>

#include "render/png/png_io.h"
#include "run_process.h"
#include "temp_dir.h"

namespace hgm {
namespace {

namespace fs = std::filesystem;
using test::run_process;

const std::string kSample = std::string(HGM_TEST_SOURCE_DIR) + "/examples/q1-2021-meeting.story.json";

void write(const std::string& path, const std::string& text) { std::ofstream(path) << text; }

TEST(StoryCommand, TheSampleStoryChecksFine) {
  const auto vi = run_process(HGM_CLI_BINARY, {"story", "check", kSample});
  EXPECT_EQ(vi.exit_code, 0) << vi.err;
  EXPECT_NE(vi.out.find(": được — 7 trang, đều trình chiếu và xuất được"), std::string::npos) << vi.out;
  const auto en = run_process(HGM_CLI_BINARY, {"story", "check", kSample, "--lang", "en"});
  EXPECT_EQ(en.exit_code, 0) << en.err;
  EXPECT_NE(en.out.find(": fine — 7 slides, each can be presented and exported"), std::string::npos) << en.out;
}

TEST(StoryCommand, CheckListsEverySlidesProblemAndExitsThree) {
  const test::TempDir dir("hgm-story-check-");
  const std::string story = dir / "hop.json";
  write(story, R"({"version": 1, "slides": [
    {"spec": {"map": {"indicator": "thu_ngan_sach"}}},
    {"spec": {}},
    {"spec": {"districts": {"pinned": ["999"]}}},
    {"spec": {"map": {"method": "manual", "breaks": [30, 10]}}}]})");
  const auto r = run_process(HGM_CLI_BINARY, {"story", "check", story});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find(story + ": 3 chỗ cần sửa:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("\n  trang 1 (slides[0].spec.map.indicator): "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("\n  trang 3 (slides[2].spec.districts.pinned): "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("\n  trang 4 (slides[3].spec.map.breaks): các ngưỡng phải tăng dần"), std::string::npos)
      << r.err;
  EXPECT_EQ(r.err.find("trang 2 "), std::string::npos) << r.err;

  // A file that is not a story says where it goes wrong.
  write(story, "{\"version\": 1, \"slides\": [\n  {\"spec\": {}},\n]}");
  const auto broken = run_process(HGM_CLI_BINARY, {"story", "check", story, "--lang", "en"});
  EXPECT_EQ(broken.exit_code, 3);
  EXPECT_NE(broken.err.find(story + ":3:1: not valid JSON"), std::string::npos) << broken.err;

  const auto no_file = run_process(HGM_CLI_BINARY, {"story", "check"});
  EXPECT_EQ(no_file.exit_code, 2);
  const auto no_verb = run_process(HGM_CLI_BINARY, {"story", story});
  EXPECT_EQ(no_verb.exit_code, 2);
  EXPECT_NE(no_verb.err.find("story check"), std::string::npos) << no_verb.err;
}

TEST(StoryCommand, ExportWritesEachSlideAsItsOwnSpecWouldBeNumberedInOrder) {
  const test::TempDir dir("hgm-story-export-");
  const std::string out = dir / "slides";
  const auto r = run_process(HGM_CLI_BINARY, {"export", "--story", kSample, "--size", "1280x720", "--out-dir", out});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(out)) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  const std::vector<std::string> expected = {
      "01_budget_revenue_attainment_2021-Q1.png", "02_budget_revenue_attainment_2021-Q1.png",
      "03_investment_disbursement_2021-Q1.png",   "04_overdue_admin_files_2021-Q1.png",
      "05_digital_signature_use_2021-Q1.png",     "06_garden_plan_issued_2021-Q1.png",
      "07_overview_2021-Q1.png"};
  EXPECT_EQ(names, expected);

  // Slide 2 is the ranking with Xín Mần and Mèo Vạc pinned: the same pixels as exporting it.
  const std::string alone = dir / "rank.png";
  ASSERT_EQ(run_process(HGM_CLI_BINARY, {"export", "--view", "rank", "--indicator", "budget_revenue_attainment",
                                         "--pin", "033", "--pin", "027", "--size", "1280x720", "--out", alone})
                .exit_code,
            0);
  EXPECT_EQ(render::read_png(fs::path(out) / expected[1]).rgba, render::read_png(alone).rgba);
  // Slide 4 spotlights Xín Mần: on paper it is highlighted.
  const std::string highlighted = dir / "overdue.png";
  ASSERT_EQ(run_process(HGM_CLI_BINARY, {"export", "--indicator", "overdue_admin_files", "--highlight", "033",
                                         "--size", "1280x720", "--out", highlighted})
                .exit_code,
            0);
  EXPECT_EQ(render::read_png(fs::path(out) / expected[3]).rgba, render::read_png(highlighted).rgba);
  const std::string plain = dir / "overdue-plain.png";
  ASSERT_EQ(run_process(HGM_CLI_BINARY, {"export", "--indicator", "overdue_admin_files", "--size", "1280x720",
                                         "--out", plain})
                .exit_code,
            0);
  EXPECT_NE(render::read_png(fs::path(out) / expected[3]).rgba, render::read_png(plain).rgba)
      << "the spotlit district must show on paper";
}

TEST(StoryCommand, ExportAsOnePdfHasAPageASlide) {
  if (run_process("/bin/sh", {"-c", "command -v pdfinfo"}).exit_code != 0) GTEST_SKIP() << "poppler-utils is not installed";
  const test::TempDir dir("hgm-story-pdf-");
  const std::string deck = dir / "hop.pdf";
  const auto r = run_process(HGM_CLI_BINARY, {"export", "--story", kSample, "--paper", "A4", "--out", deck});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto info = run_process("/bin/sh", {"-c", "pdfinfo '" + deck + "'"});
  EXPECT_TRUE(std::regex_search(info.out, std::regex("\nPages: +7\n"))) << info.out;
  EXPECT_TRUE(std::regex_search(info.out, std::regex("Page size: +841\\.[0-9]+ x 595\\.[0-9]+ pts"))) << info.out;
}

TEST(StoryCommand, AStoryWithProblemsIsRefusedBeforeAnythingIsWritten) {
  const test::TempDir dir("hgm-story-refused-");
  const std::string story = dir / "hop.json";
  write(story, R"({"version": 1, "slides": [{"spec": {}}, {"spec": {"map": {"indicator": "x"}}}]})");
  const std::string out = dir / "slides";
  const auto r = run_process(HGM_CLI_BINARY, {"export", "--story", story, "--out-dir", out, "--lang", "en"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("slide 2 (slides[1].spec.map.indicator)"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(out));
  const auto with_list = run_process(HGM_CLI_BINARY, {"export", "--story", kSample, "--indicator", "all", "--out-dir", out});
  EXPECT_EQ(with_list.exit_code, 2);
  EXPECT_FALSE(fs::exists(out));
}

}  // namespace
}  // namespace hgm
