#include "render/gl/program.h"

#include "render/errors.h"
#include "render/gl/shader_sources.h"

namespace hgm::render::gl {

namespace {

class Shader {
 public:
  explicit Shader(GLenum type) : id_(glCreateShader(type)) {}
  ~Shader() {
    if (id_ != 0) glDeleteShader(id_);
  }
  Shader(const Shader&) = delete;
  Shader& operator=(const Shader&) = delete;
  GLuint id() const { return id_; }

 private:
  GLuint id_;
};

// The info log of a shader (glGetShaderiv, glGetShaderInfoLog) or a program
// (glGetProgramiv, glGetProgramInfoLog): both pairs have the same signatures.
std::string info_log(GLuint object, PFNGLGETSHADERIVPROC get_iv, PFNGLGETSHADERINFOLOGPROC get_log) {
  GLint length = 0;
  get_iv(object, GL_INFO_LOG_LENGTH, &length);
  std::string log(static_cast<std::size_t>(length > 0 ? length : 1), '\0');
  get_log(object, static_cast<GLsizei>(log.size()), nullptr, log.data());
  log.resize(log.find('\0') == std::string::npos ? log.size() : log.find('\0'));
  return log;
}

std::string shader_log(GLuint shader) { return info_log(shader, glGetShaderiv, glGetShaderInfoLog); }
std::string program_log(GLuint program) { return info_log(program, glGetProgramiv, glGetProgramInfoLog); }

void compile(const Shader& shader, std::string_view file_name) {
  const std::string source = expand_includes(file_name);
  const char* text = source.c_str();
  glShaderSource(shader.id(), 1, &text, nullptr);
  glCompileShader(shader.id());
  GLint ok = GL_FALSE;
  glGetShaderiv(shader.id(), GL_COMPILE_STATUS, &ok);
  if (ok != GL_TRUE) {
    throw GlError("shader shaders/" + std::string(file_name) + " does not compile:\n" + shader_log(shader.id()));
  }
}

}  // namespace

std::string expand_includes(std::string_view file_name) {
  const std::string_view source = embedded_shader(file_name);
  std::string out;
  int line_number = 0;
  std::size_t pos = 0;
  while (pos < source.size()) {
    std::size_t end = source.find('\n', pos);
    if (end == std::string_view::npos) end = source.size();
    const std::string_view line = source.substr(pos, end - pos);
    ++line_number;
    constexpr std::string_view kInclude = "#include \"";
    if (line.substr(0, kInclude.size()) == kInclude) {
      const std::size_t close = line.find('"', kInclude.size());
      if (close == std::string_view::npos) {
        throw GlError("shaders/" + std::string(file_name) + ":" + std::to_string(line_number) + ": malformed #include");
      }
      const std::string_view included = line.substr(kInclude.size(), close - kInclude.size());
      out += "#line 1\n";
      out += embedded_shader(included);
      if (!out.empty() && out.back() != '\n') out += '\n';
      out += "#line " + std::to_string(line_number + 1) + "\n";
    } else {
      out += line;
      out += '\n';
    }
    pos = end + 1;
  }
  return out;
}

Program::Program(std::string_view vertex_file, std::string_view fragment_file)
    : name_(std::string(vertex_file) + " + " + std::string(fragment_file)) {
  Shader vertex(GL_VERTEX_SHADER);
  Shader fragment(GL_FRAGMENT_SHADER);
  compile(vertex, vertex_file);
  compile(fragment, fragment_file);
  glAttachShader(id(), vertex.id());
  glAttachShader(id(), fragment.id());
  glLinkProgram(id());
  glDetachShader(id(), vertex.id());
  glDetachShader(id(), fragment.id());
  GLint ok = GL_FALSE;
  glGetProgramiv(id(), GL_LINK_STATUS, &ok);
  if (ok != GL_TRUE) throw GlError("program " + name_ + " does not link:\n" + program_log(id()));
}

GLint Program::uniform(const char* name) const {
  const GLint location = glGetUniformLocation(id(), name);
  if (location < 0) throw GlError("program " + name_ + " has no active uniform '" + name + "'");
  return location;
}

}  // namespace hgm::render::gl
