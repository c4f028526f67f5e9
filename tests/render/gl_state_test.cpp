// MapRenderer::draw must leave the context as it found it: ImGui draws right after it in
// the window and relies on its own state.
#include <glad/gl.h>
#include <gtest/gtest.h>

#include "render/text/font.h"
#include "render/gl/headless_context.h"
#include "render/map_renderer.h"
#include "render/gl/offscreen_target.h"
#include "test_scene.h"

namespace hgm::render {
namespace {

TEST(MapRendererState, LeavesGlStateAsFound) {
  HeadlessContext context;
  const Font font = Font::regular();
  OffscreenTarget target(400, 200, 4);
  MapRenderer renderer(font);
  const hgm::Scene scene = test::make_test_scene();
  hgm::Frame frame = test::make_test_frame(scene, 400, 200);
  frame.transform.scale = 1;  // A covers pixels 40..140 x 50..150
  frame.transform.origin_x = 200;
  frame.transform.origin_y = 100;
  frame.rects.push_back({{10, 10, 50, 20}, {test::kSolidFill, hgm::FillPattern::hatch, test::kBlack}, test::kBlack, 1});
  frame.texts.push_back({"Bắc Mê", 20, 150, 20, test::kBlack, test::kWhite, 2});
  hgm::FramePolygon arrow;  // the polygon and line passes switch blend equations and framebuffers
  arrow.mesh.vertices = {{300, 20}, {320, 80}, {280, 80}};
  arrow.mesh.indices = {0, 1, 2};
  arrow.fill = test::kBlack;
  frame.polygons.push_back(arrow);
  frame.lines.push_back({{{250, 150}, {390, 190}}, 3, {200, 0, 0, 255}, false});

  target.bind();
  GLuint vao = 0, buffer = 0;
  glGenVertexArrays(1, &vao);
  glGenBuffers(1, &buffer);
  glBindVertexArray(vao);
  glBindBuffer(GL_ARRAY_BUFFER, buffer);
  glEnable(GL_BLEND);
  glBlendFuncSeparate(GL_DST_COLOR, GL_ZERO, GL_ONE, GL_ZERO);
  glBlendEquation(GL_FUNC_REVERSE_SUBTRACT);
  glEnable(GL_SCISSOR_TEST);
  glScissor(1, 2, 3, 4);
  glViewport(5, 6, 7, 8);
  glClearColor(0.25f, 0.5f, 0.75f, 1.0f);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 8);
  GLint draw_fbo_before = 0;
  glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &draw_fbo_before);

  renderer.draw(frame);

  GLint value = 0;
  glGetIntegerv(GL_VERTEX_ARRAY_BINDING, &value);
  EXPECT_EQ(static_cast<GLuint>(value), vao);
  glGetIntegerv(GL_ARRAY_BUFFER_BINDING, &value);
  EXPECT_EQ(static_cast<GLuint>(value), buffer);
  glGetIntegerv(GL_CURRENT_PROGRAM, &value);
  EXPECT_EQ(value, 0);
  glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &value);
  EXPECT_EQ(value, draw_fbo_before);
  EXPECT_TRUE(glIsEnabled(GL_BLEND));
  EXPECT_TRUE(glIsEnabled(GL_SCISSOR_TEST));
  glGetIntegerv(GL_BLEND_SRC_RGB, &value);
  EXPECT_EQ(value, GL_DST_COLOR);
  glGetIntegerv(GL_BLEND_EQUATION_RGB, &value);
  EXPECT_EQ(value, GL_FUNC_REVERSE_SUBTRACT);
  glGetIntegerv(GL_ACTIVE_TEXTURE, &value);
  EXPECT_EQ(value, GL_TEXTURE0);
  glGetIntegerv(GL_TEXTURE_BINDING_2D, &value);
  EXPECT_EQ(value, 0);
  GLint box[4] = {};
  glGetIntegerv(GL_SCISSOR_BOX, box);
  EXPECT_EQ(box[0], 1);
  EXPECT_EQ(box[3], 4);
  glGetIntegerv(GL_VIEWPORT, box);
  EXPECT_EQ(box[0], 5);
  EXPECT_EQ(box[3], 8);
  GLfloat clear[4] = {};
  glGetFloatv(GL_COLOR_CLEAR_VALUE, clear);
  EXPECT_FLOAT_EQ(clear[2], 0.75f);
  glGetIntegerv(GL_UNPACK_ALIGNMENT, &value);
  EXPECT_EQ(value, 8);
  EXPECT_EQ(glGetError(), static_cast<GLenum>(GL_NO_ERROR));

  // And it did draw.
  glDisable(GL_SCISSOR_TEST);
  const Image image = target.read();
  EXPECT_EQ(image.pixel(90, 100), test::kSolidFill);
  EXPECT_EQ(image.pixel(300, 70), test::kBlack);
  EXPECT_EQ(image.pixel(320, 170), (hgm::Color{200, 0, 0, 255}));

  glBindVertexArray(0);
  glDeleteVertexArrays(1, &vao);
  glDeleteBuffers(1, &buffer);
}

}  // namespace
}  // namespace hgm::render
