// `hagiang-map export --view multiples` through the real binary: several indicators, or
// one indicator in two periods (the second from a planner's table), as PNG, SVG and PDF;
// each panel's districts coloured as `inspect` says for its indicator and period; and the
// command lines it refuses, with exit code 2 and a message saying what to give.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>

#include "render/png/png_io.h"
#include "run_process.h"
#include "temp_dir.h"

namespace hgm {
namespace {

namespace fs = std::filesystem;
using test::run_process;
using test::slurp;
using test::TempDir;

// The fill of district `code` in panel `panel` of a multiples SVG ("" when patterned).
std::string svg_fill(const std::string& svg, const std::string& code, int panel) {
  const std::regex path("<path id=\"[^\"]*" + code + "-" + std::to_string(panel) + "\" fill=\"(#[0-9a-f]{6})\"");
  std::smatch m;
  return std::regex_search(svg, m, path) ? m[1].str() : "";
}

// inspect's solid fills by district code, for one indicator and period.
std::map<std::string, std::string> inspect_fills(const std::vector<std::string>& args) {
  std::vector<std::string> a = {"inspect", "--json"};
  a.insert(a.end(), args.begin(), args.end());
  const auto r = run_process(HGM_CLI_BINARY, a);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::map<std::string, std::string> fills;
  const nlohmann::json j = nlohmann::json::parse(r.out);
  for (const auto& d : j.at("districts"))
    if (d.at("pattern").get<std::string>() == "solid") fills[d.at("code").get<std::string>()] = d.at("fill").get<std::string>();
  return fills;
}

TEST(ExportMultiples, TwoIndicatorsAsPngSvgAndPdf) {
  const TempDir dir("hgm_multiples_");
  for (const char* ext : {"png", "svg", "pdf"}) {
    const std::string out = dir / (std::string("m.") + ext);
    const auto r = run_process(HGM_CLI_BINARY, {"export", "--view", "multiples", "--indicators",
                                                "budget_revenue_attainment,investment_disbursement", "--out", out});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    ASSERT_TRUE(fs::exists(out)) << out;
  }
  const render::Image img = render::read_png(dir / "m.png");
  EXPECT_EQ(img.width, 1920);
  EXPECT_EQ(img.height, 1080);
  EXPECT_EQ(slurp(dir / "m.pdf").rfind("%PDF-", 0), 0u);
  const std::string svg = slurp(dir / "m.svg");
  for (const char* id : {"id=\"map-1\"", "id=\"map-2\"", "id=\"map-viewport-1\"", "id=\"map-viewport-2\""})
    EXPECT_NE(svg.find(id), std::string::npos) << id;
  EXPECT_EQ(svg.find("id=\"map-3\""), std::string::npos);
  for (const char* words : {"So sánh 2 chỉ tiêu", "Thu NSNN trên địa bàn", "Giải ngân vốn đầu tư công", "geoBoundaries"})
    EXPECT_NE(svg.find(words), std::string::npos) << words;
  // Every solid district of each panel has the colour inspect gives it for that indicator.
  int compared = 0;
  int panel = 1;
  for (const char* indicator : {"budget_revenue_attainment", "investment_disbursement"}) {
    for (const auto& [code, fill] : inspect_fills({"--indicator", indicator})) {
      EXPECT_EQ(svg_fill(svg, code, panel), fill) << indicator << " " << code;
      ++compared;
    }
    ++panel;
  }
  EXPECT_GE(compared, 5);  // budget revenue: five exact figures; investment: only bounds (hatched)
}

TEST(ExportMultiples, OneIndicatorInTwoPeriodsWithAPlannersTableSharesItsClasses) {
  const TempDir dir("hgm_multiples_q2_");
  const std::string table = dir / "q2.csv";
  // Low figures in Q2: on its own map Bắc Mê's 11,5% would be the top class, while Quản
  // Bạ's 11,5% is Q1's lowest. Side by side, one colour must mean one range.
  std::ofstream(table) << "Huyện,Kỳ,budget_revenue_attainment\n"
                          "Xín Mần,2021-Q2,\"2%\"\nĐồng Văn,2021-Q2,\"3%\"\nMèo Vạc,2021-Q2,\"4%\"\n"
                          "Bắc Mê,2021-Q2,\"11,5%\"\nQuản Bạ,2021-Q2,\"5%\"\n";
  const std::string out = dir / "p.svg";
  const auto r = run_process(HGM_CLI_BINARY, {"export", "--view", "multiples", "--indicator", "budget_revenue_attainment",
                                              "--period", "2021-Q1", "--compared-period", "2021-Q2", "--table", table,
                                              "--lang", "en", "--out", out});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string svg = slurp(out);
  EXPECT_NE(svg.find("Q1 2021 and Q2 2021"), std::string::npos);
  EXPECT_NE(svg.find("q2.csv"), std::string::npos) << "the source line names the planner's table";
  EXPECT_NE(svg.find("CC BY 3.0 IGO"), std::string::npos);
  const std::string quan_ba_q1 = svg_fill(svg, "029", 1), bac_me_q2 = svg_fill(svg, "031", 2);
  ASSERT_FALSE(quan_ba_q1.empty());
  EXPECT_EQ(quan_ba_q1, bac_me_q2) << "11,5% has one colour in both periods";
  // On their own maps the two would differ: the sharing is what makes them equal.
  const auto q2_alone = inspect_fills({"--indicator", "budget_revenue_attainment", "--period", "2021-Q2", "--table", table});
  EXPECT_NE(q2_alone.at("031"), bac_me_q2);
  EXPECT_EQ(svg_fill(svg, "033", 2), svg_fill(svg, "027", 2)) << "2% and 4% in one class";
  // The same as a PNG, stacked on a portrait page.
  const auto png = run_process(HGM_CLI_BINARY, {"export", "--view", "multiples", "--indicator", "budget_revenue_attainment",
                                                "--compared-period", "2021-Q2", "--table", table, "--paper", "A4",
                                                "--orientation", "portrait", "--out", dir / "p.png"});
  ASSERT_EQ(png.exit_code, 0) << png.err;
  const render::Image img = render::read_png(dir / "p.png");
  EXPECT_LT(img.width, img.height);
}

TEST(ExportMultiples, RefusesWhatItCannotDrawWithExitCode2) {
  const TempDir dir("hgm_multiples_bad_");
  const std::string out = dir / "m.png";
  struct Case {
    std::vector<std::string> args;
    std::string message;
  };
  const std::vector<Case> cases = {
      {{"--indicators", "budget_revenue_attainment"}, "needs 2 to 4 indicators"},
      {{}, "not 0 indicator(s)"},
      {{"--indicators", "budget_revenue_attainment,investment_disbursement,overdue_admin_files,digital_signature_use,"
                        "garden_plan_issued"},
       "not 5 indicator(s)"},
      {{"--indicators", "budget_revenue_attainment,no_such_thing"}, "no_such_thing"},
      {{"--indicators", "budget_revenue_attainment,budget_revenue_attainment"}, "listed twice"},
      {{"--compared-period", "2021-Q1"}, "is the period shown"},
      {{"--compared-period", "2030-Q4"}, "2030-Q4"},
      {{"--indicators", "budget_revenue_attainment,investment_disbursement,overdue_admin_files,digital_signature_use",
        "--size", "640x360"},
       "would not be legible at 640x360"},
  };
  for (const Case& c : cases) {
    std::vector<std::string> args = {"export", "--view", "multiples", "--lang", "en", "--out", out};
    args.insert(args.end(), c.args.begin(), c.args.end());
    const auto r = run_process(HGM_CLI_BINARY, args);
    EXPECT_EQ(r.exit_code, 2) << c.message << ": " << r.err;
    EXPECT_NE(r.err.find(c.message), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(out)) << c.message;
  }
  // Vietnamese by default.
  const auto vi = run_process(HGM_CLI_BINARY, {"export", "--view", "multiples", "--indicators", "budget_revenue_attainment",
                                               "--out", out});
  EXPECT_EQ(vi.exit_code, 2);
  EXPECT_NE(vi.err.find("kiểu xem multiples cần 2 đến 4 chỉ tiêu"), std::string::npos) << vi.err;
}

}  // namespace
}  // namespace hgm
