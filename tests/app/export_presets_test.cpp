// The window's export dialog: its sizes, and the names it suggests (the CLI batch's).
#include "app/export_presets.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "app_test_support.h"
#include "core/spec/batch_plan.h"

namespace hgm::app {
namespace {

using namespace test_support;

TEST(ExportPresets, SlidesPaperAtTwoResolutionsAndCustom) {
  const std::vector<ExportPreset>& presets = export_presets();
  ASSERT_EQ(presets.size(), 2u + 2 * 2 * 2 + 1);
  EXPECT_EQ(pixel_size(presets[0].size), (ImageSize{1920, 1080}));
  EXPECT_EQ(pixel_size(presets[1].size), (ImageSize{3840, 2160}));
  EXPECT_EQ(presets.back().kind, ExportPresetKind::custom);
  EXPECT_EQ(pixel_size(preset_size(presets.back(), ImageSize{800, 600})), (ImageSize{800, 600}));
  // Paper presets are paper sizes (the PNG carries the DPI, the PDF the page size), as
  // --paper/--orientation/--dpi give them; A4 portrait at 150 DPI is 1240×1754 pixels.
  const auto a4_portrait_150 = std::find_if(presets.begin(), presets.end(), [](const ExportPreset& p) {
    return p.size == OutputSize{PaperSize{Paper::a4, Orientation::portrait, 150}};
  });
  ASSERT_NE(a4_portrait_150, presets.end());
  EXPECT_EQ(pixel_size(a4_portrait_150->size), (ImageSize{1240, 1754}));
  for (const Paper paper : {Paper::a4, Paper::a3})
    for (const Orientation o : {Orientation::portrait, Orientation::landscape})
      for (const int dpi : {150, 300})
        EXPECT_EQ(std::count_if(presets.begin(), presets.end(),
                                [&](const ExportPreset& p) { return p.size == OutputSize{PaperSize{paper, o, dpi}}; }),
                  1)
            << paper_id(paper) << " " << orientation_id(o) << " " << dpi;
}

TEST(ExportPresets, TheExportedSpecIsTheShownOneAtTheChosenSize) {
  MapSpec shown{.indicator = "budget_revenue_growth", .period = "2021-Q1", .lang = Lang::en, .classes = 4};
  shown.pinned = {"026", "027"};
  shown.layout.show_locator = false;
  const OutputSize a3{PaperSize{Paper::a3, Orientation::landscape, 300}};
  const MapSpec exported = export_spec(shown, a3);
  EXPECT_EQ(exported.size, a3);
  MapSpec back = exported;
  back.size = shown.size;
  EXPECT_EQ(back, shown) << "only the size may differ";
}

TEST(ExportPresets, SuggestedNameIsTheBatchName) {
  MapSpec spec = default_selection();
  spec.indicator = "budget_revenue_attainment";
  EXPECT_EQ(suggested_file_name(spec, exporting::Format::png), "budget_revenue_attainment_2021-Q1.png");
  EXPECT_EQ(suggested_file_name(spec, exporting::Format::pdf), "budget_revenue_attainment_2021-Q1.pdf");
  // The same name `hagiang-map export --indicator … --out-dir` gives this map.
  BatchRequest request;
  request.indicators = {spec.indicator};
  request.extension = "svg";
  const BatchPlan plan = plan_batch(spec, request, inputs().data.table);
  ASSERT_EQ(plan.items.size(), 1u);
  EXPECT_EQ(suggested_file_name(spec, exporting::Format::svg), plan.items[0].file_name);
}

TEST(ExportPresets, FormatChangesTheExtensionOnly) {
  using exporting::Format;
  EXPECT_EQ(with_format_extension("map.png", Format::pdf), "map.pdf");
  EXPECT_EQ(with_format_extension("map.PNG", Format::svg), "map.svg");
  EXPECT_EQ(with_format_extension("map", Format::pdf), "map.pdf");
  EXPECT_EQ(with_format_extension("quy.2021.png", Format::svg), "quy.2021.svg");
  EXPECT_EQ(with_format_extension("bao-cao.v2", Format::png), "bao-cao.v2.png") << "an unknown extension is kept";
}

}  // namespace
}  // namespace hgm::app
