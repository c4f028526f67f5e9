#include "render/svg/svg_writer.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <map>
#include <set>
#include <vector>

#include "render/atomic_file.h"
#include "render/frame_shapes.h"
#include "render/scene_geometry.h"
#include "render/svg/xml_text.h"

namespace hgm::render {

namespace {

// A pixel value rounded to 0.01, without trailing zeros ("12.5", "-3", "0").
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

// fill="#rrggbb" and, below full alpha, fill-opacity.
std::string fill_paint(hgm::Color c) {
  if (c.a == 0) return attr("fill", "none");
  return attr("fill", hgm::to_hex(c)) + (c.a < 255 ? attr("fill-opacity", opacity(c.a)) : "");
}

std::string stroke_paint(hgm::Color c, double width) {
  return attr("stroke", hgm::to_hex(c)) + attr("stroke-width", num(width)) +
         (c.a < 255 ? attr("stroke-opacity", opacity(c.a)) : "");
}

// Path data for rings or polylines in pixels: "M x y L x y ... Z". Points equal after
// rounding are written once; pieces with fewer than two points are left out.
class PathData {
 public:
  void add(const std::vector<hgm::Vec2>& points, bool close) {
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
  bool empty() const { return data_.empty(); }
  const std::string& str() const { return data_; }

 private:
  std::string data_;
};

void add_shape(PathData& d, const hgm::MultiPolygon& shape, const hgm::MapTransform& t) {
  std::vector<hgm::Vec2> pixels;
  auto add_ring = [&](const hgm::Ring& ring) {
    pixels.clear();
    for (const hgm::Vec2& p : ring) pixels.push_back(t.to_pixel(p));
    d.add(pixels, true);
  };
  for (const hgm::Polygon& polygon : shape) {
    add_ring(polygon.outer);
    for (const hgm::Ring& hole : polygon.holes) add_ring(hole);
  }
}

// Feature ids: "district-<code>" with characters outside [A-Za-z0-9._-] replaced, unique.
class FeatureIds {
 public:
  std::string next(const std::string& code, std::size_t index) {
    std::string id = "district-";
    if (code.empty()) {
      id += std::to_string(index + 1);
    } else {
      for (const char c : code) {
        const bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' ||
                           c == '_' || c == '-';
        id += plain ? c : '_';
      }
    }
    std::string unique = id;
    for (int n = 2; !used_.insert(unique).second; ++n) unique = id + "-" + std::to_string(n);
    return unique;
  }

 private:
  std::set<std::string> used_;
};

// The document being written: <defs> (clip path, patterns) and the drawing.
class SvgDocument {
 public:
  SvgDocument(const hgm::Frame& frame, const SvgOptions& options) : frame_(frame), options_(options) {}

  std::string write() {
    draw_background();
    draw_map();
    draw_rects();
    draw_polygons();
    draw_lines();
    draw_texts();
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    const std::string w = std::to_string(std::max(frame_.width, 0)), h = std::to_string(std::max(frame_.height, 0));
    out += "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"" + attr("width", w) + attr("height", h) +
           attr("viewBox", "0 0 " + w + " " + h) + ">\n";
    if (frame_.scene != nullptr && !frame_.scene->title.empty()) {
      out += "<title>" + xml_escape(frame_.scene->title) + "</title>\n";
    }
    if (!defs_.empty()) out += "<defs>\n" + defs_ + "</defs>\n";
    out += body_;
    out += "</svg>\n";
    return out;
  }

 private:
  // Paint for an area style: a colour, or a pattern laid out like shaders/pattern.glsl
  // (lines across 45 degrees through `anchor`, spacing and width from the frame).
  std::string area_paint(const hgm::AreaStyle& style, hgm::Vec2 anchor) {
    const PatternLines lines = pattern_lines(frame_);
    if (style.fill.a == 0) return attr("fill", "none");
    if (style.pattern == hgm::FillPattern::solid || lines.width == 0 || style.pattern_color.a == 0) {
      return fill_paint(style.fill);
    }
    const std::string spacing = num(lines.spacing);
    const bool crosshatch = style.pattern == hgm::FillPattern::no_data;
    const std::string transform =
        (num(anchor.x) == "0" && num(anchor.y) == "0" ? "" : "translate(" + num(anchor.x) + " " + num(anchor.y) + ") ") +
        "rotate(45)";
    hgm::Color opaque_fill = style.fill;
    opaque_fill.a = 255;
    const std::string key = std::string(crosshatch ? "x" : "/") + hgm::to_hex(opaque_fill) +
                            hgm::to_hex(style.pattern_color) + opacity(style.pattern_color.a) + transform;
    auto [it, added] = patterns_.try_emplace(key, "pattern-" + std::to_string(patterns_.size() + 1));
    if (added) {
      // Rotated by 45 degrees, the tile's vertical line is a "/" line and its horizontal
      // one a "\" line. The tile starts half a spacing early so the lines run through
      // its middle (no seams at tile edges) and still through the anchor.
      const std::string half = num(lines.spacing / 2);
      std::string d = "M" + half + " 0V" + spacing;
      if (crosshatch) d += "M0 " + half + "H" + spacing;
      defs_ += "  <pattern" + attr("id", it->second) + attr("patternUnits", "userSpaceOnUse") + attr("x", "-" + half) +
               attr("y", "-" + half) + attr("width", spacing) + attr("height", spacing) +
               attr("patternTransform", transform) + ">\n";
      defs_ += "    <rect" + attr("width", spacing) + attr("height", spacing) + fill_paint(opaque_fill) + "/>\n";
      defs_ += "    <path" + attr("d", d) + attr("fill", "none") + stroke_paint(style.pattern_color, lines.width) + "/>\n";
      defs_ += "  </pattern>\n";
    }
    return attr("fill", "url(#" + it->second + ")") + (style.fill.a < 255 ? attr("fill-opacity", opacity(style.fill.a)) : "");
  }

  void draw_background() {
    if (frame_.background.a == 0) return;
    body_ += "<rect" + attr("id", "background") + attr("width", std::to_string(frame_.width)) +
             attr("height", std::to_string(frame_.height)) + fill_paint(frame_.background) + "/>\n";
  }

  void draw_map() {
    if (frame_.scene == nullptr || frame_.scene->features.empty()) return;
    const PixelBox box = map_viewport_box(frame_);
    if (box.empty()) return;
    defs_ += "  <clipPath" + attr("id", "map-viewport") + "><rect" + attr("x", std::to_string(box.left)) +
             attr("y", std::to_string(box.top)) + attr("width", std::to_string(box.width())) +
             attr("height", std::to_string(box.height())) + "/></clipPath>\n";
    body_ += "<g" + attr("id", "map") + attr("clip-path", "url(#map-viewport)") + ">\n";
    const hgm::Scene& scene = *frame_.scene;
    const hgm::Vec2 anchor = pattern_anchor(pixel_mapping(frame_.transform, scene_origin(scene)), frame_);
    FeatureIds ids;
    PathData outlines;
    for (std::size_t i = 0; i < scene.features.size(); ++i) {
      const hgm::MapFeature& feature = scene.features[i];
      const std::string id = ids.next(feature.code, i);
      PathData d;
      add_shape(d, feature.shape, frame_.transform);
      if (d.empty()) continue;
      add_shape(outlines, feature.shape, frame_.transform);
      const std::string& label = feature.label.empty() ? feature.code : feature.label;
      body_ += "  <path" + attr("id", id) + area_paint(feature.style, anchor) + attr("fill-rule", "evenodd") +
               attr("d", d.str()) + ">";
      body_ += label.empty() ? "" : "<title>" + xml_escape(label) + "</title>";
      body_ += "</path>\n";
    }
    // One path for every outline: shared borders drawn twice look like borders drawn
    // once, as the OpenGL outlines merged by maximum do.
    if (!outlines.empty() && frame_.outline_width_px > 0 && frame_.outline.a > 0) {
      body_ += "  <path" + attr("id", "map-outlines") + attr("fill", "none") +
               stroke_paint(frame_.outline, frame_.outline_width_px) + attr("stroke-linejoin", "round") +
               attr("d", outlines.str()) + "/>\n";
    }
    body_ += "</g>\n";
  }

  void draw_rects() {
    std::string group;
    for (const hgm::FrameRect& r : frame_.rects) {
      if (!rect_is_visible(r)) continue;
      const bool stroked = rect_is_stroked(r);
      group += "  <rect" + attr("x", num(r.rect.x)) + attr("y", num(r.rect.y)) + attr("width", num(r.rect.w)) +
               attr("height", num(r.rect.h)) + area_paint(r.style, {});
      if (stroked) group += stroke_paint(r.stroke, r.stroke_width) + attr("stroke-linejoin", "round");
      group += "/>\n";
    }
    if (!group.empty()) body_ += "<g" + attr("id", "rects") + ">\n" + group + "</g>\n";
  }

  void draw_polygons() {
    std::string group;
    // Plain polygons first, then anti-aliased ones, as hgm::FramePolygon documents.
    std::vector<const hgm::FramePolygon*> ordered;
    for (const bool antialias : {false, true})
      for (const hgm::FramePolygon& polygon : frame_.polygons)
        if (polygon.antialias == antialias) ordered.push_back(&polygon);
    for (const hgm::FramePolygon* p : ordered) {
      const hgm::FramePolygon& polygon = *p;
      PathData d;
      for (const hgm::Ring& ring : boundary_rings(polygon_triangles(polygon))) d.add(ring, true);
      if (d.empty()) continue;
      group += "  <path" + fill_paint(polygon.fill) + attr("fill-rule", "evenodd") + attr("d", d.str()) + "/>\n";
    }
    if (!group.empty()) body_ += "<g" + attr("id", "polygons") + ">\n" + group + "</g>\n";
  }

  // Consecutive lines of one colour and width share a path: a stroke paints the union of
  // its pieces once, so where they overlap (neighbouring outlines in an inset map) they do
  // not darken, as lines of one colour merged by maximum in the OpenGL renderer do not.
  void draw_lines() {
    std::string group;
    PathData d;
    std::string paint;
    auto flush = [&] {
      if (!d.empty()) group += "  <path" + paint + attr("d", d.str()) + "/>\n";
      d = PathData();
    };
    for (const hgm::FrameLine& line : frame_.lines) {
      if (!line_is_visible(line)) continue;
      const std::string line_paint = stroke_paint(line.color, line.width);
      if (line_paint != paint) flush();
      paint = line_paint;
      const std::vector<hgm::Vec2> points = line_points(line);
      d.add(points, line.closed && points.size() > 2);
    }
    flush();
    if (!group.empty()) {
      body_ += "<g" + attr("id", "lines") + attr("fill", "none") + attr("stroke-linecap", "round") +
               attr("stroke-linejoin", "round") + ">\n" + group + "</g>\n";
    }
  }

  void draw_texts() {
    std::string group;
    for (const hgm::FrameText& text : frame_.texts) {
      if (!text_is_visible(text)) continue;
      const std::string place = attr("x", num(text.x)) + attr("y", num(text.y)) + attr("font-size", num(text.size_px));
      const std::string content = xml_escape(text.utf8);
      if (const double halo_px = text_halo_px(text); halo_px > 0) {
        // The halo: the glyphs filled and stroked in the halo colour, as one layer.
        const std::string hex = hgm::to_hex(text.halo);
        group += "  <text" + place + attr("fill", hex) + attr("stroke", hex) + attr("stroke-width", num(2 * halo_px)) +
                 attr("stroke-linejoin", "round") + (text.halo.a < 255 ? attr("opacity", opacity(text.halo.a)) : "") +
                 ">" + content + "</text>\n";
      }
      if (text.color.a > 0) group += "  <text" + place + fill_paint(text.color) + ">" + content + "</text>\n";
    }
    if (!group.empty()) {
      body_ += "<g" + attr("id", "texts") + attr("font-family", xml_escape(options_.font_family)) +
               attr("xml:space", "preserve") + ">\n" + group + "</g>\n";
    }
  }

  const hgm::Frame& frame_;
  const SvgOptions& options_;
  std::string defs_, body_;
  std::map<std::string, std::string> patterns_;  // look -> id
};

}  // namespace

std::string frame_to_svg(const hgm::Frame& frame, const SvgOptions& options) {
  return SvgDocument(frame, options).write();
}

void write_svg(const std::filesystem::path& path, const hgm::Frame& frame, const SvgOptions& options) {
  const std::string svg = frame_to_svg(frame, options);
  AtomicFile file(path, "SVG");
  if (std::fwrite(svg.data(), 1, svg.size(), file.file()) != svg.size()) file.fail_system(errno);
  file.commit();
}

}  // namespace hgm::render
