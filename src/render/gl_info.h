#pragma once
// What OpenGL the renderer runs on (for --version output and bug reports), and loading
// the GL entry points in a window application without including any GL header.
#include <string>

namespace hgm::render {

struct GlInfo {
  std::string renderer;  // e.g. "llvmpipe (LLVM 15.0.6, 256 bits)"
  std::string version;   // e.g. "4.5 (Core Profile) Mesa 22.3.6"
  int max_texture_size = 0;
};

// Needs a current context with the GL functions loaded.
GlInfo query_gl_info();
// Whether the OpenGL draws on the CPU itself (Mesa's llvmpipe, softpipe or swrast,
// Windows' GDI Generic): no GPU, so a picture is drawn as fast by the CPU renderer the
// export uses, without compiling shaders or multisampled buffers.
bool draws_in_software(const GlInfo& info);
// One line: "<renderer>, OpenGL <version>".
std::string describe(const GlInfo& info);

// The largest width and height this context can draw into: the smallest of
// GL_MAX_RENDERBUFFER_SIZE, GL_MAX_TEXTURE_SIZE and GL_MAX_VIEWPORT_DIMS.
struct GlSizeLimit {
  int width = 0, height = 0;
};
GlSizeLimit query_gl_size_limit();
// Throws GlLimitError ("OpenGL on this machine draws at most N×M pixels …", in English
// and Vietnamese) when width×height is beyond the limit or not positive.
void require_within_gl_limits(int width, int height);

// Waits until OpenGL has done all the drawing asked of it so far (glFinish), so a frame
// can be timed to its end.
void wait_for_gl();

// Loads the OpenGL 3.3 core functions the renderer uses, resolving names with `loader`
// (e.g. SDL_GL_GetProcAddress) for the context current on this thread. Throws
// hgm::EnvironmentError if the context does not provide OpenGL 3.3 core.
using GlProcLoader = void* (*)(const char* name);
void load_gl_functions(GlProcLoader loader);

}  // namespace hgm::render
