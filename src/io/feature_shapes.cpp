#include "io/feature_shapes.h"

#include <ogr_api.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
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

struct ShapePreparer::Work {
  struct Shape {
    std::string fid;
    DistrictGeometry g;
    bool failed = false;  // GEOS could not triangulate it
  };
  Triangles triangles;
  std::deque<Shape> shapes;  // a deque: a shape being anchored stays where it is while more are added
  std::mutex mutex;
  std::condition_variable added;
  std::deque<Shape*> to_anchor;
  bool all_added = false;
  std::exception_ptr error;
  std::vector<std::thread> helpers;

  // Anchors shapes as they come, until all are added and anchored.
  void anchor_until_done() {
    for (;;) {
      Shape* shape = nullptr;
      {
        std::unique_lock<std::mutex> lock(mutex);
        added.wait(lock, [&] { return !to_anchor.empty() || all_added; });
        if (to_anchor.empty()) return;
        shape = to_anchor.front();
        to_anchor.pop_front();
      }
      try {
        anchor_label(shape->g);
      } catch (...) {
        const std::lock_guard<std::mutex> lock(mutex);
        if (!error) error = std::current_exception();
      }
    }
  }

  void stop_anchoring() {
    {
      const std::lock_guard<std::mutex> lock(mutex);
      all_added = true;
    }
    added.notify_all();
    anchor_until_done();
    for (std::thread& t : helpers) t.join();
    helpers.clear();
  }
};

namespace {

// Helper threads besides the caller's, one per other core, none for a handful of shapes.
std::size_t helpers_for(std::size_t shapes) {
  return std::min<std::size_t>(std::max(1u, std::thread::hardware_concurrency()) - 1, shapes / 8);
}

}  // namespace

ShapePreparer::ShapePreparer(Triangles triangles) : work_(std::make_unique<Work>()) { work_->triangles = triangles; }

ShapePreparer::~ShapePreparer() {
  if (work_->helpers.empty()) return;
  {
    const std::lock_guard<std::mutex> lock(work_->mutex);
    work_->to_anchor.clear();  // the reading failed: the shapes are not wanted
  }
  work_->stop_anchoring();
}

void ShapePreparer::add(PendingShape shape) {
  Work& w = *work_;
  {
    const std::lock_guard<std::mutex> lock(w.mutex);
    Work::Shape& s = w.shapes.emplace_back();
    s.fid = std::move(shape.fid);
    s.g.district = shape.district;
    s.g.exact = std::move(shape.exact);
    w.to_anchor.push_back(&s);
  }
  w.added.notify_one();
  // A helper for every eight shapes read, up to one per other core.
  if (w.helpers.size() < helpers_for(w.shapes.size())) w.helpers.emplace_back([&w] { w.anchor_until_done(); });
}

void ShapePreparer::finish(BoundarySet& set, const std::function<void(const ShapeProblem&)>& dropped) {
  Work& w = *work_;
  w.stop_anchoring();
  if (w.error) std::rethrow_exception(w.error);
  std::vector<Work::Shape*> sorted;
  sorted.reserve(w.shapes.size());
  Bounds layer;
  for (Work::Shape& s : w.shapes) {
    sorted.push_back(&s);
    layer.extend(s.g.extent);
  }
  std::sort(sorted.begin(), sorted.end(), [](const Work::Shape* a, const Work::Shape* b) { return a->g.district < b->g.district; });
  const double tolerance = display_tolerance(layer);
  // Each shape on its own (GEOS with a context per call): a thread per core takes the next one.
  std::atomic<std::size_t> next{0};
  const auto simplify = [&] {
    for (std::size_t i; (i = next++) < sorted.size();) {
      try {
        simplify_for_display(sorted[i]->g, tolerance, w.triangles);
      } catch (const DataError&) {
        sorted[i]->failed = true;
      } catch (...) {
        const std::lock_guard<std::mutex> lock(w.mutex);
        if (!w.error) w.error = std::current_exception();
      }
    }
  };
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < helpers_for(sorted.size()); ++t) threads.emplace_back(simplify);
  simplify();
  for (std::thread& t : threads) t.join();
  if (w.error) std::rethrow_exception(w.error);
  set.districts.reserve(set.districts.size() + sorted.size());
  for (Work::Shape* s : sorted) {
    if (s->failed) {
      dropped({IoText::feature_not_triangulated, {{"fid", s->fid}}});
      continue;
    }
    set.bounds.extend(s->g.extent);
    set.districts.push_back(std::move(s->g));
  }
  w.shapes.clear();
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
