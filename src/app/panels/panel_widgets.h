#pragma once
// Small pieces the panels share: headings, muted and warning text, a hover help marker,
// status marks drawn as shapes (the interface font has no ✓ or ✗) and colour swatches.
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstring>
#include <string>
#include <vector>

#include "app/platform/imgui_layer.h"
#include "core/thematic/color.h"

struct ImDrawList;
struct ImVec2;

namespace hgm::app {

void section_heading(const std::string& text, const UiFonts& fonts);
// Grey text wrapped at spaces (hints, notes) to the available width, or `width` if > 0.
void muted_text(const std::string& text, const UiFonts& fonts, bool small = true, float width = 0);
// Dark red text wrapped at spaces (an invalid entry, a licence warning).
void warning_text(const std::string& text);
// A tooltip with `text` wrapped at spaces while the last item is hovered.
void item_tooltip(const std::string& text);
// A small "?" that explains `text` when hovered, on the current line.
void help_marker(const std::string& text);

// `text` into a text field's buffer, cut to fit; the buffer always ends the text with '\0'.
template <std::size_t N>
void copy_into(std::array<char, N>& buffer, const std::string& text) {
  const std::size_t n = std::min(text.size(), N - 1);
  std::memcpy(buffer.data(), text.data(), n);
  buffer[n] = '\0';
}

enum class Mark { pass, fail, warn };
// The mark's usual colour (green, red, amber) as an ImU32; warning text is in the fail red.
unsigned int mark_colour(Mark mark);
// A check (pass), a cross (fail) or an exclamation mark (warn) in a `size`-wide square at `at`.
void draw_mark(ImDrawList* draw, const ImVec2& at, float size, Mark mark, unsigned int colour);
// The mark as an item on the current line, in its usual colour.
void mark_item(Mark mark);

// Colours side by side in a `width` x `height` strip at `at`, with a thin border.
void draw_swatch(ImDrawList* draw, const ImVec2& at, float width, float height, const std::vector<Color>& colors);

}  // namespace hgm::app
