#pragma once
// A shape's triangles, worked out the first time something asks for them (the OpenGL fill,
// a spotlight's veil), once, from any thread; copies share that work. The CPU renderer and
// SVG fill the shape's rings and never ask: the 708-district export spent a third of its
// time triangulating shapes it did not fill with triangles.
#include <functional>
#include <memory>

#include "core/geometry.h"

namespace hgm {

class LazyMesh {
 public:
  LazyMesh();                                             // no triangles
  LazyMesh(TriangleMesh ready);                           // NOLINT: a mesh is a ready LazyMesh
  explicit LazyMesh(std::function<TriangleMesh()> make);  // made when first asked for

  // The triangles, made now if they were not yet. A `make` that throws leaves this empty
  // (the makers give it shapes already checked to triangulate: see io/display_shape).
  const TriangleMesh& get() const;
  bool made() const;

 private:
  struct State;
  std::shared_ptr<State> state_;
};

}  // namespace hgm
