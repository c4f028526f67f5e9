// Planners' tables in the real window under Xvfb, driven by keys as a user types them
// (xdotool): a table with an uncertain header and an unknown column opens the column
// mapping step; the proposal is confirmed and the other column made a new indicator with
// an English name; the values come in, the mapping is saved beside the table and the next
// load does not ask again. The template dialog (Ctrl+T) writes the same sheet as
// `hagiang-map template`, and the sheet loads back with every row.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/data/column_match.h"
#include "window_driver.h"

namespace hgm {
namespace {

namespace fs = std::filesystem;

using test::kBoundaries;
using test::kData;
using test::slurp;

// Runs the app in `dir` inside Xvfb, runs the shell lines `keys` once its first frame is
// drawn, then quits with Ctrl+Q. Its recent-tables list goes to the folder, not the user's.
test::AppRun drive(const fs::path& dir, const std::string& keys, std::vector<std::string> args) {
  return test::run_window(dir, std::move(args), {.then = keys}).run;
}

// `hagiang-map ARGS` run in `dir`: its standard output.
std::string cli(const fs::path& dir, const std::vector<std::string>& args) {
  std::string command = "cd " + test::shell_quote(dir.string()) + " && " + test::shell_quote(HGM_CLI_BINARY);
  for (const std::string& a : args) command += " " + test::shell_quote(a);
  command += " --boundaries " + test::shell_quote(kBoundaries) + " --data " + test::shell_quote(kData) +
             " > cli.out 2> cli.err";
  EXPECT_EQ(std::system(command.c_str()), 0) << command << "\n" << slurp(dir / "cli.err");
  return slurp(dir / "cli.out");
}

struct Row {
  const char* name;
  const char* disbursed;
  const char* bees;
};
const Row kRows[] = {
    {"Thành phố Hà Giang", "21,5", "12"}, {"Đồng Văn", "30,2", "40"}, {"Mèo Vạc", "18,1", "33"},
    {"Yên Minh", "25", "21"},             {"Quản Bạ", "19,9", "17"},  {"Vị Xuyên", "40,3", "50"},
    {"Bắc Mê", "22", "9"},                {"Hoàng Su Phì", "27,5", "14"}, {"Xín Mần", "33", "26"},
    {"Bắc Quang", "31,1", "60"},          {"Quang Bình", "26,4", "31"}};

TEST(AppMapping, UncertainAndUnknownColumnsAreMappedInTheWindowAndRemembered) {
  if (!test::have_window_programs()) GTEST_SKIP() << "xvfb-run or xdotool is not installed";
  const fs::path dir = test::fresh_output_dir("mapping_step");
  {
    std::ofstream csv(dir / "quy2.csv");
    // "Tỷ lệ giải ngân" is close to one indicator (proposed), "Số hộ nuôi ong" to none.
    csv << "Huyện;Tỷ lệ giải ngân quý II/2021 (%);Số hộ nuôi ong (hộ)\n";
    for (const Row& r : kRows) csv << r.name << ";" << r.disbursed << ";" << r.bees << "\n";
  }
  // The step opens over the map with the first column's proposal ready to confirm: ↓ × 6
  // reach the second column's "new indicator", Space takes it, ↓ ↓ Enter edit the English
  // name (the Vietnamese one is the header's), Enter ends it, Ctrl+Enter applies.
  const std::string keys =
      "xdotool key --delay 250 Down Down Down Down Down Down space Down Down Return\n"
      "sleep 0.3\n"
      "xdotool type --delay 100 'Beekeeping households'\n"
      "sleep 0.3\n"
      "xdotool key --delay 250 Return ctrl+Return\n" +
      test::wait_for_output("quy2.mapping.csv", 100);
  const test::AppRun first = drive(dir, keys, {"--table", "quy2.csv"});
  ASSERT_EQ(first.exit_code, 0) << first.output;
  EXPECT_NE(first.output.find("Ghép cột với chỉ tiêu: 'Tỷ lệ giải ngân quý II/2021 (%)', 'Số hộ nuôi ong (hộ)'"),
            std::string::npos)
      << first.output;
  // A window user is never told of a command-line option.
  EXPECT_EQ(first.output.find("--map"), std::string::npos) << first.output;
  EXPECT_NE(first.output.find("+ investment_disbursement, kỳ Quý II/2021: 11 huyện/thành phố"), std::string::npos)
      << first.output;
  EXPECT_NE(first.output.find("+ so_ho_nuoi_ong, kỳ Quý I/2021: 11 huyện/thành phố"), std::string::npos) << first.output;

  // The mapping, saved beside the table, is what --mapping reads.
  const fs::path saved = dir / "quy2.mapping.csv";
  ASSERT_TRUE(fs::exists(saved)) << first.output;
  const std::vector<ColumnMapping> mappings = parse_mapping_csv(slurp(saved), saved.string(), Lang::vi);
  ASSERT_EQ(mappings.size(), 2u) << slurp(saved);
  EXPECT_EQ(mappings[0].column, "Tỷ lệ giải ngân quý II/2021 (%)");
  EXPECT_EQ(mappings[0].indicator, "investment_disbursement");
  ASSERT_TRUE(mappings[1].new_indicator) << slurp(saved);
  const Indicator& bees = *mappings[1].new_indicator;
  EXPECT_EQ(bees.id, "so_ho_nuoi_ong");
  EXPECT_EQ(bees.name_vi, "Số hộ nuôi ong");
  EXPECT_EQ(bees.unit, "hộ");
  EXPECT_EQ(bees.polarity, Polarity::neutral) << "no better direction until the planner picks one";
  // Typed through the X server (a character can be lost on a loaded machine): an English
  // name of its own, not the Vietnamese one.
  EXPECT_EQ(bees.name_en.rfind("Bee", 0), 0u) << bees.name_en;
  EXPECT_NE(bees.name_en, bees.name_vi);

  // The values are on the maps, under the English name in English.
  const nlohmann::json j = nlohmann::json::parse(cli(dir, {"inspect", "--json", "--lang", "en", "--indicator",
                                                           "so_ho_nuoi_ong", "--period", "2021-Q1", "--table",
                                                           "quy2.csv", "--mapping", saved.string()}));
  EXPECT_EQ(j["indicator"]["name_en"], bees.name_en);
  ASSERT_EQ(j["districts"].size(), 11u);
  int city = 0;
  for (const auto& d : j["districts"]) {
    if (d["code"] != "024") continue;
    EXPECT_EQ(d["value"], 12);
    ++city;
  }
  EXPECT_EQ(city, 1) << "the city's row";
  const nlohmann::json disbursed = nlohmann::json::parse(cli(
      dir, {"inspect", "--json", "--indicator", "investment_disbursement", "--period", "2021-Q2", "--table", "quy2.csv",
            "--mapping", saved.string()}));
  int found = 0;
  for (const auto& d : disbursed["districts"]) {
    if (d["name_vi"] != "Vị Xuyên") continue;
    EXPECT_DOUBLE_EQ(d["value"].get<double>(), 40.3);
    ++found;
  }
  EXPECT_EQ(found, 1);

  // Loaded again: no step, every value, and the new indicator can be shown at once.
  const test::AppRun second = drive(dir, "", {"--table", "quy2.csv", "--indicator", "so_ho_nuoi_ong"});
  ASSERT_EQ(second.exit_code, 0) << second.output;
  EXPECT_EQ(second.output.find("Ghép cột với chỉ tiêu"), std::string::npos) << second.output;
  EXPECT_NE(second.output.find("quy2.csv: 11 dòng, 11 khớp, 22 số liệu"), std::string::npos) << second.output;
}

TEST(AppMapping, TheTemplateDialogWritesTheCliTemplate) {
  if (!test::have_window_programs()) GTEST_SKIP() << "xvfb-run or xdotool is not installed";
  const fs::path dir = test::fresh_output_dir("template_dialog");
  // Ctrl+T opens the dialog with the next quarter in the period field; Enter goes on to the
  // chooser (the built-in one: no portal here), whose file name field takes the name.
  const std::string keys =
      "xdotool key --delay 250 ctrl+t Return\n"
      "sleep 0.5\n"
      "xdotool key ctrl+a\n"
      "xdotool type --delay 100 'q.csv'\n"
      "sleep 0.3\n"
      "xdotool key Return\n" +
      test::wait_for_output("Đã ghi mẫu", 100);
  const test::AppRun run = drive(dir, keys, {});
  ASSERT_EQ(run.exit_code, 0) << run.output;
  const fs::path written = dir / "q.csv";
  ASSERT_TRUE(fs::exists(written)) << run.output;
  EXPECT_NE(run.output.find("Đã ghi mẫu vào " + written.string()), std::string::npos) << run.output;
  // The period suggested is the quarter after the latest loaded (2021-Q1): the CLI's sheet
  // for 2021-Q2, byte for byte.
  cli(dir, {"template", "--period", "2021-Q2", "--out", "cli.csv"});
  EXPECT_EQ(slurp(written), slurp(dir / "cli.csv"));
  // Filled in (the first indicator's column: a figure per district, and the province's) and
  // loaded back: every row matches and every figure comes in.
  std::istringstream lines(slurp(written));
  std::ofstream filled(dir / "filled.csv");
  std::string line;
  int row = 0;
  while (std::getline(lines, line)) {
    if (row > 0) {
      const std::size_t third = line.find(',', line.find(',', line.find(',') + 1) + 1);
      line.insert(third + 1, std::to_string(10 + row) + ",5");  // "11,5" is a number, quoted below
      line.insert(third + 1, "\"");
      line.insert(third + 1 + std::to_string(10 + row).size() + 3, "\"");
    }
    filled << line << "\n";
    ++row;
  }
  filled.close();
  const nlohmann::json report = nlohmann::json::parse(cli(dir, {"check-data", "--json", "filled.csv"}));
  EXPECT_EQ(report["rows_read"], 12) << report.dump(1);
  EXPECT_EQ(report["matched"], 12) << report.dump(1);
  EXPECT_EQ(report["added"][0]["province"], 22.5) << report.dump(1);  // the province row's "22,5"
  EXPECT_EQ(report["values"], 11) << report.dump(1);
}

}  // namespace
}  // namespace hgm
