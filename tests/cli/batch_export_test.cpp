// `hagiang-map export` with lists: every indicator into a folder, a chosen list under a
// name pattern, all as the pages of one PDF; one map that cannot be written is reported
// and the rest still are; a batch that cannot be planned writes nothing.
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>
#include <string>

#include "render/png/png_io.h"
#include "run_process.h"
#include "temp_dir.h"

namespace hgm {
namespace {

namespace fs = std::filesystem;
using test::run_process;

// The report of Q1/2021 gives figures for 37 indicators (geodata/indicators.csv).
constexpr int kIndicatorsWithFigures = 37;
const std::string kAll = std::to_string(kIndicatorsWithFigures);

std::size_t file_count(const fs::path& dir) {
  std::size_t n = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir)) ++n;
  return n;
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(BatchExport, EveryIndicatorIntoAFolderEachAsItsOwnExportWouldBe) {
  const test::TempDir dir("hgm-batch-all-");
  const std::string out = dir / "bản đồ";  // made by the batch
  const auto r = run_process(HGM_CLI_BINARY, {"export", "--indicator", "all", "--size", "640x360", "--out-dir", out});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(file_count(out), static_cast<std::size_t>(kIndicatorsWithFigures));
  EXPECT_EQ(count(r.err, "/" + kAll + "] "), static_cast<std::size_t>(kIndicatorsWithFigures)) << r.err;  // one line per map
  EXPECT_NE(r.err.find("[1/" + kAll + "] budget_revenue_attainment_2021-Q1.png"), std::string::npos) << r.err;
  EXPECT_TRUE(std::regex_search(r.err, std::regex("đã ghi " + kAll + "/" + kAll + " bản đồ vào .*bản đồ \\([0-9]+,[0-9] giây\\)\n$")))
      << r.err;

  // The same pixels as exporting that one map alone.
  const std::string single = dir / "single.png";
  ASSERT_EQ(run_process(HGM_CLI_BINARY, {"export", "--indicator", "investment_disbursement", "--size", "640x360",
                                         "--out", single})
                .exit_code,
            0);
  const render::Image batch = render::read_png(fs::path(out) / "investment_disbursement_2021-Q1.png");
  const render::Image alone = render::read_png(single);
  EXPECT_EQ(batch.width, 640);
  EXPECT_EQ(batch.rgba, alone.rgba);
}

TEST(BatchExport, AListUnderANamePatternInEnglish) {
  const test::TempDir dir("hgm-batch-list-");
  const auto r = run_process(HGM_CLI_BINARY, {"export", "--indicator", "budget_revenue_attainment,investment_disbursement",
                                              "--period", "2021-Q1", "--format", "svg", "--name",
                                              "{period}-{indicator}-{lang}.{ext}", "--out-dir", dir.path.string(),
                                              "--lang", "en"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(file_count(dir.path), 2u);
  const std::string svg = test::slurp(dir / "2021-Q1-budget_revenue_attainment-en.svg");
  EXPECT_NE(svg.find("<svg"), std::string::npos);
  EXPECT_NE(svg.find("Xín Mần"), std::string::npos);
  EXPECT_TRUE(fs::exists(dir / "2021-Q1-investment_disbursement-en.svg"));
  EXPECT_NE(r.err.find("wrote 2 of 2 maps to "), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("đã ghi"), std::string::npos) << r.err;
}

// --district pins districts in every map of a batch, as in a single export: a batch of
// profiles draws them (a profile without districts would be refused).
TEST(BatchExport, NamedDistrictsArePinnedInEveryMap) {
  const test::TempDir dir("hgm-batch-district-");
  const auto r = run_process(HGM_CLI_BINARY, {"export", "--view", "profile", "--district", "xin man", "--indicator",
                                              "budget_revenue_attainment,investment_disbursement", "--format", "svg",
                                              "--out-dir", dir.path.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const char* file : {"budget_revenue_attainment_2021-Q1.svg", "investment_disbursement_2021-Q1.svg"})
    EXPECT_NE(test::slurp(dir / file).find("Hồ sơ huyện: Xín Mần"), std::string::npos) << file;
}

TEST(BatchExport, OneMapThatCannotBeWrittenIsReportedAndTheRestAreWritten) {
  const test::TempDir dir("hgm-batch-fail-");
  // A non-empty folder where the first map's file should go cannot be replaced by a file.
  fs::create_directories(fs::path(dir / "budget_revenue_attainment_2021-Q1.png") / "keep");
  const auto r = run_process(HGM_CLI_BINARY, {"export", "--indicator", "budget_revenue_attainment,investment_disbursement",
                                              "--size", "640x360", "--out-dir", dir.path.string(), "--lang", "en"});
  EXPECT_EQ(r.exit_code, 5) << r.err;  // the output could not be written
  EXPECT_NE(r.err.find("could not write " + (dir / "budget_revenue_attainment_2021-Q1.png")), std::string::npos)
      << r.err;
  EXPECT_TRUE(fs::is_regular_file(dir / "investment_disbursement_2021-Q1.png"));
  EXPECT_TRUE(fs::is_directory(dir / "budget_revenue_attainment_2021-Q1.png"));
  EXPECT_NE(r.err.find("wrote 1 of 2 maps"), std::string::npos) << r.err;
}

TEST(BatchExport, ABatchThatCannotBePlannedWritesNothing) {
  const test::TempDir dir("hgm-batch-refused-");
  struct Case {
    std::vector<std::string> args;
    int exit_code;
    std::string says;
  };
  const std::vector<Case> cases = {
      {{"--indicator", "all", "--name", "map.png", "--out-dir", dir / "a"}, 2, "gives two maps the same name 'map.png'"},
      {{"--indicator", "budget_revenue_attainment,no_such_thing", "--out-dir", dir / "b"}, 2, "no_such_thing"},
      {{"--indicator", "all", "--period", "2021-Q1,2030-Q4", "--out-dir", dir / "c"}, 2, "2030-Q4"},
      {{"--indicator", "all", "--out", dir / "deck.png"}, 2, "only as a .pdf"},
      {{"--indicator", "all"}, 2, "needs --out-dir FOLDER"},
      {{"--indicator", "all", "--name", "sub/{indicator}.png", "--out-dir", dir / "d"}, 2, "cannot contain a folder"},
      {{"--indicator", "all", "--format", "jpg", "--out-dir", dir / "e"}, 2, "--format takes png, svg or pdf"},
      // Without --out-dir, --format and --name would be ignored.
      {{"--out", dir / "one.png", "--format", "svg"}, 2, "--format and --name set the type and names"},
      {{"--indicator", "all", "--out", dir / "deck.pdf", "--name", "{indicator}.pdf"}, 2, "--format and --name"},
  };
  for (const Case& c : cases) {
    std::vector<std::string> args = {"export", "--lang", "en"};
    args.insert(args.end(), c.args.begin(), c.args.end());
    const auto r = run_process(HGM_CLI_BINARY, args);
    EXPECT_EQ(r.exit_code, c.exit_code) << c.says << "\n" << r.err;
    EXPECT_NE(r.err.find(c.says), std::string::npos) << r.err;
  }
  EXPECT_EQ(file_count(dir.path), 0u);  // not even a folder
  const auto r = run_process(HGM_CLI_BINARY, {"rank", "--indicator", "all"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("chỉ lệnh export nhận danh sách"), std::string::npos) << r.err;
}

TEST(BatchExport, EveryIndicatorAsThePagesOfOnePdf) {
  if (run_process("/bin/sh", {"-c", "command -v pdfinfo && command -v pdftotext"}).exit_code != 0)
    GTEST_SKIP() << "poppler-utils is not installed";
  const test::TempDir dir("hgm-batch-deck-");
  const std::string deck = dir / "quý I.pdf";
  const auto r = run_process(HGM_CLI_BINARY, {"export", "--indicator", "all", "--paper", "A4", "--out", deck});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("đã ghi " + kAll + "/" + kAll + " bản đồ vào " + deck), std::string::npos) << r.err;
  const std::string info = run_process("pdfinfo", {deck}).out;
  EXPECT_TRUE(std::regex_search(info, std::regex("\nPages: +" + kAll + "\n"))) << info;
  std::smatch size;  // A4 landscape
  ASSERT_TRUE(std::regex_search(info, size, std::regex(R"(Page size:\s+([0-9.]+) x ([0-9.]+) pts)"))) << info;
  EXPECT_NEAR(std::stod(size[1].str()), 842, 1);
  EXPECT_NEAR(std::stod(size[2].str()), 595, 1);
  const std::string first = run_process("pdftotext", {"-f", "1", "-l", "1", "-enc", "UTF-8", deck, "-"}).out;
  const std::string last = run_process("pdftotext", {"-f", kAll, "-l", kAll, "-enc", "UTF-8", deck, "-"}).out;
  EXPECT_NE(first.find("Thu NSNN trên địa bàn"), std::string::npos) << first;
  EXPECT_EQ(last.find("Thu NSNN trên địa bàn"), std::string::npos) << last;
  EXPECT_NE(last.find("Xín Mần"), std::string::npos) << last;
  EXPECT_EQ(file_count(dir.path), 1u);
}

}  // namespace
}  // namespace hgm
