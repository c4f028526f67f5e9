#include "core/layout/text_size.h"

namespace hgm {

const std::vector<TextSize>& all_text_sizes() {
  static const std::vector<TextSize> sizes{TextSize::laptop, TextSize::projector, TextSize::large_hall};
  return sizes;
}

const char* text_size_id(TextSize size) {
  switch (size) {
    case TextSize::laptop: return "laptop";
    case TextSize::projector: return "projector";
    case TextSize::large_hall: return "large-hall";
  }
  return "laptop";
}

std::optional<TextSize> parse_text_size(std::string_view id) {
  for (const TextSize size : all_text_sizes())
    if (id == text_size_id(size)) return size;
  return std::nullopt;
}

// A projector at 1280×720 must show no text under 20 px (1/36 of the height), what a room
// reads from ten metres; a large hall reads from further.
TextScale text_scale(TextSize size) {
  switch (size) {
    case TextSize::laptop: return {1.0, 0.0};
    case TextSize::projector: return {1.35, 1.0 / 36};
    case TextSize::large_hall: return {1.7, 1.0 / 30};
  }
  return {};
}

}  // namespace hgm
