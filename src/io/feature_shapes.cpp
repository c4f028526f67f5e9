#include "io/feature_shapes.h"

#include <ogr_api.h>

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>

#include "core/errors.h"
#include "core/text/i18n.h"
#include "io/display_shape.h"
#include "io/ogr_shapes.h"

namespace hgm::io {

namespace {

// A polygon whose points lie on a line: it would be drawn as nothing. Measured in the file's
// own coordinates, where such points are exactly in line (projecting bends them slightly).
bool has_no_area(const OGRGeometry& geom) {
  OGREnvelope e;
  geom.getEnvelope(&e);
  const double box = (e.MaxX - e.MinX) * (e.MaxY - e.MinY);
  return !(box > 0) || OGR_G_Area(OGRGeometry::ToHandle(const_cast<OGRGeometry*>(&geom))) <= 1e-9 * box;
}

constexpr std::size_t kNamedSkips = 5;

}  // namespace

std::string problem_text(const ShapeProblem& problem, Lang lang) {
  std::string text = io_text(lang, problem.text);
  for (const auto& [key, value] : problem.values) text = fill(std::move(text), {{key, value}});
  return text;
}

std::optional<MultiPolygon> read_feature_shape(OGRFeature& feature, OGRCoordinateTransformation& to_map,
                                               const std::string& target_crs, const std::string& fid,
                                               const std::string& unit, ShapeProblem& problem) {
  // Taken from the feature and projected in place: a million-point boundary is not copied.
  const std::unique_ptr<OGRGeometry> geom(feature.StealGeometry());
  if (!geom || geom->IsEmpty()) {
    problem = {IoText::feature_no_geometry, {{"fid", fid}, {"district", unit}}};
    return std::nullopt;
  }
  const std::string type = OGRGeometryTypeToName(geom->getGeometryType());
  const bool no_area = has_no_area(*geom);
  if (geom->transform(&to_map) != OGRERR_NONE) {
    problem = {IoText::feature_not_projected, {{"fid", fid}, {"crs", target_crs}}};
    return std::nullopt;
  }
  auto shape = to_shape(*geom);
  if (!shape || shape->empty()) {
    problem = {IoText::feature_not_polygon, {{"fid", fid}, {"type", type}}};
    return std::nullopt;
  }
  if (no_area) {
    problem = {IoText::feature_zero_area, {{"fid", fid}, {"district", unit}}};
    return std::nullopt;
  }
  return shape;
}

void prepare_all(std::vector<PendingShape> pending, BoundarySet& set,
                 const std::function<void(const ShapeProblem&)>& dropped, Triangles triangles) {
  Bounds layer;
  for (const PendingShape& p : pending) layer.extend(bounds_of(p.exact));
  const double tolerance = display_tolerance(layer);
  std::sort(pending.begin(), pending.end(), [](const PendingShape& a, const PendingShape& b) { return a.district < b.district; });
  std::vector<DistrictGeometry> made(pending.size());
  std::vector<char> failed(pending.size(), 0);
  // Each shape on its own (GEOS with a context per call): a thread per core takes the next
  // one, as 708 districts take a second on one core.
  std::atomic<std::size_t> next{0};
  std::exception_ptr error;
  std::mutex error_mutex;
  const auto work = [&] {
    for (std::size_t i; (i = next++) < pending.size();) {
      made[i].district = pending[i].district;
      made[i].exact = std::move(pending[i].exact);
      try {
        prepare_for_display(made[i], tolerance, triangles);
      } catch (const DataError&) {
        failed[i] = 1;
      } catch (...) {
        const std::lock_guard<std::mutex> lock(error_mutex);
        if (!error) error = std::current_exception();
      }
    }
  };
  const std::size_t helpers =
      std::min<std::size_t>(std::max(1u, std::thread::hardware_concurrency()) - 1, pending.size() / 8);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < helpers; ++t) threads.emplace_back(work);
  work();
  for (std::thread& t : threads) t.join();
  if (error) std::rethrow_exception(error);
  set.districts.reserve(set.districts.size() + made.size());
  for (std::size_t i = 0; i < made.size(); ++i) {
    if (failed[i]) {
      dropped({IoText::feature_not_triangulated, {{"fid", pending[i].fid}}});
      continue;
    }
    set.bounds.extend(made[i].extent);
    set.districts.push_back(std::move(made[i]));
  }
}

std::string feature_label(const OGRFeature& feature, Lang lang) {
  return fill(io_text(lang, IoText::feature), {{"fid", std::to_string(feature.GetFID())}});
}

std::string few_of(const std::vector<std::string>& labels, Lang lang) {
  std::string out;
  for (std::size_t i = 0; i < labels.size() && i < kNamedSkips; ++i) out += (i ? ", " : "") + labels[i];
  if (labels.size() > kNamedSkips)
    out += io_message(lang, IoText::and_more, {{"n", std::to_string(labels.size() - kNamedSkips)}});
  return out;
}

}  // namespace hgm::io
