#pragma once
// What the app_logic tests share: the project's real inputs (loaded once), planners'
// tables written for a test, and questions about a laid-out frame.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>

#include "app/app_options.h"
#include "app/panels/breaks_text.h"
#include "app/panels/district_details.h"
#include "app/frame_cache.h"
#include "app/panels/indicator_filter.h"
#include "app/map_state.h"
#include "app/panels/panel_placement.h"
#include "core/errors.h"
#include "core/layout/frame_layout.h"
#include "core/thematic/palette.h"
#include "render/text/font.h"

namespace hgm::app::test_support {

inline const std::string kBoundaries = std::string(HGM_TEST_BOUNDARY_DIR) + "/hagiang_districts.shp";

inline const io::MapInputs& inputs() {
  static const io::MapInputs loaded = io::load_map_inputs(kBoundaries, HGM_TEST_PROJECT_GEODATA_DIR, Lang::vi);
  return loaded;
}

inline MapSelection default_selection() { return {.indicator = kDefaultIndicator, .period = kDefaultPeriod, .lang = Lang::vi}; }

namespace fs = std::filesystem;

// A folder of its own under the system's temp dir, removed when the tests end.
struct TempDir {
  fs::path path = fs::temp_directory_path() / ("hgm-app-logic-" + std::to_string(::getpid()));
  TempDir() { fs::create_directories(path); }
  ~TempDir() {
    std::error_code ignored;
    fs::remove_all(path, ignored);
  }
};

// A planner's table written for the test.
inline fs::path write_table(const std::string& name, const std::string& text) {
  static const TempDir dir;
  const fs::path file = dir.path / name;
  std::ofstream(file, std::ios::binary) << text;
  return file;
}

// Next quarter's budget table: Xín Mần matches, "Quảng Bình" is a province (not the
// district Quang Bình) and must be reported, Bắc Mê matches. Line 1 is the header.
inline const char* kNextQuarter =
    "Huyện,Kỳ,budget_revenue_attainment\n"
    "Xín Mần,2021-Q2,\"52,3\"\n"
    "Quảng Bình,2021-Q2,\"20,1\"\n"
    "Bắc Mê,2021-Q2,\"18,4\"\n";

inline const DistrictShading& shading_of(const MapState& state, const std::string& code) {
  const auto index = inputs().data.registry.find_code(code);
  EXPECT_TRUE(index) << code;
  const auto& districts = state.choropleth().districts;
  const auto it = std::find_if(districts.begin(), districts.end(),
                               [&](const DistrictShading& s) { return s.district == *index; });
  EXPECT_NE(it, districts.end()) << code;
  return *it;
}

// The font the window lays text out with (loaded once).
inline const render::Font& font() {
  static const render::Font f = render::Font::regular();
  return f;
}

inline Frame frame_of(const MapState& state, bool panel_visible = true) {
  return layout_frame(state.scene(), 1600, 900, MapView{}, font(), window_layout(state.layout(), panel_visible));
}

inline bool has_text(const Frame& frame, const std::string& text) {
  return std::any_of(frame.texts.begin(), frame.texts.end(), [&](const FrameText& t) { return t.utf8 == text; });
}

// The title lines sit above the map (the legend repeats the indicator's name beside it).
inline bool has_heading(const Frame& frame, const std::string& text) {
  return std::any_of(frame.texts.begin(), frame.texts.end(),
                     [&](const FrameText& t) { return t.utf8 == text && t.y < frame.map_viewport.y; });
}

// Texts in the column right of the map: the legend's.
inline bool has_legend_text(const Frame& frame, const std::string& text) {
  const double right = frame.map_viewport.x + frame.map_viewport.w;
  return std::any_of(frame.texts.begin(), frame.texts.end(),
                     [&](const FrameText& t) { return t.utf8 == text && t.x >= right; });
}

// How each district is drawn, in the scene's order.
inline std::vector<AreaStyle> feature_styles(const Scene& scene) {
  std::vector<AreaStyle> styles;
  for (const MapFeature& f : scene.features) styles.push_back(f.style);
  return styles;
}

}  // namespace hgm::app::test_support
