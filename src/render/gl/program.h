#pragma once
// A linked GLSL program built from embedded shader files.
#include <string>
#include <string_view>

#include "render/gl/gl_object.h"

namespace hgm::render::gl {

struct ProgramTraits {
  static GLuint create() { return glCreateProgram(); }
  static void destroy(GLuint id) { glDeleteProgram(id); }
};

class Program : public GlObject<ProgramTraits> {
 public:
  // Compiles shaders/<vertex_file> and shaders/<fragment_file> and links them. A line
  // `#include "x.glsl"` is replaced by the embedded file x.glsl (one level, with #line
  // directives so log line numbers still point into the including file). Throws GlError
  // with the file name and the driver's compile or link log.
  Program(std::string_view vertex_file, std::string_view fragment_file);

  void use() const { glUseProgram(id()); }
  // Location of a uniform; throws GlError if the program has no such active uniform
  // (a typo would otherwise silently draw with defaults).
  GLint uniform(const char* name) const;

 private:
  std::string name_;
};

// Source with #include lines resolved against the embedded shader files.
std::string expand_includes(std::string_view file_name);

}  // namespace hgm::render::gl
