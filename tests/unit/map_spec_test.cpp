// The map specification: its defaults are today's map, paper sizes become pixels, names
// are checked against the real tables with messages naming the key, and views that are
// not drawn yet are refused.
#include <gtest/gtest.h>

#include "core/errors.h"
#include "core/spec/make_scene.h"
#include "core/views/view_frame.h"
#include "core/spec/map_spec.h"
#include "core/spec/validate_spec.h"
#include "project_tables.h"

namespace hgm {
namespace {

const test::ProjectTables& tables() {
  static const test::ProjectTables t;
  return t;
}

std::string problem(const MapSpec& spec, Lang lang) {
  const auto p = validate_spec(spec, tables().registry, tables().table, lang);
  return p ? p->text() : std::string("(no problem)");
}

TEST(MapSpec, DefaultsAreTodaysDefaultMap) {
  const MapSpec s;
  EXPECT_EQ(s.view, ViewKind::map);
  EXPECT_EQ(s.indicator, "budget_revenue_attainment");
  EXPECT_EQ(s.period, "2021-Q1");
  EXPECT_EQ(s.lang, Lang::vi);
  EXPECT_EQ(s.method, ClassMethod::natural_breaks);
  EXPECT_EQ(s.classes, 0);
  EXPECT_TRUE(s.breaks.empty() && s.palette.empty() && s.title.empty() && s.subtitle.empty());
  EXPECT_EQ(s.layout, LayoutOptions{});
  EXPECT_EQ(pixel_size(s.size), (ImageSize{1920, 1080}));
  EXPECT_EQ(validate_spec(s, tables().registry, tables().table, Lang::vi).has_value(), false);
}

TEST(MapSpec, PaperSizesArePixelsAtTheirDpi) {
  // ISO 216: A4 is 210 × 297 mm, A3 297 × 420 mm; 25,4 mm to the inch.
  EXPECT_EQ(pixel_size(PaperSize{Paper::a4, Orientation::portrait, 300}), (ImageSize{2480, 3508}));
  EXPECT_EQ(pixel_size(PaperSize{Paper::a4, Orientation::landscape, 100}), (ImageSize{1169, 827}));
  EXPECT_EQ(pixel_size(PaperSize{Paper::a3, Orientation::landscape, 150}), (ImageSize{2480, 1754}));
  EXPECT_EQ(pixel_size(ImageSize{640, 360}), (ImageSize{640, 360}));
}

TEST(MapSpec, NamesReadBackAsTheyAreWritten) {
  for (const ViewKind k : all_view_kinds()) EXPECT_EQ(parse_view_kind(view_kind_id(k)), k);
  EXPECT_EQ(all_view_kinds().size(), 6u);
  EXPECT_FALSE(parse_view_kind("chart"));
  EXPECT_EQ(parse_paper("a3"), Paper::a3);
  EXPECT_FALSE(parse_paper("A5"));
  EXPECT_EQ(parse_orientation(orientation_id(Orientation::portrait)), Orientation::portrait);
  LayoutOptions layout;
  layout.show_scale_bar = false;
  layout.show_histogram = true;
  EXPECT_EQ(shown_elements(layout),
            (std::vector<std::string>{"title", "legend", "labels", "north", "locator", "credits", "histogram"}));
}

TEST(MapSpec, ClassificationGoesToTheChoroplethAsGiven) {
  MapSpec s;
  s.indicator = "overdue_admin_files";
  s.method = ClassMethod::manual;
  s.breaks = {2, 5.5};
  s.palette = "Blues";
  s.lang = Lang::en;
  const ChoroplethOptions o = choropleth_options(s);
  EXPECT_EQ(o.indicator, "overdue_admin_files");
  EXPECT_EQ(o.period, "2021-Q1");
  EXPECT_EQ(o.method, ClassMethod::manual);
  EXPECT_EQ(o.breaks, (std::vector<double>{2, 5.5}));
  EXPECT_EQ(o.palette, "Blues");
  EXPECT_EQ(o.lang, Lang::en);
}

TEST(ValidateSpec, UnknownIndicatorsAndPeriodsNameTheKey) {
  MapSpec s;
  s.indicator = "gdp";
  EXPECT_EQ(problem(s, Lang::en).rfind("map.indicator: unknown indicator 'gdp'; known indicators: "
                                       "budget_revenue_attainment, budget_revenue_growth, ", 0), 0u)
      << problem(s, Lang::en);
  EXPECT_EQ(problem(s, Lang::vi).rfind("map.indicator: không có chỉ tiêu 'gdp'; các chỉ tiêu: budget_revenue_attainment, ", 0), 0u);
  s = MapSpec{};
  s.indicators = {"overdue_admin_files", "gdp"};
  EXPECT_EQ(problem(s, Lang::en).rfind("map.indicators[1]: unknown indicator 'gdp'", 0), 0u) << problem(s, Lang::en);
  s = MapSpec{};
  s.period = "2021-Q5";
  EXPECT_EQ(problem(s, Lang::en), "map.period: unknown period '2021-Q5'; known periods: 2021-Q1");
  EXPECT_EQ(problem(s, Lang::vi), "map.period: không có kỳ '2021-Q5'; các kỳ có số liệu: 2021-Q1");
  s = MapSpec{};
  s.compared_period = "2020-Q4";
  EXPECT_EQ(problem(s, Lang::en), "map.compared_period: unknown period '2020-Q4'; known periods: 2021-Q1");
}

TEST(ValidateSpec, ClassesAndPalette) {
  MapSpec s;
  s.classes = 12;
  EXPECT_EQ(problem(s, Lang::en), "map.classes: the number of classes must be 0 (automatic) or 2 to 9, not 12");
  EXPECT_EQ(problem(s, Lang::vi), "map.classes: số lớp phải là 0 (tự động) hoặc từ 2 đến 9, không phải 12");
  s.classes = 1;
  EXPECT_NE(problem(s, Lang::en), "(no problem)");
  s = MapSpec{};
  s.palette = "Rainbow";
  EXPECT_EQ(problem(s, Lang::en).rfind("map.palette: unknown palette 'Rainbow'; known palettes: ", 0), 0u)
      << problem(s, Lang::en);
  EXPECT_NE(problem(s, Lang::en).find("YlGnBu"), std::string::npos);
  EXPECT_EQ(problem(s, Lang::vi).rfind("map.palette: không có bảng màu 'Rainbow'; các bảng màu: ", 0), 0u);
}

TEST(ValidateSpec, DistrictCodesAreGsoCodesAtMostFour) {
  MapSpec s;
  s.highlighted = {"024", "030"};
  s.pinned = {"026", "027", "028", "029"};
  EXPECT_EQ(problem(s, Lang::en), "(no problem)");
  s.highlighted = {"24"};  // a file compares codes as the registry writes them
  EXPECT_EQ(problem(s, Lang::en).rfind("districts.highlighted: unknown district code '24'; GSO codes: 024 (", 0), 0u)
      << problem(s, Lang::en);
  EXPECT_EQ(problem(s, Lang::vi).rfind("districts.highlighted: không có huyện mã '24'; các mã GSO: 024 (Thành phố Hà Giang), ", 0),
            0u)
      << problem(s, Lang::vi);
  s.highlighted = {"030", "030"};
  EXPECT_EQ(problem(s, Lang::en), "districts.highlighted: district code '030' is listed twice");
  s.highlighted.clear();
  s.pinned.push_back("030");
  EXPECT_EQ(problem(s, Lang::en), "districts.pinned: at most 4 districts, not 5");
  EXPECT_EQ(problem(s, Lang::vi), "districts.pinned: tối đa 4 huyện, không phải 5");
}

TEST(MakeScene, RefusesViewsThatAreNotOneMapSayingHowTheyAreDrawn) {
  const MapInputs none;  // the view is checked before anything is read
  // The charts are laid out by view_frame, small multiples by multiples_view, the change
  // map by change_view: every view is drawn, and make_scene makes the single map only.
  std::vector<ViewKind> refused;
  for (const ViewKind k : all_view_kinds()) {
    if (k == ViewKind::map || is_chart_view(k)) continue;
    refused.push_back(k);
    MapSpec s;
    s.view = k;
    const std::string id = view_kind_id(k);
    std::vector<std::string> messages;  // Vietnamese, then English
    for (const Lang lang : {Lang::vi, Lang::en}) {
      s.lang = lang;
      try {
        make_scene(none, s);
        ADD_FAILURE() << id << " should be refused";
      } catch (const UsageError& e) {
        messages.push_back(e.what());
        EXPECT_NE(messages.back().find("export --view " + id), std::string::npos) << e.what();
      }
    }
    ASSERT_EQ(messages.size(), 2u) << id;
    EXPECT_NE(messages[0], messages[1]) << id << ": said in the spec's language";
  }
  EXPECT_EQ(refused, (std::vector<ViewKind>{ViewKind::multiples, ViewKind::change}))
      << "the views neither a single map nor a chart";
}

}  // namespace
}  // namespace hgm
