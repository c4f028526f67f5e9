// Spec files: every field survives writing and reading (doubles exactly), and each kind
// of mistake gives its message, naming the file and key, in Vietnamese and in English.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <fstream>

#include "core/errors.h"
#include "io/project_data.h"
#include "io/spec_file.h"

namespace hgm::io {
namespace {

namespace fs = std::filesystem;

// A spec in which every field differs from its default.
MapSpec everything_set() {
  MapSpec s;
  s.view = ViewKind::multiples;
  s.indicator = "overdue_admin_files";
  s.indicators = {"budget_revenue_attainment", "investment_disbursement"};
  s.period = "2021-Q2";
  s.compared_period = "2021-Q1";
  s.lang = Lang::en;
  s.method = ClassMethod::manual;
  s.classes = 5;
  // Doubles that print long: a third, a tenth, tiny, huge, negative, and 15.8 from the report.
  s.breaks = {-2.5, 0.1, 1.0 / 3.0, 15.8, 1e-7, 123456.789012345678, std::nextafter(47.4, 100.0)};
  s.palette = "RdBu";
  s.title = "Hồ sơ \"trễ hạn\"\nquý I";
  s.subtitle = "Tỷ lệ, % — số liệu 2021";
  s.layout.show_scale_bar = false;
  s.layout.show_locator = false;
  s.layout.show_histogram = true;
  s.highlighted = {"033", "027"};
  s.pinned = {"024", "026", "030", "034"};
  s.size = PaperSize{Paper::a3, Orientation::portrait, 300};
  s.units = {"/data/vietnam_adm2.shp", "gso_code", "gso_name"};
  return s;
}

std::string read_error(const std::string& text, Lang lang) {
  try {
    spec_from_json(text, "s.json", lang);
  } catch (const DataError& e) {
    return e.what();
  }
  return "(read without error)";
}

TEST(SpecFile, EveryFieldRoundTrips) {
  const MapSpec s = everything_set();
  // Each field really differs from the default, so the round trip checks each one.
  const MapSpec d;
  EXPECT_NE(s.view, d.view);
  EXPECT_NE(s.indicator, d.indicator);
  EXPECT_NE(s.indicators, d.indicators);
  EXPECT_NE(s.period, d.period);
  EXPECT_NE(s.compared_period, d.compared_period);
  EXPECT_NE(s.lang, d.lang);
  EXPECT_NE(s.method, d.method);
  EXPECT_NE(s.classes, d.classes);
  EXPECT_NE(s.breaks, d.breaks);
  EXPECT_NE(s.palette, d.palette);
  EXPECT_NE(s.title, d.title);
  EXPECT_NE(s.subtitle, d.subtitle);
  EXPECT_NE(s.layout, d.layout);
  EXPECT_NE(s.highlighted, d.highlighted);
  EXPECT_NE(s.pinned, d.pinned);
  EXPECT_NE(s.size, d.size);
  EXPECT_NE(s.units, d.units);

  const MapSpec back = spec_from_json(spec_to_json(s), "s.json", Lang::vi);
  EXPECT_EQ(back, s);
  for (std::size_t i = 0; i < s.breaks.size(); ++i) EXPECT_EQ(back.breaks[i], s.breaks[i]) << "bit-exact break " << i;
  EXPECT_EQ(spec_to_json(back), spec_to_json(s)) << "the same spec is written the same way";

  MapSpec pixels = s;
  pixels.size = ImageSize{3840, 2160};
  pixels.layout = LayoutOptions{};
  pixels.lang = Lang::vi;
  EXPECT_EQ(spec_from_json(spec_to_json(pixels), "s.json", Lang::vi), pixels);
  EXPECT_EQ(spec_from_json(spec_to_json(MapSpec{}), "s.json", Lang::vi), MapSpec{});
}

TEST(SpecFile, ReadsAFileAndLeftOutKeysKeepTheirDefaults) {
  const fs::path file = fs::temp_directory_path() / ("hgm-spec-" + std::to_string(::getpid()) + ".json");
  std::ofstream(file) << R"({"version": 1, "map": {"indicator": "overdue_admin_files"}, "output": {"paper": "a4"}})";
  const MapSpec s = read_spec_file(file.string(), Lang::vi);
  fs::remove(file);
  MapSpec expected;
  expected.indicator = "overdue_admin_files";
  expected.size = PaperSize{Paper::a4, Orientation::landscape, 150};
  EXPECT_EQ(s, expected);
  EXPECT_EQ(pixel_size(s.size), (ImageSize{1754, 1240}));
}

TEST(SpecFile, UnitsNeedTheirFieldsAndAFileBesideTheSpecIsFoundFromIt) {
  EXPECT_EQ(read_error(R"({"version": 1, "units": {"file": "vn.shp", "code_field": "gso_code"}})", Lang::en),
            "s.json: units.name_field: \"units\" needs file, code_field and name_field (the layer, its code field, "
            "its name field)");
  EXPECT_EQ(read_error(R"({"version": 1, "units": {"file": "vn.shp", "code": "x"}})", Lang::en),
            "s.json: unknown key 'units.code'; allowed here: file, code_field, name_field");
  const fs::path dir = fs::temp_directory_path() / ("hgm-spec-units-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "map.json") << R"({"version": 1, "units": {"file": "vn.shp", "code_field": "c", "name_field": "n"}})";
  const MapSpec s = read_spec_file((dir / "map.json").string(), Lang::vi);
  fs::remove_all(dir);
  EXPECT_EQ(s.units, (UnitLayer{(dir / "vn.shp").string(), "c", "n"}));
}

TEST(SpecFile, NotJsonSaysWhere) {
  const std::string text = "{\"version\": 1,\n  \"map\": {\"indicator\": \"x\",}\n}";
  EXPECT_EQ(read_error(text, Lang::vi),
            "s.json:2:28: không phải JSON hợp lệ; xem lại dấu phẩy, ngoặc và dấu nháy quanh chỗ này");
  EXPECT_EQ(read_error(text, Lang::en),
            "s.json:2:28: not valid JSON; check the commas, brackets and quotes around this place");
  EXPECT_EQ(read_error("[1, 2]", Lang::en), "s.json: a spec file must be a JSON object {…}, not a list");
  EXPECT_EQ(read_error("\"x\"", Lang::vi), "s.json: tệp đặc tả phải là một đối tượng JSON {…}, không phải chuỗi");
}

// nlohmann-json refuses a number beyond a double with out_of_range, not parse_error
// (found by fuzz_spec_json_reader): it must still be a DataError naming the file.
TEST(SpecFile, ANumberBeyondADoubleIsADataError) {
  EXPECT_EQ(read_error(R"({"version": 1, "map": {"breaks": [10, 1e400]}})", Lang::en),
            "s.json: a number is too large to read (beyond about 1.8e308); check the numbers in the file");
  EXPECT_EQ(read_error(R"({"version": 1, "map": {"classes": -1e999}})", Lang::vi),
            "s.json: có một số quá lớn để đọc (vượt quá khoảng 1,8·10³⁰⁸); xem lại các số trong tệp");
}

TEST(SpecFile, UnknownKeysListTheAllowedOnes) {
  EXPECT_EQ(read_error(R"({"version": 1, "colour": "red"})", Lang::en),
            "s.json: unknown key 'colour'; allowed here: version, view, map, language, show, districts, output, units");
  EXPECT_EQ(read_error(R"({"version": 1, "map": {"indicatr": "x"}})", Lang::vi),
            "s.json: không có khoá 'map.indicatr'; các khoá được phép ở đây: indicator, indicators, period, "
            "compared_period, method, classes, breaks, palette, title, subtitle, overview_order, overview_all");
  EXPECT_EQ(read_error(R"({"version": 1, "districts": {"pined": []}})", Lang::en),
            "s.json: unknown key 'districts.pined'; allowed here: highlighted, pinned");
  EXPECT_EQ(read_error(R"({"version": 1, "output": {"size": 3}})", Lang::en),
            "s.json: unknown key 'output.size'; allowed here: width, height, paper, orientation, dpi");
}

TEST(SpecFile, WrongTypesSayWhatIsWanted) {
  EXPECT_EQ(read_error(R"({"version": 1, "map": {"classes": "5"}})", Lang::en),
            "s.json: 'map.classes' must be a whole number, not a string");
  EXPECT_EQ(read_error(R"({"version": 1, "map": {"classes": 4.5}})", Lang::vi),
            "s.json: 'map.classes' phải là một số nguyên, không phải số 4.5");
  EXPECT_EQ(read_error(R"({"version": 1, "map": {"breaks": [10, "15,8"]}})", Lang::en),
            "s.json: 'map.breaks[1]' must be a number, not a string");
  EXPECT_EQ(read_error(R"({"version": 1, "map": "x"})", Lang::en), "s.json: 'map' must be an object {…}, not a string");
  EXPECT_EQ(read_error(R"({"version": 1, "show": "title"})", Lang::vi),
            "s.json: 'show' phải là một danh sách chuỗi, không phải chuỗi");
  EXPECT_EQ(read_error(R"({"version": 1, "districts": {"pinned": [24]}})", Lang::en),
            "s.json: 'districts.pinned[0]' must be a string, not the number 24");
  EXPECT_EQ(read_error(R"({"version": "1"})", Lang::en), "s.json: 'version' must be a whole number, not a string");
}

TEST(SpecFile, VersionMustBeOne) {
  EXPECT_EQ(read_error(R"({"map": {}})", Lang::en),
            "s.json: the key 'version' is missing; a spec file starts with \"version\": 1");
  EXPECT_EQ(read_error(R"({"version": 2})", Lang::en),
            "s.json: version 2 is not supported; this program reads version 1");
  EXPECT_EQ(read_error(R"({"version": 2})", Lang::vi),
            "s.json: không đọc được phiên bản 2; chương trình này đọc phiên bản 1");
}

TEST(SpecFile, UnknownNamesListTheKnownOnes) {
  EXPECT_EQ(read_error(R"({"version": 1, "view": "chart"})", Lang::en),
            "s.json: 'view' cannot be 'chart'; use one of: map, rank, overview, profile, multiples, change");
  EXPECT_EQ(read_error(R"({"version": 1, "map": {"method": "natural"}})", Lang::vi),
            "s.json: 'map.method' không nhận 'natural'; dùng một trong: jenks, quantile, equal, stddev, manual, unique");
  EXPECT_EQ(read_error(R"({"version": 1, "language": "fr"})", Lang::en),
            "s.json: 'language' cannot be 'fr'; use one of: vi, en");
  EXPECT_EQ(read_error(R"({"version": 1, "show": ["title", "compass"]})", Lang::en),
            "s.json: 'show[1]' cannot be 'compass'; use one of: title, legend, labels, scale, north, locator, "
            "credits, histogram");
  EXPECT_EQ(read_error(R"({"version": 1, "output": {"paper": "Letter"}})", Lang::en),
            "s.json: 'output.paper' cannot be 'Letter'; use one of: A4, A3");
  EXPECT_EQ(read_error(R"({"version": 1, "output": {"orientation": "tall"}})", Lang::vi),
            "s.json: 'output.orientation' không nhận 'tall'; dùng một trong: portrait, landscape");
}

TEST(SpecFile, SizesMustBeOneKindAndInRange) {
  EXPECT_EQ(read_error(R"({"version": 1, "output": {"width": 800, "paper": "A4"}})", Lang::en),
            "s.json: 'output' has either width and height, or paper, orientation and dpi, not both");
  EXPECT_EQ(read_error(R"({"version": 1, "output": {"width": 20, "height": 600}})", Lang::en),
            "s.json: 'output.width' must be 64 to 32767, not 20");
  EXPECT_EQ(read_error(R"({"version": 1, "output": {"dpi": 5000}})", Lang::vi),
            "s.json: 'output.dpi' phải từ 72 đến 1200, không phải 5000");
}

TEST(SpecFile, NamesThatNeedTheDataAreCheckedAgainstIt) {
  const ProjectData data = load_project_data(HGM_TEST_PROJECT_GEODATA_DIR, Lang::vi);
  MapSpec s;
  EXPECT_NO_THROW(check_spec_names(s, data, "s.json", Lang::vi));
  s.period = "2022-Q1";
  try {
    check_spec_names(s, data, "s.json", Lang::vi);
    ADD_FAILURE() << "an unknown period must be reported";
  } catch (const DataError& e) {
    EXPECT_EQ(std::string(e.what()), "s.json: map.period: không có kỳ '2022-Q1'; các kỳ có số liệu: 2021-Q1");
  }
  s = MapSpec{};
  s.pinned = {"099"};
  try {
    check_spec_names(s, data, "s.json", Lang::en);
    ADD_FAILURE() << "an unknown district must be reported";
  } catch (const DataError& e) {
    EXPECT_EQ(std::string(e.what()).rfind("s.json: districts.pinned: unknown district code '099'; GSO codes: "
                                          "024 (Ha Giang City), 026 (Dong Van), ", 0),
              0u)
        << e.what();
  }
}

TEST(SpecFile, AMissingFileIsNamed) {
  try {
    read_spec_file("/nonexistent/s.json", Lang::en);
    ADD_FAILURE();
  } catch (const DataError& e) {
    EXPECT_EQ(std::string(e.what()),
              "/nonexistent/s.json: cannot be opened for reading; check that it exists and is readable.");
  }
}

}  // namespace
}  // namespace hgm::io
