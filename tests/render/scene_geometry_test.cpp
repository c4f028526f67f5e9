#include "render/scene_geometry.h"

#include <gtest/gtest.h>

#include "test_scene.h"

namespace hgm::render {
namespace {

TEST(SceneGeometry, CollectsMeshesAndEveryRing) {
  const hgm::Scene scene = test::make_test_scene();
  const SceneGeometry g = build_scene_geometry(scene);
  ASSERT_EQ(g.features.size(), 3u);
  EXPECT_EQ(g.features[0].index_count, 6u);
  EXPECT_EQ(g.features[2].index_count, 24u);
  EXPECT_EQ(g.features[2].base_vertex, 8);
  EXPECT_EQ(g.fill_vertices.size(), 2u * (4 + 4 + 8));
  EXPECT_EQ(g.segment_count(), 4u + 4u + 4u + 4u);  // the hole has its own outline
  EXPECT_EQ(g.dropped_triangles, 0u);
  // Coordinates are small numbers around the origin.
  for (float v : g.fill_vertices) EXPECT_LT(std::abs(v), 200.0f);
}

TEST(SceneGeometry, DropsTrianglesWithBadIndices) {
  hgm::Scene scene = test::make_test_scene();
  hgm::TriangleMesh bad = scene.features[0].mesh.get();
  bad.indices.insert(bad.indices.end(), {0, 1, 99});
  scene.features[0].mesh = bad;
  const SceneGeometry g = build_scene_geometry(scene);
  EXPECT_EQ(g.dropped_triangles, 1u);
  EXPECT_EQ(g.features[0].index_count, 6u);
}

TEST(SceneGeometry, SkipsRepeatedClosingPoints) {
  hgm::Scene scene = test::make_test_scene();
  auto& ring = scene.features[0].shape[0].outer;
  ring.push_back(ring.front());
  EXPECT_EQ(build_scene_geometry(scene).segment_count(), 16u);
}

TEST(PixelMapping, AgreesWithMapTransform) {
  const hgm::Scene scene = test::make_test_scene();
  const hgm::Frame frame = test::make_test_frame(scene);
  const SceneGeometry g = build_scene_geometry(scene);
  const PixelMapping m = pixel_mapping(frame.transform, g.origin);
  for (const hgm::Vec2 p : scene.features[2].mesh.get().vertices) {
    const hgm::Vec2 expected = frame.transform.to_pixel(p);
    const double x = (p.x - g.origin.x) * m.scale_x + m.offset_x;
    const double y = (p.y - g.origin.y) * m.scale_y + m.offset_y;
    EXPECT_NEAR(x, expected.x, 1e-6);
    EXPECT_NEAR(y, expected.y, 1e-6);
  }
  EXPECT_NEAR(frame.transform.to_pixel(scene.features[0].shape[0].outer[0]).x, 80, 1e-9);
}

}  // namespace
}  // namespace hgm::render
