#pragma once
// The map's text size presets: one choice that scales every text of the frame together.
#include <optional>
#include <string_view>
#include <vector>

namespace hgm {

// How large the map's text is, for where it is read. `laptop` is the export's look (a
// laptop at arm's length); the others are for a projected map read across a room.
enum class TextSize { laptop, projector, large_hall };
const std::vector<TextSize>& all_text_sizes();
const char* text_size_id(TextSize size);  // "laptop", "projector", "large-hall"
std::optional<TextSize> parse_text_size(std::string_view id);
struct TextScale {
  double factor = 1;            // times the laptop (export) sizes
  double min_height_share = 0;  // no text smaller than this share of the frame's height
};
TextScale text_scale(TextSize size);

}  // namespace hgm
