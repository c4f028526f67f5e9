#pragma once
// Greedy word wrap, measured with the injected font: used by the frame layout, the
// legend and the window's panels.
#include <string>
#include <vector>

#include "core/layout/text_measurer.h"

namespace hgm {

// Splits `text` at spaces into lines no wider than `max_width` pixels (a single word
// wider than that keeps its own line); repeated spaces make no empty words.
std::vector<std::string> wrap_text(const std::string& text, double size_px, double max_width,
                                   const TextMeasurer& measurer);

}  // namespace hgm
