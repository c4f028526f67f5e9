// Shader files are embedded at build time and their #include lines resolved; no GL needed.
#include <gtest/gtest.h>

#include "render/errors.h"
#include "render/gl/program.h"
#include "render/gl/shader_sources.h"

namespace hgm::render::gl {
namespace {

TEST(ShaderSources, EveryProgramFileIsEmbeddedWithItsVersionFirst) {
  for (const char* name : {"fill.vert", "fill.frag", "outline.vert", "outline_coverage.frag", "fullscreen.vert",
                           "outline_composite.frag", "rect.vert", "rect.frag", "text.vert", "text.frag",
                           "segment.vert", "segment_coverage.frag", "edge_area.vert", "edge_area.frag", "tile.vert",
                           "coverage_clear.frag", "coverage_composite.frag"}) {
    const std::string source = expand_includes(name);
    EXPECT_EQ(source.rfind("#version 330 core\n", 0), 0u) << name;
    EXPECT_EQ(source.find("#include"), std::string::npos) << name;
  }
}

TEST(ShaderSources, IncludesAreInlinedWithLineDirectives) {
  const std::string source = expand_includes("fill.frag");
  EXPECT_NE(source.find("vec4 area_color(vec2 p)"), std::string::npos);
  EXPECT_NE(source.find("vec2 frag_pixel()"), std::string::npos);
  EXPECT_NE(source.find("#line 1\n"), std::string::npos);
}

TEST(ShaderSources, UnknownNameThrows) { EXPECT_THROW(embedded_shader("missing.frag"), GlError); }

}  // namespace
}  // namespace hgm::render::gl
