#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "core/errors.h"
#include "io/project_data.h"
#include "io/text_file.h"

namespace hgm::io {
namespace {

namespace fs = std::filesystem;

TEST(ProjectData, LoadsTheShippedTables) {
  const ProjectData d = load_project_data(HGM_TEST_PROJECT_GEODATA_DIR, Lang::vi);
  EXPECT_EQ(d.registry.size(), 11u);
  EXPECT_GE(d.table.indicators().size(), 4u);
  const StatedValue* v = d.table.find("budget_revenue_attainment", "2021-Q1", "033");
  ASSERT_NE(v, nullptr);
  EXPECT_DOUBLE_EQ(v->value, 47.4);
  EXPECT_EQ(v->stated, "47,4%");
  EXPECT_EQ(v->provenance.quote, "huyện Xín Mần (đạt 47,4%");
}

// The report the figures come from is not part of the project (only the few words that
// state each figure are); it lies beside a checkout in ../shared/seeds/ when at hand.
const std::string kReportPath =
    std::string(HGM_TEST_PROJECT_GEODATA_DIR) + "/../../shared/seeds/hagiang-socioeconomic-report-2021-Q1.vi.txt";

std::string source_report() { return fs::exists(kReportPath) ? read_text_file(kReportPath, Lang::vi) : std::string(); }

TEST(ProjectData, EveryQuoteAppearsInTheReport) {
  // Provenance must be real: each quoted phrase (split at "…") is in the source report.
  const ProjectData d = load_project_data(HGM_TEST_PROJECT_GEODATA_DIR, Lang::vi);
  const std::string report = source_report();
  if (report.empty()) GTEST_SKIP() << "the source report is not beside the project (" << kReportPath << ")";
  const std::string values = read_text_file(std::string(HGM_TEST_PROJECT_GEODATA_DIR) + "/values-2021-Q1.csv", Lang::vi);
  int checked = 0;
  for (const District& district : d.registry.districts()) {
    for (const Indicator& ind : d.table.indicators()) {
      if (const StatedValue* v = d.table.find(ind.id, "2021-Q1", district.code); v != nullptr) {
        std::string quote = v->provenance.quote;
        std::size_t start = 0;
        while (start < quote.size()) {
          std::size_t cut = quote.find("…", start);
          const std::string piece = quote.substr(start, cut == std::string::npos ? std::string::npos : cut - start);
          const auto first = piece.find_first_not_of(' ');
          const auto last = piece.find_last_not_of(' ');
          if (first != std::string::npos) {
            EXPECT_NE(report.find(piece.substr(first, last - first + 1)), std::string::npos)
                << ind.id << " " << district.code << ": '" << piece << "'";
          }
          if (cut == std::string::npos) break;
          start = cut + std::string("…").size();
        }
        ++checked;
      }
    }
  }
  EXPECT_GE(checked, 35);
}

TEST(ProjectData, EveryStatedIsTheReportsOwnWords) {
  // `stated` is verbatim; a phrase the words alone would not say lives in `display`.
  const ProjectData d = load_project_data(HGM_TEST_PROJECT_GEODATA_DIR, Lang::vi);
  const std::string report = source_report();
  if (report.empty()) GTEST_SKIP() << "the source report is not beside the project (" << kReportPath << ")";
  int checked = 0;
  for (const District& district : d.registry.districts())
    for (const Indicator& ind : d.table.indicators())
      if (const StatedValue* v = d.table.find(ind.id, "2021-Q1", district.code); v != nullptr) {
        EXPECT_FALSE(v->stated.empty()) << ind.id << " " << district.code;
        EXPECT_NE(report.find(v->stated), std::string::npos) << ind.id << " " << district.code << ": '" << v->stated << "'";
        ++checked;
      }
  EXPECT_GE(checked, 120);
}

TEST(ProjectData, BadValueNamesFileAndLine) {
  const fs::path dir = fs::temp_directory_path() / ("hgm_pd_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  fs::copy_file(std::string(HGM_TEST_PROJECT_GEODATA_DIR) + "/districts.csv", dir / "districts.csv");
  fs::copy_file(std::string(HGM_TEST_PROJECT_GEODATA_DIR) + "/indicators.csv", dir / "indicators.csv");
  std::ofstream(dir / "values-2021-Q1.csv")
      << "indicator,period,code,district,kind,value,lower,lower_inclusive,upper,upper_inclusive,label,stated,document,section,quote\n"
      << "budget_revenue_attainment,2021-Q1,033,Xín Mần,exact,47,4%,,,,,,,,,\n";
  try {
    load_project_data(dir.string(), Lang::vi);
    FAIL();
  } catch (const DataError& e) {
    const std::string msg = e.what();
    EXPECT_NE(msg.find("values-2021-Q1.csv:2"), std::string::npos) << msg;
  }
  fs::remove_all(dir);
}

}  // namespace
}  // namespace hgm::io
