#pragma once
// Frames and checks shared by the SVG tests: a tiny two-district frame with one item of
// every furniture kind, and a small XML well-formedness check.
#include <gtest/gtest.h>

#include <string>

#include "core/layout/frame.h"
#include "core/layout/scene.h"

namespace hgm::render::test {

// Two districts in map units (the second with a hole and hatched), drawn at 5 px per unit,
// and one rectangle, polygon, line and text.
hgm::Scene tiny_scene();
hgm::Frame tiny_frame(const hgm::Scene& scene);

// A small well-formedness check: one root, tags nested and closed in order, attribute
// values quoted, and no bare '<' or '&' in text or values. xmllint checks fully.
::testing::AssertionResult well_formed(const std::string& xml);

}  // namespace hgm::render::test
