#pragma once
// GLSL sources from shaders/, embedded at build time (see embed_shaders.cmake).
#include <string_view>

namespace hgm::render::gl {

// The text of shaders/<file_name>; throws GlError if no such file was embedded.
std::string_view embedded_shader(std::string_view file_name);

}  // namespace hgm::render::gl
