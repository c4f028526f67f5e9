#pragma once
// What a map shows, in map units, independent of any output size or backend.
// Built once from the data (SceneBuilder) and consumed by every backend through a Frame.
#include <optional>
#include <string>
#include <vector>

#include "core/thematic/color.h"
#include "core/geometry.h"
#include "core/lazy_mesh.h"
#include "core/text/lang.h"

namespace hgm {

// How an area is filled. `hatch` marks a value that is only known as a bound or an
// interval; `no_data` is drawn with its own unmistakable pattern, never as a class colour.
enum class FillPattern { solid, hatch, no_data };

struct AreaStyle {
  Color fill;
  FillPattern pattern = FillPattern::solid;
  Color pattern_color{0, 0, 0, 255};

  friend bool operator==(const AreaStyle&, const AreaStyle&) = default;
};

struct MapFeature {
  std::string code;        // GSO code, e.g. "033"
  std::string label;       // text drawn on the map, e.g. "Xín Mần"
  MultiPolygon shape;      // map units
  LazyMesh mesh;           // triangulated shape, map units (shared with the boundaries)
  Vec2 label_anchor;       // pole of inaccessibility, map units
  double inscribed_radius = 0;  // radius of the largest circle inside, map units
  AreaStyle style;
};

struct LegendEntry {
  AreaStyle style;
  std::string label;        // e.g. "21,7 – 24,9%"
  std::string count_label;  // e.g. "2 huyện"; empty to hide
};

// The exact values on a number line, coloured by class, with the class limits and the
// province figure marked (drawn under the legend entries when asked for).
struct LegendHistogram {
  struct Value {
    double value;
    Color color;
  };
  std::vector<Value> values;
  std::vector<double> breaks;       // finite class limits
  std::optional<double> reference;  // the province figure
  std::string min_label, max_label, reference_label;
};

struct Legend {
  std::string title;
  std::vector<LegendEntry> entries;
  std::vector<std::string> notes;  // e.g. the province reference value
  std::optional<LegendHistogram> histogram;
};

// The small map that shows where the province lies in the country.
struct LocatorShape {
  std::string code;    // province code, e.g. "02"
  MultiPolygon shape;  // map units
  TriangleMesh mesh;
};

struct LocatorLabel {
  Vec2 position;  // map units
  std::string vi, en;
  bool text_left_of_position = false;  // else the text starts at the position
  // The islands the label names, map units: the label goes in the sea beside them (empty:
  // beside `position`). The side above is tried first.
  Bounds islands{};
};

struct LocatorMap {
  std::vector<LocatorShape> shapes;
  std::vector<LocatorLabel> labels;  // e.g. the Hoàng Sa and Trường Sa archipelagos
  Bounds bounds;
  std::string highlight_code;  // the province drawn in the accent colour
  std::string caption;         // e.g. "Vị trí tỉnh Hà Giang"
  bool empty() const { return shapes.empty(); }
};

struct Scene {
  std::vector<MapFeature> features;
  Bounds bounds;  // of all features
  std::string title;
  std::string subtitle;
  std::string source_line;   // where the figures come from
  std::string attribution;   // boundary attribution (SOURCE.md), always shown
  Legend legend;
  LocatorMap locator;        // may be empty (no national layer available)
  std::vector<std::string> pinned;  // GSO codes of the districts outlined as pinned
  std::vector<std::string> highlighted;  // GSO codes made to stand out: the others veiled, these outlined heavy
  Lang lang = Lang::vi;      // of the furniture's words: north letter, scale, inset names
  Color background{255, 255, 255, 255};
  Color outline{64, 64, 64, 255};
  double outline_width_px = 1.5;  // at a 1080-pixel-high frame; scaled with the frame
};

}  // namespace hgm
