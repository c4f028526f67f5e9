// `hagiang-map spec` writes what `export` would draw; `export --spec` draws the same
// bytes as `export` with the flags; flags beside --spec replace its fields; a bad spec
// file exits 3 with its message and writes nothing.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "run_process.h"
#include "temp_dir.h"

namespace hgm {
namespace {

namespace fs = std::filesystem;
using test::run_process;
using test::slurp;

// Each test's files, under the temp dir.
struct TempDir : test::TempDir {
  TempDir() : test::TempDir("hgm-spec-cli-") {}
};

std::vector<std::string> with(std::vector<std::string> args, const std::vector<std::string>& more) {
  args.insert(args.end(), more.begin(), more.end());
  return args;
}

// A map with something non-default in every part the flags reach.
const std::vector<std::string> kFlags = {"--indicator", "overdue_admin_files", "--size", "640x360", "--lang", "en",
                                         "--classes", "3", "--palette", "YlOrRd", "--title", "Hồ sơ trễ hạn",
                                         "--hide", "scale,north", "--histogram"};

void expect_same_file(const std::string& a, const std::string& b) {
  const std::string x = slurp(a), y = slurp(b);
  ASSERT_FALSE(x.empty()) << a;
  EXPECT_TRUE(x == y) << a << " and " << b << " differ (" << x.size() << " and " << y.size() << " bytes)";
}

TEST(SpecCommand, WritesTheSpecOfTheFlags) {
  const TempDir dir;
  const auto r = run_process(HGM_CLI_BINARY, with({"spec"}, with(kFlags, {"--highlight", "033", "--out", dir / "s.json"})));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const nlohmann::json j = nlohmann::json::parse(slurp(dir / "s.json"));
  EXPECT_EQ(j["version"], 1);
  EXPECT_EQ(j["view"], "map");
  EXPECT_EQ(j["map"]["indicator"], "overdue_admin_files");
  EXPECT_EQ(j["map"]["classes"], 3);
  EXPECT_EQ(j["map"]["palette"], "YlOrRd");
  EXPECT_EQ(j["map"]["title"], "Hồ sơ trễ hạn");
  EXPECT_EQ(j["language"], "en");
  EXPECT_EQ(j["show"], nlohmann::json({"title", "legend", "labels", "locator", "credits", "histogram"}));
  EXPECT_EQ(j["districts"]["highlighted"], nlohmann::json({"033"}));
  EXPECT_EQ(j["output"], nlohmann::json({{"width", 640}, {"height", 360}}));
}

// Whatever sizes the flags take, the spec they write reads back: one range for both.
TEST(SpecCommand, ASpecAtTheLargestSizesReadsBack) {
  const TempDir dir;
  for (const std::vector<std::string>& size : {std::vector<std::string>{"--size", "32767x64"},
                                              std::vector<std::string>{"--paper", "A3", "--dpi", "1200"}}) {
    std::vector<std::string> args = {"spec", "--out", dir / "big.json"};
    args.insert(args.end(), size.begin(), size.end());
    const auto written = run_process(HGM_CLI_BINARY, args);
    ASSERT_EQ(written.exit_code, 0) << written.err;
    const auto read = run_process(HGM_CLI_BINARY, {"inspect", "--spec", dir / "big.json", "--json"});
    EXPECT_EQ(read.exit_code, 0) << size[0] << ": " << read.err;
  }
}

TEST(SpecCommand, ExportWithTheSpecEqualsExportWithTheFlags) {
  const TempDir dir;
  ASSERT_EQ(run_process(HGM_CLI_BINARY, with({"spec"}, with(kFlags, {"--out", dir / "s.json"}))).exit_code, 0);
  for (const std::string ext : {"png", "svg"}) {
    const auto flags = run_process(HGM_CLI_BINARY, with({"export"}, with(kFlags, {"--out", dir / ("flags." + ext)})));
    ASSERT_EQ(flags.exit_code, 0) << flags.err;
    const auto spec = run_process(HGM_CLI_BINARY, {"export", "--spec", dir / "s.json", "--out", dir / ("spec." + ext)});
    ASSERT_EQ(spec.exit_code, 0) << spec.err;
    expect_same_file(dir / ("flags." + ext), dir / ("spec." + ext));
  }
  EXPECT_NE(slurp(dir / "spec.svg").find("Hồ sơ trễ hạn"), std::string::npos) << "the title override is drawn";
}

TEST(SpecCommand, FlagsBesideTheSpecReplaceItsFields) {
  const TempDir dir;
  ASSERT_EQ(run_process(HGM_CLI_BINARY, with({"spec"}, with(kFlags, {"--out", dir / "s.json"}))).exit_code, 0);
  // Another indicator, language and size over the spec, wherever --spec stands.
  const std::vector<std::string> over = {"--indicator", "budget_revenue_attainment", "--lang", "vi", "--size", "800x450"};
  ASSERT_EQ(run_process(HGM_CLI_BINARY, with(with({"export"}, over), {"--spec", dir / "s.json", "--out", dir / "a.svg"}))
                .exit_code, 0);
  std::vector<std::string> same = kFlags;
  same = with(same, over);  // the later flags win
  ASSERT_EQ(run_process(HGM_CLI_BINARY, with({"export"}, with(same, {"--out", dir / "b.svg"}))).exit_code, 0);
  expect_same_file(dir / "a.svg", dir / "b.svg");

  // spec --spec: the file's fields with the flags' changes.
  ASSERT_EQ(run_process(HGM_CLI_BINARY, {"spec", "--spec", dir / "s.json", "--classes", "5", "--out", dir / "t.json"})
                .exit_code, 0);
  nlohmann::json was = nlohmann::json::parse(slurp(dir / "s.json"));
  const nlohmann::json now = nlohmann::json::parse(slurp(dir / "t.json"));
  EXPECT_EQ(now["map"]["classes"], 5);
  was["map"]["classes"] = 5;
  EXPECT_EQ(now, was) << "nothing else changed";
}

TEST(SpecCommand, ABadSpecFileExits3WithItsMessageAndWritesNothing) {
  const TempDir dir;
  std::ofstream(dir / "bad.json") << R"({"version": 1, "map": {"indicator": "gdp"}})";
  auto r = run_process(HGM_CLI_BINARY, {"export", "--spec", dir / "bad.json", "--out", dir / "m.png", "--lang", "en"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(r.err.rfind("hagiang-map: " + (dir / "bad.json") +
                            ": map.indicator: unknown indicator 'gdp'; known indicators: budget_revenue_attainment, ",
                        0),
            0u)
      << r.err;
  EXPECT_FALSE(fs::exists(dir / "m.png"));

  std::ofstream(dir / "bad2.json") << R"({"version": 1, "map": {"classes": "many"}})";
  r = run_process(HGM_CLI_BINARY, {"export", "--spec", dir / "bad2.json", "--out", dir / "m.png"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(r.err, "hagiang-map: " + (dir / "bad2.json") + ": 'map.classes' phải là một số nguyên, không phải chuỗi\n");
  EXPECT_FALSE(fs::exists(dir / "m.png"));

  r = run_process(HGM_CLI_BINARY, {"export", "--spec", dir / "missing.json", "--out", dir / "m.png", "--lang", "en"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("missing.json: cannot be opened for reading; check that it exists and is readable"), std::string::npos) << r.err;
}

TEST(SpecCommand, RefusesWhatItCannotDrawOrWrite) {
  const TempDir dir;
  auto r = run_process(HGM_CLI_BINARY, {"export", "--out", dir / "m.jpg", "--lang", "en"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "hagiang-map: cannot write a map to '" + (dir / "m.jpg") +
                       "': cannot write format '.jpg'; the supported extensions are .png, .svg and .pdf\n");
  EXPECT_TRUE(fs::is_empty(dir.path)) << "nothing written";

  // The change map is drawn, but only with a second period to subtract from.
  r = run_process(HGM_CLI_BINARY, {"export", "--view", "change", "--out", dir / "r.png", "--lang", "en"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "hagiang-map: the change map needs a second period: add --compared-period PERIOD (e.g. 2021-Q2, "
                   "from a --table)\n");
  EXPECT_FALSE(fs::exists(dir / "r.png"));

  r = run_process(HGM_CLI_BINARY, {"spec", "--highlight", "099", "--out", dir / "s.json", "--lang", "en"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err.rfind("hagiang-map: unknown district code '099'; GSO codes: 024 (Ha Giang City), ", 0), 0u) << r.err;
  EXPECT_FALSE(fs::exists(dir / "s.json"));
}

TEST(SpecCommand, PaperSizesExportAtTheirPixelSize) {
  const TempDir dir;
  const auto r = run_process(HGM_CLI_BINARY, {"export", "--paper", "A4", "--orientation", "portrait", "--dpi", "96",
                                              "--out", dir / "a4.svg"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // 210 × 297 mm at 96 DPI: 794 × 1123 pixels.
  EXPECT_NE(slurp(dir / "a4.svg").find("width=\"794\" height=\"1123\""), std::string::npos);
}

}  // namespace
}  // namespace hgm
