#include "render/svg/svg_backend.h"

#include <algorithm>

#include "render/scene_geometry.h"
#include "render/svg/font_subset.h"
#include "render/svg/svg_format.h"
#include "render/svg/text_paths.h"
#include "render/svg/xml_text.h"

namespace hgm::render {

using svg::add_characters;
using svg::attr;
using svg::base64;
using svg::CharactersByFace;
using svg::embedded_family;
using svg::EmbeddedFont;
using svg::subset_fonts;
using svg::text_path_data;
using svg::fill_paint;
using svg::num;
using svg::opacity;
using svg::stroke_paint;

void SvgBackend::begin(const hgm::Frame& frame) {
  frame_ = &frame;
  defs_.clear();
  body_.clear();
  document_.clear();
  group_tag_.clear();
  group_.clear();
  patterns_.clear();
  embedded_.clear();
}

void SvgBackend::background(hgm::Color color) {
  if (color.a == 0) return;
  close_group();
  body_ += "<rect" + attr("id", "background") + attr("width", std::to_string(frame_->width)) +
           attr("height", std::to_string(frame_->height)) + fill_paint(color) + "/>\n";
}

void SvgBackend::map(const MapLayer& map) {
  close_group();
  const PixelBox& box = map.clip;
  // A panel map's ids carry its number, so the ids of a small-multiples SVG stay unique.
  const std::string suffix = map.panel == 0 ? "" : "-" + std::to_string(map.panel);
  defs_ += "  <clipPath" + attr("id", "map-viewport" + suffix) + "><rect" + attr("x", std::to_string(box.left)) +
           attr("y", std::to_string(box.top)) + attr("width", std::to_string(box.width())) +
           attr("height", std::to_string(box.height())) + "/></clipPath>\n";
  body_ += "<g" + attr("id", "map" + suffix) + attr("clip-path", "url(#map-viewport" + suffix + ")") + ">\n";
  const hgm::Scene& scene = *map.scene;
  const hgm::Vec2 anchor = pattern_anchor(pixel_mapping(*map.transform, scene_origin(scene)), *frame_);
  svg::FeatureIds ids;
  svg::PathData outlines;
  for (std::size_t i = 0; i < scene.features.size(); ++i) {
    const hgm::MapFeature& feature = scene.features[i];
    const std::string id = ids.next(feature.code, i) + suffix;
    svg::PathData d;
    d.add_shape(feature.shape, *map.transform);
    if (d.empty()) continue;
    outlines.add_shape(feature.shape, *map.transform);
    const std::string& label = feature.label.empty() ? feature.code : feature.label;
    body_ += "  <path" + attr("id", id) + area_paint(feature.style, anchor) + attr("fill-rule", "evenodd") +
             attr("d", d.str()) + ">";
    body_ += label.empty() ? "" : "<title>" + xml_escape(label) + "</title>";
    body_ += "</path>\n";
  }
  // One path for every outline: shared borders drawn twice look like borders drawn
  // once, as the OpenGL outlines merged by maximum do.
  if (!outlines.empty() && map.outlined) {
    body_ += "  <path" + attr("id", "map-outlines" + suffix) + attr("fill", "none") +
             stroke_paint(frame_->outline, frame_->outline_width_px) + attr("stroke-linejoin", "round") +
             attr("d", outlines.str()) + "/>\n";
  }
  body_ += "</g>\n";
}

void SvgBackend::rects(const Items<hgm::FrameRect>& rects) {
  std::string elements;
  for (const hgm::FrameRect* r : rects) {
    elements += "  <rect" + attr("x", num(r->rect.x)) + attr("y", num(r->rect.y)) + attr("width", num(r->rect.w)) +
                attr("height", num(r->rect.h)) + area_paint(r->style, {});
    if (rect_is_stroked(*r)) elements += stroke_paint(r->stroke, r->stroke_width) + attr("stroke-linejoin", "round");
    elements += "/>\n";
  }
  add_to_group("<g" + attr("id", "rects"), elements);
}

// SVG viewers smooth every edge: both kinds of polygon are the same paths, in one group.
void SvgBackend::plain_polygons(const Items<hgm::FramePolygon>& polygons) { write_polygons(polygons); }
void SvgBackend::antialiased_polygons(const Items<hgm::FramePolygon>& polygons) { write_polygons(polygons); }

void SvgBackend::write_polygons(const Items<hgm::FramePolygon>& polygons) {
  std::string elements;
  for (const hgm::FramePolygon* polygon : polygons) {
    svg::PathData d;
    for (const hgm::Ring& ring : boundary_rings(polygon_triangles(*polygon))) d.add(ring, true);
    if (d.empty()) continue;
    elements += "  <path" + fill_paint(polygon->fill) + attr("fill-rule", "evenodd") + attr("d", d.str()) + "/>\n";
  }
  add_to_group("<g" + attr("id", "polygons"), elements);
}

// Consecutive lines of one colour and width share a path: a stroke paints the union of
// its pieces once, so where they overlap (neighbouring outlines in an inset map) they do
// not darken, as lines of one colour merged by maximum in the OpenGL renderer do not.
void SvgBackend::lines(const Items<hgm::FrameLine>& lines) {
  std::string elements, paint;
  svg::PathData d;
  auto flush = [&] {
    if (!d.empty()) elements += "  <path" + paint + attr("d", d.str()) + "/>\n";
    d = svg::PathData();
  };
  for (const hgm::FrameLine* line : lines) {
    const std::string line_paint = stroke_paint(line->color, line->width);
    if (line_paint != paint) flush();
    paint = line_paint;
    const std::vector<hgm::Vec2> points = line_points(*line);
    d.add(points, line->closed && points.size() > 2);
  }
  flush();
  add_to_group("<g" + attr("id", "lines") + attr("fill", "none") + attr("stroke-linecap", "round") +
                   attr("stroke-linejoin", "round"),
               elements);
}

void SvgBackend::texts(const Items<hgm::FrameText>& texts) {
  if (options_.font != nullptr && options_.text == SvgText::paths) {
    text_paths(texts);
    return;
  }
  std::string elements;
  CharactersByFace characters;
  for (const hgm::FrameText* text : texts) {
    const std::string place = attr("x", num(text->x)) + attr("y", num(text->y)) + attr("font-size", num(text->size_px));
    const std::string content = xml_escape(text->utf8);
    if (const double halo_px = text_halo_px(*text); halo_px > 0) {
      // The halo: the glyphs filled and stroked in the halo colour, as one layer.
      const std::string hex = hgm::to_hex(text->halo);
      elements += "  <text" + place + attr("fill", hex) + attr("stroke", hex) + attr("stroke-width", num(2 * halo_px)) +
                  attr("stroke-linejoin", "round") + (text->halo.a < 255 ? attr("opacity", opacity(text->halo.a)) : "") +
                  ">" + content + "</text>\n";
    }
    if (text->color.a > 0) elements += "  <text" + place + fill_paint(text->color) + ">" + content + "</text>\n";
    if (options_.font != nullptr) add_characters(*options_.font, text->utf8, characters);
  }
  // The embedded faces first, in the order the renderer falls back through them; the
  // font's name after them for a viewer that ignores embedded fonts.
  std::string families;
  for (const auto& [face, chars] : characters) {
    families += embedded_family(face) + ", ";
    embedded_[face].insert(chars.begin(), chars.end());
  }
  families += options_.font_family + ", sans-serif";
  // The renderer places glyphs by their unhinted advances and pair kerning, with no
  // ligatures; a browser hinting the embedded font would round advances and narrow lines.
  const std::string style =
      characters.empty()
          ? ""
          : attr("style", "font-kerning: normal; font-variant-ligatures: none; text-rendering: geometricPrecision");
  add_to_group("<g" + attr("id", "texts") + attr("font-family", xml_escape(families)) + style +
                   attr("xml:space", "preserve"),
               elements);
}

// Each line as one path of its glyphs' outlines (the halo as the same path stroked under
// it); aria-label keeps the words for screen readers and search.
void SvgBackend::text_paths(const Items<hgm::FrameText>& texts) {
  std::string elements;
  for (const hgm::FrameText* text : texts) {
    const std::string d = text_path_data(*options_.font, *text);
    if (d.empty()) continue;
    const std::string shape = attr("aria-label", xml_escape(text->utf8)) + attr("d", d);
    if (const double halo_px = text_halo_px(*text); halo_px > 0) {
      const std::string hex = hgm::to_hex(text->halo);
      elements += "  <path" + shape + attr("fill", hex) + attr("stroke", hex) + attr("stroke-width", num(2 * halo_px)) +
                  attr("stroke-linejoin", "round") + (text->halo.a < 255 ? attr("opacity", opacity(text->halo.a)) : "") +
                  "/>\n";
    }
    if (text->color.a > 0) elements += "  <path" + shape + fill_paint(text->color) + "/>\n";
  }
  add_to_group("<g" + attr("id", "texts"), elements);
}

// The subset fonts as @font-face rules with the file in a data: URL.
std::string SvgBackend::font_faces() const {
  std::string css;
  for (const EmbeddedFont& f : subset_fonts(*options_.font, embedded_)) {
    css += "    @font-face { font-family: \"" + f.family + "\"; src: url(data:font/ttf;base64," + base64(f.font_bytes) +
           ") format(\"truetype\"); }\n";
  }
  return css.empty() ? css : "  <style>\n" + css + "  </style>\n";
}

void SvgBackend::end() {
  close_group();
  document_ = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  const std::string w = std::to_string(std::max(frame_->width, 0)), h = std::to_string(std::max(frame_->height, 0));
  document_ += "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"" + attr("width", w) + attr("height", h) +
               attr("viewBox", "0 0 " + w + " " + h) + ">\n";
  if (frame_->scene != nullptr && !frame_->scene->title.empty()) {
    document_ += "<title>" + xml_escape(frame_->scene->title) + "</title>\n";
  }
  if (!embedded_.empty()) defs_ = font_faces() + defs_;
  if (!defs_.empty()) document_ += "<defs>\n" + defs_ + "</defs>\n";
  document_ += body_;
  document_ += "</svg>\n";
  frame_ = nullptr;
}

// Paint for an area style: a colour, or a pattern laid out like shaders/pattern.glsl
// (lines across 45 degrees through `anchor`, spacing and width from the frame).
std::string SvgBackend::area_paint(const hgm::AreaStyle& style, hgm::Vec2 anchor) {
  const PatternLines lines = pattern_lines(*frame_);
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

// Layers handed one after another to the same group (plain, then anti-aliased polygons)
// share one <g>; a group with nothing in it is not written.
void SvgBackend::add_to_group(const std::string& open_tag, const std::string& elements) {
  if (elements.empty()) return;
  if (open_tag != group_tag_) {
    close_group();
    group_tag_ = open_tag;
  }
  group_ += elements;
}

void SvgBackend::close_group() {
  if (!group_tag_.empty()) body_ += group_tag_ + ">\n" + group_ + "</g>\n";
  group_tag_.clear();
  group_.clear();
}

}  // namespace hgm::render
