#pragma once
// Everything that decides one picture, as a plain value: which view, indicator and
// period, how the values are classed and coloured, the language, title overrides, which
// map elements are shown, highlighted and pinned districts, and the output size. The CLI
// options, the window's state, spec files, and later stories and batches all hold one.
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/compare/overview_order.h"
#include "core/layout/frame_layout.h"
#include "core/text/lang.h"
#include "core/thematic/choropleth.h"
#include "core/thematic/classify.h"

namespace hgm {

// The kinds of picture a spec can name. Only `map` (the choropleth) is drawn today; the
// others are reserved so specs, stories and batches can carry them (make_scene refuses
// them with a UsageError until they exist).
enum class ViewKind { map, rank, overview, profile, multiples, change };
const char* view_kind_id(ViewKind kind);  // "map", "rank", …
std::optional<ViewKind> parse_view_kind(std::string_view id);
const std::vector<ViewKind>& all_view_kinds();

enum class Paper { a4, a3 };
enum class Orientation { portrait, landscape };
const char* paper_id(Paper paper);              // "A4", "A3"
std::optional<Paper> parse_paper(std::string_view id);  // case-insensitive
const char* orientation_id(Orientation orientation);   // "portrait", "landscape"
std::optional<Orientation> parse_orientation(std::string_view id);

// The sizes a spec may name, wherever it comes from (flags, spec files, the window): one
// range, so a spec the CLI writes can always be read back. Whether OpenGL can draw a PNG
// that large is the renderer's to say (exit 4 naming the limit); SVG and PDF are not limited.
inline constexpr int kMinSide = 64, kMaxSide = 32767;  // pixels per side (cairo's largest image)
inline constexpr int kMinDpi = 72, kMaxDpi = 1200;

struct ImageSize {
  int width = 1920, height = 1080;
  friend bool operator==(const ImageSize&, const ImageSize&) = default;
};
struct PaperSize {
  Paper paper = Paper::a4;
  Orientation orientation = Orientation::landscape;
  int dpi = 150;
  friend bool operator==(const PaperSize&, const PaperSize&) = default;
};
using OutputSize = std::variant<ImageSize, PaperSize>;
// The pixel size of an output: as given, or the paper's millimetres at its DPI (rounded).
ImageSize pixel_size(const OutputSize& size);

inline constexpr const char* kDefaultIndicator = "budget_revenue_attainment";
inline constexpr const char* kDefaultPeriod = "2021-Q1";
inline constexpr std::size_t kMaxMarkedDistricts = 4;  // highlighted, and pinned

// A polygon layer whose every feature is one of the map's units (--units FILE --code-field F
// --name-field F, a spec's "units"), in place of Hà Giang's 11 districts. Empty: those.
struct UnitLayer {
  std::string file{};        // any vector file GDAL reads
  std::string code_field{};  // the units' codes: what tables join by
  std::string name_field{};  // their names: labels, and what tables may name them by
  bool given() const { return !file.empty(); }
  friend bool operator==(const UnitLayer&, const UnitLayer&) = default;
};

// Field order matters: front ends write {.indicator = …, .period = …, .lang = …}.
struct MapSpec {
  ViewKind view = ViewKind::map;
  std::string indicator = kDefaultIndicator;
  std::vector<std::string> indicators{};  // multiples: two to four indicators
  std::string period = kDefaultPeriod;
  std::string compared_period{};          // change (and two-period multiples); empty: none
  Lang lang = Lang::vi;
  ClassMethod method = ClassMethod::natural_breaks;
  int classes = 0;                 // 0: automatic
  std::vector<double> breaks{};    // manual classes: the limits between them, rising
  std::string palette{};           // ColorBrewer name; empty: from the indicator's polarity
  std::string title{};             // empty (or blank): the indicator's name
  std::string subtitle{};          // empty (or blank): period and unit
  LayoutOptions layout{};          // which map elements are shown
  std::vector<std::string> highlighted{};  // GSO codes, at most kMaxMarkedDistricts
  std::vector<std::string> pinned{};       // GSO codes, at most kMaxMarkedDistricts
  OutputSize size = ImageSize{};
  OverviewOrder overview_order = OverviewOrder::group;  // the overview's rows and columns
  bool overview_all = false;  // the overview lists indicators without any figure too
  UnitLayer units{};          // the map's units; empty: Hà Giang's districts
  friend bool operator==(const MapSpec&, const MapSpec&) = default;
};

// The spec's own title (or subtitle) `own` where it is not blank, else `automatic`: what
// the view says by itself. Maps and chart views alike.
const std::string& own_unless_blank(const std::string& own, const std::string& automatic);

// The classification part of a spec, as build_choropleth takes it.
ChoroplethOptions choropleth_options(const MapSpec& spec);

// The names of the map elements (spec files' "show" list, --hide) and their switches.
struct ElementName {
  const char* id;  // "title", "legend", "labels", "scale", "north", "locator", "credits", "histogram"
  bool LayoutOptions::*flag;
};
const std::vector<ElementName>& element_names();
std::vector<std::string> shown_elements(const LayoutOptions& layout);

}  // namespace hgm
