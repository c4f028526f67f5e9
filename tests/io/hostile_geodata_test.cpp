// The project's own geodata/*.csv checked as planners' tables are (issue 8 item 9): a copy of
// the shipped tables is damaged one way at a time, and loading it must fail naming the file
// and line, in each language.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/errors.h"
#include "io/project_data.h"
#include "io/text_file.h"

namespace hgm::io {
namespace {

namespace fs = std::filesystem;

class HostileGeodata : public ::testing::Test {
 protected:
  fs::path dir = fs::temp_directory_path() / ("hgm_hostile_geodata_" + std::to_string(::getpid()));
  void SetUp() override {
    fs::create_directories(dir);
    for (const char* name : {"districts.csv", "indicators.csv", "province_reference.csv", "values-2021-Q1.csv"})
      fs::copy_file(fs::path(HGM_TEST_PROJECT_GEODATA_DIR) / name, dir / name);
  }
  void TearDown() override { fs::remove_all(dir); }

  std::string text(const std::string& name) const { return read_text_file((dir / name).string(), Lang::vi); }
  void write(const std::string& name, const std::string& bytes) const {
    std::ofstream(dir / name, std::ios::binary | std::ios::trunc) << bytes;
  }
  // The line number (from 1) of the first line holding `part`.
  int line_of(const std::string& name, const std::string& part) const {
    const std::string t = text(name);
    const std::size_t at = t.find(part);
    EXPECT_NE(at, std::string::npos) << part;
    return 1 + static_cast<int>(std::count(t.begin(), t.begin() + static_cast<long>(at), '\n'));
  }
  std::string error(Lang lang) const {
    try {
      load_project_data(dir.string(), lang);
      return "loaded";
    } catch (const DataError& e) {
      return e.message(lang);
    }
  }
};

TEST_F(HostileGeodata, TheShippedCopyLoads) { EXPECT_EQ(error(Lang::vi), "loaded"); }

// "Xín Mần" saved in Windows-1258/Latin-1 (í = 0xED) instead of UTF-8.
TEST_F(HostileGeodata, LegacyEncodingIsRefusedAtItsLine) {
  const std::string values = text("values-2021-Q1.csv");
  const int line = line_of("values-2021-Q1.csv", "033,Xín Mần");
  std::string legacy = values;
  legacy.replace(legacy.find("033,Xín Mần"), std::string("033,Xín Mần").size(), "033,X\xEDn M\xE2n");
  write("values-2021-Q1.csv", legacy);
  const std::string where = (dir / "values-2021-Q1.csv").string() + ":" + std::to_string(line);
  EXPECT_EQ(error(Lang::en), where + ": the text is not UTF-8 (the file was probably saved in a legacy encoding such "
                                     "as TCVN3, VNI or Windows-1258); save it again as UTF-8.");
  EXPECT_EQ(error(Lang::vi), where + ": chữ không ở mã UTF-8 (có lẽ tệp được lưu bằng bảng mã cũ như TCVN3, VNI hay "
                                     "Windows-1258); hãy lưu lại tệp dạng UTF-8.");
}

TEST_F(HostileGeodata, RepeatedRowsNameBothLines) {
  const std::string values = text("values-2021-Q1.csv");
  const int first = line_of("values-2021-Q1.csv", "budget_revenue_attainment,2021-Q1,033,");
  const std::size_t start = values.find("budget_revenue_attainment,2021-Q1,033,");
  const std::string row = values.substr(start, values.find('\n', start) + 1 - start);
  write("values-2021-Q1.csv", values + row);
  const int repeat = static_cast<int>(std::count(values.begin(), values.end(), '\n')) + 1;
  EXPECT_EQ(error(Lang::en), (dir / "values-2021-Q1.csv").string() + ":" + std::to_string(repeat) +
                                 ": the value of budget_revenue_attainment, period 2021-Q1, code 033 is already given "
                                 "on line " + std::to_string(first) + "; each is given once, keep one row.");
  // The same row in a second values file.
  write("values-2021-Q1.csv", values);
  write("values-2021-Q1b.csv", values.substr(0, values.find("budget_revenue_attainment,2021-Q1,")) + row);
  EXPECT_NE(error(Lang::vi).find("values-2021-Q1b.csv:"), std::string::npos) << error(Lang::vi);
  EXPECT_NE(error(Lang::vi).find("số liệu của budget_revenue_attainment, kỳ 2021-Q1, mã 033 đã có trong một tệp "
                                 "values-*.csv khác"),
            std::string::npos)
      << error(Lang::vi);
  fs::remove(dir / "values-2021-Q1b.csv");

  const std::string indicators = text("indicators.csv");
  const std::size_t at = indicators.find("\nbudget_revenue_attainment,") + 1;
  write("indicators.csv", indicators + indicators.substr(at, indicators.find('\n', at) + 1 - at));
  EXPECT_NE(error(Lang::en).find(": indicator 'budget_revenue_attainment' is already given on line "),
            std::string::npos)
      << error(Lang::en);
}

// The older checks of the loader (a polarity, a value kind, a number) spoke English only.
TEST_F(HostileGeodata, OlderChecksSpeakBothLanguages) {
  const std::string indicators = text("indicators.csv");
  const int line = line_of("indicators.csv", ",higher_is_better,");
  std::string bad = indicators;
  bad.replace(bad.find(",higher_is_better,"), std::string(",higher_is_better,").size(), ",up,");
  write("indicators.csv", bad);
  const std::string where = (dir / "indicators.csv").string() + ":" + std::to_string(line);
  EXPECT_EQ(error(Lang::vi), where + ": không có chiều 'up'; dùng higher_is_better, lower_is_better hoặc neutral.");
  EXPECT_EQ(error(Lang::en), where + ": polarity 'up' is unknown; use higher_is_better, lower_is_better or neutral.");
  write("indicators.csv", indicators);

  const std::string values = text("values-2021-Q1.csv");
  const int exact = line_of("values-2021-Q1.csv", ",exact,47.4,");
  std::string words = values;
  words.replace(words.find(",exact,47.4,"), std::string(",exact,47.4,").size(), ",exact,47.4%,");
  write("values-2021-Q1.csv", words);
  const std::string at = (dir / "values-2021-Q1.csv").string() + ":" + std::to_string(exact);
  EXPECT_EQ(error(Lang::vi), at + ": cột 'value' ghi '47.4%', không phải một số; hãy viết số với dấu chấm thập phân, "
                                  "vd. 15.8.");
  EXPECT_EQ(error(Lang::en), at + ": column 'value' holds '47.4%', which is not a number; write it with a decimal "
                                  "point, e.g. 15.8.");
}

TEST_F(HostileGeodata, APeriodThatIsNoQuarterIsRefused) {
  const std::string original = text("values-2021-Q1.csv");
  std::string values = original;
  const int line = line_of("values-2021-Q1.csv", "budget_revenue_attainment,2021-Q1,026,");
  values.replace(values.find("budget_revenue_attainment,2021-Q1,026,"), 38, "budget_revenue_attainment,banana,026,");
  write("values-2021-Q1.csv", values);
  EXPECT_EQ(error(Lang::en), (dir / "values-2021-Q1.csv").string() + ":" + std::to_string(line) +
                                 ": period 'banana' is not a quarter; write it as 2021-Q1.");
  EXPECT_NE(error(Lang::vi).find(": kỳ 'banana' không phải một quý; hãy ghi dạng 2021-Q1."), std::string::npos);

  write("values-2021-Q1.csv", original);
  std::string references = text("province_reference.csv");
  references.replace(references.find(",2021-Q1,"), 9, ",Quý I/2021,");
  write("province_reference.csv", references);
  EXPECT_NE(error(Lang::en).find("province_reference.csv:3: period 'Quý I/2021' is not a quarter"), std::string::npos)
      << error(Lang::en);
}

}  // namespace
}  // namespace hgm::io
