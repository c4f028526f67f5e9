#pragma once
// The steps every district layer's features go through (internal to src/io): a feature's
// geometry projected to the map and checked, then each shape made ready for display
// (io/display_shape.h) and the set sorted for BoundarySet::find.
#include <ogrsf_frmts.h>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/data/district_geometry.h"
#include "core/text/lang.h"
#include "io/display_shape.h"
#include "io/io_text.h"

namespace hgm::io {

// Why a feature that should be drawn cannot be: the text and its values.
struct ShapeProblem {
  IoText text;
  std::vector<std::pair<const char*, std::string>> values;
};

// The problem in words, its placeholders filled.
std::string problem_text(const ShapeProblem& problem, Lang lang);

// The feature's polygon in map units, or why there is none; the feature's geometry is taken.
// `unit` names it in messages.
std::optional<MultiPolygon> read_feature_shape(OGRFeature& feature, OGRCoordinateTransformation& to_map,
                                               const std::string& target_crs, const std::string& fid,
                                               const std::string& unit, ShapeProblem& problem);

// A read feature waiting for display preparation.
struct PendingShape {
  std::size_t district;
  std::string fid;
  MultiPolygon exact;
};

// Readies a layer's shapes for display while the layer is read. Each shape's label is
// anchored on the other cores as soon as it is added: the anchor needs nothing of the rest
// of the layer, and it is most of the work (the 708 districts' anchors take 0.2 s of
// processor time, their reading 0.08 s). finish() then simplifies and triangulates (now or
// when drawn) every shape at one tolerance for the whole layer, so shared edges stay shared.
class ShapePreparer {
 public:
  explicit ShapePreparer(Triangles triangles);
  ~ShapePreparer();  // waits for the threads, also when the reading failed
  ShapePreparer(const ShapePreparer&) = delete;
  ShapePreparer& operator=(const ShapePreparer&) = delete;

  void add(PendingShape shape);
  // Into set.districts sorted by district, extending set.bounds. A shape GEOS cannot
  // triangulate is passed to `dropped`. Rethrows anything else a shape threw.
  void finish(BoundarySet& set, const std::function<void(const ShapeProblem&)>& dropped);

 private:
  struct Work;
  std::unique_ptr<Work> work_;
};

// "đối tượng 12" / "feature 12".
std::string feature_label(const OGRFeature& feature, Lang lang);

// The skipped features' labels in one line: the first few, then how many more.
std::string few_of(const std::vector<std::string>& labels, Lang lang);

}  // namespace hgm::io
