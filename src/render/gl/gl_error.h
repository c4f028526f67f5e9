#pragma once
// Turning GL error state into exceptions, for use after set-up steps and in tests.
#include <glad/gl.h>

namespace hgm::render::gl {

// Throws GlError ("<where>: GL_INVALID_OPERATION ...") if glGetError reports anything;
// drains the whole error queue first so the next check starts clean.
void throw_on_gl_error(const char* where);

}  // namespace hgm::render::gl
