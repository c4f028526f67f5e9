#pragma once
// Word wrap for interface text that breaks only at spaces. ImGui's own wrapping also
// breaks after commas and full stops, which splits Vietnamese numbers ("15,8%" becomes
// "15," and "8%"); a figure must never be cut in two.
#include <string>
#include <string_view>
#include <vector>

struct ImFont;

namespace hgm::app {

// Lines of `text` no wider than `width` pixels in the current ImGui font (a single word
// wider than that gets a line of its own).
std::vector<std::string> wrap_at_spaces(std::string_view text, float width);

// Draws `text` wrapped at spaces to the available width (or `width` if > 0).
void text_wrapped_at_spaces(std::string_view text, float width = 0);

}  // namespace hgm::app
