#include "core/lazy_mesh.h"

#include <atomic>
#include <mutex>
#include <utility>

namespace hgm {

// `made` says whether `mesh` holds the triangles; it is set once, under the mutex, after
// the mesh, so a reader that sees it set may read the mesh without the lock.
struct LazyMesh::State {
  std::mutex making;
  std::atomic<bool> made{false};
  std::function<TriangleMesh()> make;
  TriangleMesh mesh;
};

LazyMesh::LazyMesh() : LazyMesh(TriangleMesh{}) {}

LazyMesh::LazyMesh(TriangleMesh ready) : state_(std::make_shared<State>()) {
  state_->mesh = std::move(ready);
  state_->made = true;
}

LazyMesh::LazyMesh(std::function<TriangleMesh()> make) : state_(std::make_shared<State>()) {
  state_->make = std::move(make);
}

const TriangleMesh& LazyMesh::get() const {
  State& s = *state_;
  if (s.made.load(std::memory_order_acquire)) return s.mesh;
  const std::lock_guard<std::mutex> lock(s.making);
  if (!s.made.load(std::memory_order_relaxed)) {
    try {
      s.mesh = s.make();
    } catch (...) {
      s.mesh = {};
    }
    s.make = nullptr;  // what it captured (a copy of the shape) is not needed again
    s.made.store(true, std::memory_order_release);
  }
  return s.mesh;
}

bool LazyMesh::made() const { return state_->made.load(std::memory_order_acquire); }

}  // namespace hgm
