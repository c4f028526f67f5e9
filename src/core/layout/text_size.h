#pragma once
// The map's text size presets: one choice that scales every text of the frame together.
#include <vector>

namespace hgm {

// How large the map's text is, for where it is read. `standard` is the export's look (a
// laptop at arm's length); the others are for a projected map read across a room.
enum class TextSize { standard, projector, large_hall };
const std::vector<TextSize>& all_text_sizes();
const char* text_size_id(TextSize size);  // "standard", "projector", "large-hall"
struct TextScale {
  double factor = 1;            // times the standard sizes
  double min_height_share = 0;  // no text smaller than this share of the frame's height
};
TextScale text_scale(TextSize size);

}  // namespace hgm
