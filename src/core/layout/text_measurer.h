#pragma once
#include <string_view>

namespace hgm {

// Layout needs text sizes; the font lives in the renderer, so the core asks through this.
class TextMeasurer {
 public:
  virtual ~TextMeasurer() = default;
  // Width in pixels of UTF-8 text at the given pixel size.
  virtual double text_width(std::string_view utf8, double size_px) const = 0;
  // Distance from the baseline to the top of capitals/accents and to the lowest descender.
  virtual double ascent(double size_px) const = 0;
  virtual double descent(double size_px) const = 0;
};

}  // namespace hgm
