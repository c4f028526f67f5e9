#include "render/svg/svg_format.h"

#include <charconv>
#include <cmath>

#include "render/frame_shapes.h"

namespace hgm::render::svg {

std::string num(double v) {
  if (!std::isfinite(v)) return "0";
  const double rounded = std::round(v * 100) / 100;
  if (rounded == 0) return "0";  // no "-0"
  char buffer[64];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, rounded, std::chars_format::fixed, 2);
  std::string text(buffer, result.ptr);
  text.erase(text.find_last_not_of('0') + 1);
  if (text.back() == '.') text.pop_back();
  return text;
}

std::string opacity(std::uint8_t alpha) {
  char buffer[16];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, std::round(alpha / 255.0 * 1000) / 1000,
                                    std::chars_format::fixed, 3);
  std::string text(buffer, result.ptr);
  text.erase(text.find_last_not_of('0') + 1);
  if (text.back() == '.') text.pop_back();
  return text;
}

std::string attr(const char* name, const std::string& value) { return std::string(" ") + name + "=\"" + value + "\""; }

std::string fill_paint(hgm::Color c) {
  if (c.a == 0) return attr("fill", "none");
  return attr("fill", hgm::to_hex(c)) + (c.a < 255 ? attr("fill-opacity", opacity(c.a)) : "");
}

std::string stroke_paint(hgm::Color c, double width) {
  return attr("stroke", hgm::to_hex(c)) + attr("stroke-width", num(width)) +
         (c.a < 255 ? attr("stroke-opacity", opacity(c.a)) : "");
}

void PathData::add(const std::vector<hgm::Vec2>& points, bool close) {
  std::string piece;
  std::string last;
  int count = 0;
  for (const hgm::Vec2 p : points) {
    if (!std::isfinite(p.x) || !std::isfinite(p.y)) continue;
    const std::string xy = num(p.x) + " " + num(p.y);
    if (xy == last) continue;
    piece += (count == 0 ? "M" : "L") + xy;
    last = xy;
    ++count;
  }
  if (count < 2) return;
  data_ += piece;
  if (close) data_ += "Z";
}

void PathData::add_shape(const hgm::MultiPolygon& shape, const hgm::MapTransform& transform) {
  for (const hgm::Ring& ring : pixel_rings(shape, transform)) add(ring, true);
}

std::string FeatureIds::next(const std::string& code, std::size_t index) {
  std::string id = "district-";
  if (code.empty()) {
    id += std::to_string(index + 1);
  } else {
    for (const char c : code) {
      const bool plain =
          (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
      id += plain ? c : '_';
    }
  }
  std::string unique = id;
  for (int n = 2; !used_.insert(unique).second; ++n) unique = id + "-" + std::to_string(n);
  return unique;
}

}  // namespace hgm::render::svg
