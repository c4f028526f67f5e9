#pragma once
// The steps every district layer's features go through (internal to src/io): a feature's
// geometry projected to the map and checked, then, once all are read, each shape made
// ready for display (io/display_shape.h) and the set sorted for BoundarySet::find.
#include <ogrsf_frmts.h>

#include <functional>
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

// Simplifies, triangulates (now or when drawn) and anchors every pending shape at one
// tolerance for the whole layer (so shared edges stay shared), into set.districts sorted
// by district, extending set.bounds. A shape GEOS cannot triangulate is passed to `dropped`.
void prepare_all(std::vector<PendingShape> pending, BoundarySet& set,
                 const std::function<void(const ShapeProblem&)>& dropped, Triangles triangles);

// "đối tượng 12" / "feature 12".
std::string feature_label(const OGRFeature& feature, Lang lang);

// The skipped features' labels in one line: the first few, then how many more.
std::string few_of(const std::vector<std::string>& labels, Lang lang);

}  // namespace hgm::io
