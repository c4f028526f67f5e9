#include "core/lazy_mesh.h"

#include <atomic>
#include <mutex>
#include <utility>

namespace hgm {

struct LazyMesh::State {
  std::once_flag once;
  std::atomic<bool> made{false};
  std::function<TriangleMesh()> make;
  TriangleMesh mesh;
};

LazyMesh::LazyMesh() : LazyMesh(TriangleMesh{}) {}

LazyMesh::LazyMesh(TriangleMesh ready) : state_(std::make_shared<State>()) {
  state_->mesh = std::move(ready);
  std::call_once(state_->once, [] {});
  state_->made = true;
}

LazyMesh::LazyMesh(std::function<TriangleMesh()> make) : state_(std::make_shared<State>()) {
  state_->make = std::move(make);
}

const TriangleMesh& LazyMesh::get() const {
  State& s = *state_;
  std::call_once(s.once, [&s] {
    try {
      s.mesh = s.make();
    } catch (...) {
      s.mesh = {};
    }
    s.make = nullptr;  // what it captured (a copy of the shape) is not needed again
    s.made = true;
  });
  return s.mesh;
}

bool LazyMesh::made() const { return state_->made; }

}  // namespace hgm
