#include "core/views/pin_hint_frame.h"

#include <algorithm>

#include "core/layout/layout_metrics.h"
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
  FrameText hint;
  hint.utf8 = tr(spec.lang, Msg::view_profile_pin_hint);
  hint.color = layout::kMutedInk;
  hint.size_px = std::max(16.0, height / 40.0) * text_scale(spec.layout.text_size).factor;
  // Shrunk to the room when the line would not fit (text width grows with the size).
  const double room = width - 2 * kSide;
  const double wide = measurer.text_width(hint.utf8, hint.size_px);
  if (wide > room && wide > 0) hint.size_px = std::max(kLeastPx, hint.size_px * room / wide);
  hint.x = std::max(kSide, (width - measurer.text_width(hint.utf8, hint.size_px)) / 2);
  hint.y = height / 2.0;
  frame.texts.push_back(hint);
  return frame;
}

}  // namespace hgm
