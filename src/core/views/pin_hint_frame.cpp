#include "core/views/pin_hint_frame.h"

#include <algorithm>

#include "core/layout/layout_metrics.h"
#include "core/layout/wrap_text.h"
#include "core/text/i18n.h"

namespace hgm {

namespace {

constexpr double kSide = 16;     // least room left and right of the line, pixels
constexpr double kLeastPx = 12;  // a narrow window shrinks the line no further

}  // namespace

Frame layout_pin_hint_frame(const MapSpec& spec, int width, int height, const TextMeasurer& measurer) {
  Frame frame;
  frame.width = width;
  frame.height = height;
  frame.background = layout::kWhite;
  const std::string words = tr(spec.lang, Msg::view_profile_pin_hint);
  double size = std::max(16.0, height / 40.0) * text_scale(spec.layout.text_size).factor;
  // Shrunk to the room when the line would not fit (text width grows with the size), and
  // wrapped into centred lines when even the least size does not fit (the room beside the map).
  const double room = width - 2 * kSide;
  const double wide = measurer.text_width(words, size);
  if (wide > room && wide > 0) size = std::max(kLeastPx, size * room / wide);
  const std::vector<std::string> lines = wrap_text(words, size, room, measurer);
  const double line_h = layout::line_height(measurer, size);
  double y = height / 2.0 - line_h * static_cast<double>(lines.size() - 1) / 2;
  for (const std::string& line : lines) {
    FrameText hint;
    hint.utf8 = line;
    hint.color = layout::kMutedInk;
    hint.size_px = size;
    hint.x = std::max(kSide, (width - measurer.text_width(line, size)) / 2);
    hint.y = y;
    frame.texts.push_back(hint);
    y += line_h;
  }
  return frame;
}

}  // namespace hgm
