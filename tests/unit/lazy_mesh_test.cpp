// A shape's triangles made the first time they are asked for, once, whatever the thread.
#include "core/lazy_mesh.h"

#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>
#include <thread>
#include <vector>

namespace hgm {
namespace {

TriangleMesh one_triangle() { return {{{0, 0}, {1, 0}, {0, 1}}, {0, 1, 2}}; }

TEST(LazyMesh, IsMadeOnceWhenFirstAskedForFromAnyThreadAndSharedByCopies) {
  std::atomic<int> made{0};
  const LazyMesh mesh([&made] {
    ++made;
    return one_triangle();
  });
  const LazyMesh copy = mesh;
  EXPECT_FALSE(mesh.made());
  EXPECT_EQ(made, 0);
  std::vector<std::thread> askers;
  for (int i = 0; i < 4; ++i) askers.emplace_back([&] { EXPECT_EQ(copy.get().indices.size(), 3u); });
  for (std::thread& t : askers) t.join();
  EXPECT_EQ(made, 1);
  EXPECT_TRUE(mesh.made());
  EXPECT_EQ(&mesh.get(), &copy.get());
}

TEST(LazyMesh, AReadyMeshIsMadeAndAFailedOneIsEmpty) {
  EXPECT_TRUE(LazyMesh(one_triangle()).made());
  EXPECT_EQ(LazyMesh(one_triangle()).get().vertices.size(), 3u);
  EXPECT_TRUE(LazyMesh().get().indices.empty());
  const LazyMesh failing([]() -> TriangleMesh { throw std::runtime_error("GEOS could not"); });
  EXPECT_TRUE(failing.get().indices.empty());
  EXPECT_TRUE(failing.made());
}

}  // namespace
}  // namespace hgm
