// One language at a time (issue 9 B): every indicator's laid-out map (title, subtitle,
// legend, labels, furniture, credits), the hover tooltip's text and the check-data report,
// in each language, hold no word of the other language and no number written the other
// language's way.
//
// Left out of the check on purpose:
// - place names (districts, provinces): they keep their Vietnamese spelling in English maps;
// - the boundary attribution line: the licence's wording, in English in both languages;
// - the report quote in the tooltip: the report's own Vietnamese words, quoted verbatim;
// - cell text a planner typed, repeated in the check-data report ("'Quảng Bình'").
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>

#include "app/app_options.h"
#include "app/app_text.h"
#include "app/map_state.h"
#include "app/panels/district_details.h"
#include "app/table_loading.h"
#include "core/data/import_report_text.h"
#include "core/layout/frame_layout.h"
#include "core/layout/scene_builder.h"
#include "core/text/i18n.h"
#include "io/table_reader.h"
#include "render/text/font.h"

namespace hgm::app {
namespace {

namespace fs = std::filesystem;

// Words only the one language writes.
const std::vector<std::string> kVietnameseWords = {"không", "huyện", "Huyện", "người", "suy ra", "số liệu", "dưới",
                                                   "trên", "đơn vị", "chung", "Từ", "tỉnh", "bảng", "Quý", "dòng"};
const std::vector<std::string> kEnglishWords = {"inferred", "people", "below", "above", "no data", "No data",
                                                "The table", "the table", "unit", "shared", "province", "Province",
                                                "Location", "Data:", "named", "rows", "read"};

// A number written the other language's way: "15,8" or "3.102" in English, "15.8" or
// "3,102" in Vietnamese. Figures have at most two decimals, so three digits after the
// mark are a thousands group.
const std::regex kVietnameseNumber(R"(\d,\d{1,2}(?!\d)|\d\.\d{3}(?!\d))");
const std::regex kEnglishNumber(R"(\d\.\d{1,2}(?!\d)|\d,\d{3}(?!\d))");

const io::MapInputs& inputs() {
  static const io::MapInputs loaded = io::load_map_inputs(std::string(HGM_TEST_BOUNDARY_DIR) + "/hagiang_districts.shp",
                                                          HGM_TEST_PROJECT_GEODATA_DIR, Lang::vi);
  return loaded;
}

// `text` without the place names, which both languages write the Vietnamese way.
std::string without_place_names(std::string text) {
  std::vector<std::string> names;
  for (const District& d : inputs().data.registry.districts())
    names.insert(names.end(), {d.name_full, d.name_vi, d.short_vi, d.short_en});
  for (const LocatorLabel& l : inputs().locator.labels) names.insert(names.end(), {l.vi, l.en});
  // Longest first, so "Thành phố Hà Giang" goes before "Hà Giang" would split it.
  std::sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  for (const std::string& name : names)
    for (auto at = text.find(name); !name.empty() && at != std::string::npos; at = text.find(name, at))
      text.replace(at, name.size(), "·");
  return text;
}

// Fails the test for every word or number of the language other than `lang` in `text`.
void expect_only(Lang lang, const std::string& raw, const std::string& where) {
  const std::string text = without_place_names(raw);
  const auto& foreign = lang == Lang::vi ? kEnglishWords : kVietnameseWords;
  for (const std::string& word : foreign)
    EXPECT_EQ(text.find(word), std::string::npos) << where << ": '" << word << "' in \"" << raw << "\"";
  std::smatch m;
  EXPECT_FALSE(std::regex_search(text, m, lang == Lang::vi ? kEnglishNumber : kVietnameseNumber))
      << where << ": number '" << m.str() << "' in \"" << raw << "\"";
}

const char* name_of(Lang lang) { return lang == Lang::vi ? "vi" : "en"; }

TEST(OneLanguage, EveryMapTextIsInTheChosenLanguage) {
  const render::Font font;
  int texts = 0;
  for (const Indicator& ind : inputs().data.table.indicators())
    for (const Lang lang : {Lang::vi, Lang::en}) {
      ChoroplethOptions o;
      o.indicator = ind.id;
      o.period = "2021-Q1";
      o.lang = lang;
      const Choropleth map = build_choropleth(inputs().data.registry, inputs().data.table, o);
      const Scene scene = build_scene(map, inputs().boundaries, inputs().data.registry, lang, kBoundaryAttribution,
                                      inputs().locator);
      LayoutOptions layout;
      layout.show_histogram = true;
      const Frame f = layout_frame(scene, 1920, 1080, MapView{}, font, layout);
      for (const FrameText& t : f.texts) {
        if (scene.attribution.find(t.utf8) != std::string::npos) continue;  // the licence's English
        expect_only(lang, t.utf8, ind.id + " " + name_of(lang) + " map");
        ++texts;
      }
    }
  EXPECT_GT(texts, 35 * 2 * 10);
}

// Everything the hover tooltip shows but the verbatim quote.
std::string tooltip_text(const DistrictDetails& d, Lang lang) {
  std::string text = d.name + "\n" + d.indicator + " · " + d.period + "\n" + d.value_text + "\n" + d.difference;
  if (!d.source.empty()) text += "\n" + std::string(ui_text(lang, UiText::source)) + ": " + d.source;
  if (!d.quote.empty()) text += "\n" + std::string(tr(lang, Msg::quote));
  if (!d.inferred.empty()) text += "\n(" + d.inferred + ")";
  return text;
}

TEST(OneLanguage, EveryTooltipIsInTheChosenLanguage) {
  int tooltips = 0, inferred = 0;
  for (const Lang lang : {Lang::vi, Lang::en}) {
    MapState state(inputs(), {.indicator = kDefaultIndicator, .period = kDefaultPeriod, .lang = lang});
    for (const Indicator& ind : inputs().data.table.indicators()) {
      state.select_indicator(ind.id);
      for (std::size_t i = 0; i < inputs().data.registry.size(); ++i) {
        const auto d = district_details(state, static_cast<int>(i));
        ASSERT_TRUE(d);
        expect_only(lang, tooltip_text(*d, lang), ind.id + " " + name_of(lang) + " tooltip");
        ++tooltips;
        inferred += !d->inferred.empty();
      }
    }
  }
  EXPECT_EQ(tooltips, static_cast<int>(2 * inputs().data.table.indicators().size() * 11));
  EXPECT_GT(inferred, 0);
}

TEST(OneLanguage, TheInferenceNoteOfTheBudgetMapIsInEachLanguage) {
  for (const Lang lang : {Lang::vi, Lang::en}) {
    MapState state(inputs(), {.indicator = kDefaultIndicator, .period = kDefaultPeriod, .lang = lang});
    const auto yen_minh = inputs().data.registry.find_code("028");
    ASSERT_TRUE(yen_minh);
    const auto d = district_details(state, static_cast<int>(*yen_minh));
    ASSERT_TRUE(d);
    EXPECT_EQ(d->inferred, lang == Lang::vi
                               ? "suy ra: báo cáo chỉ nêu 3 huyện thu nộp trên mức bình quân 15,8% của tỉnh (Xín Mần, "
                                 "Đồng Văn, Vị Xuyên); điều này nói về các huyện còn lại, không gồm thành phố"
                               : "inferred: the report names only 3 rural districts above the provincial 15.8% (Xín "
                                 "Mần, Đồng Văn, Vị Xuyên); this covers the other rural districts, not the city");
  }
}

TEST(OneLanguage, UnitsHaveEnglishNames) {
  for (const Indicator& ind : inputs().data.table.indicators())
    EXPECT_EQ(ind.unit.empty(), ind.unit_en.empty()) << ind.id << ": unit '" << ind.unit << "' needs unit_en";
  MapState state(inputs(), {.indicator = "labour_export_placements", .period = kDefaultPeriod, .lang = Lang::en});
  const auto meo_vac = inputs().data.registry.find_code("027");
  ASSERT_TRUE(meo_vac);
  const auto d = district_details(state, static_cast<int>(*meo_vac));
  ASSERT_TRUE(d);
  EXPECT_NE(d->value_text.find(" people"), std::string::npos) << d->value_text;
}

TEST(OneLanguage, EveryNoteAndLabelHasBothLanguages) {
  int checked = 0;
  for (const Indicator& ind : inputs().data.table.indicators())
    for (const District& district : inputs().data.registry.districts()) {
      const StatedValue* v = inputs().data.table.find(ind.id, "2021-Q1", district.code);
      if (!v) continue;
      const Provenance& p = v->provenance;
      EXPECT_EQ(p.inferred_from.empty(), p.inferred_from_vi.empty()) << ind.id << " " << district.code;
      EXPECT_EQ(v->label.empty(), v->label_en.empty()) << ind.id << " " << district.code;
      checked += !p.inferred_from.empty() || !v->label.empty();
    }
  EXPECT_GT(checked, 50);
}

// A planner's table with a bit of everything the report says: a match, a near miss with
// candidates, an unreadable value, an approximate one, a column that is no indicator.
const char* kTable =
    "Huyện,budget_revenue_attainment,Ghi chú\n"
    "Xín Mần,\"52,3\",x\n"
    "Quảng Bình,\"12,5\",x\n"
    "Bắc Mê,abc,x\n"
    "Yên Minh,khoảng 30%,x\n";

TEST(OneLanguage, TheCheckDataReportAndTableErrorsAreInTheChosenLanguage) {
  const fs::path dir = fs::temp_directory_path() / ("hgm-one-language-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const fs::path file = dir / "bang.csv";
  std::ofstream(file, std::ios::binary) << kTable;
  for (const Lang lang : {Lang::vi, Lang::en}) {
    IndicatorTable table = inputs().data.table;
    ImportOptions options;
    options.period = "2021-Q2";
    options.lang = lang;
    const ImportReport report = import_table(io::read_table(file.string(), lang), inputs().data.registry, table, options);
    ASSERT_FALSE(report.issues.empty());
    // Left out: what the planner typed and the headers, quoted between '…', and the examples
    // of how to write a cell, which are Vietnamese words in both languages because the
    // table is read in Vietnamese ("trên 40%", "47,4 or 47.4", "1.234 = 1234").
    const std::string text = std::regex_replace(import_report_text(report, lang),
                                                std::regex(R"('[^'\n]*'|\([^()\n]*(47,4|trên|1\.234)[^()\n]*\))"), "…");
    expect_only(lang, text, std::string("check-data ") + name_of(lang));
    EXPECT_NE(text.find(lang == Lang::vi ? "không đọc được" : "is not a number"), std::string::npos) << text;

    const TableLoad missing = load_table_file((dir / "none.csv").string(), inputs().data.registry, table, "2021-Q2", lang);
    ASSERT_FALSE(missing.read());
    expect_only(lang, load_summary(missing, lang), std::string("missing table ") + name_of(lang));
  }
  fs::remove_all(dir);
}

}  // namespace
}  // namespace hgm::app
