#include "render/svg/text_paths.h"

#include "render/svg/svg_format.h"

namespace hgm::render::svg {

std::string text_path_data(const Font& font, const hgm::FrameText& text) {
  std::string d;
  auto point = [&](const OutlineStep::Point& p, double x0) { return num(x0 + p.x) + " " + num(text.y + p.y); };
  for (const PlacedGlyph& placed : font.layout(text.utf8, text.size_px)) {
    const double x0 = text.x + placed.x;
    bool open = false;
    for (const OutlineStep& step : font.outline(placed.glyph, text.size_px)) {
      switch (step.kind) {
        case OutlineStep::Kind::move:
          d += (open ? "Z" : "") + std::string("M") + point(step.p[0], x0);
          open = true;
          break;
        case OutlineStep::Kind::line: d += "L" + point(step.p[0], x0); break;
        case OutlineStep::Kind::quadratic: d += "Q" + point(step.p[0], x0) + " " + point(step.p[1], x0); break;
        case OutlineStep::Kind::cubic:
          d += "C" + point(step.p[0], x0) + " " + point(step.p[1], x0) + " " + point(step.p[2], x0);
          break;
      }
    }
    if (open) d += "Z";
  }
  return d;
}

}  // namespace hgm::render::svg
