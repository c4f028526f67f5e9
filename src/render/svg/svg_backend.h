#pragma once
// The SVG backend of frame_walk: writes each layer it is handed as SVG elements, in the
// order handed, and gives the whole document after end(). Needs no OpenGL.
//
//   SvgBackend svg(options);
//   walk_frame(frame, svg);
//   std::string text = svg.document();
//
// The map is one <path id="district-<code>"> per feature (a <title> of its label, even-odd
// fill, hatches as <pattern>s laid out like the OpenGL ones) and all outlines in one path,
// in <g id="map"> clipped to the viewport; rectangles, polygons (plain and anti-aliased in
// one group), lines and texts each in a <g> named after them.
#include <map>
#include <string>
#include <utility>

#include "render/frame_walk.h"
#include "render/svg/font_subset.h"
#include "render/svg/svg_writer.h"

namespace hgm::render {

class SvgBackend final : public FrameBackend {
 public:
  explicit SvgBackend(SvgOptions options = {}) : options_(std::move(options)) {}

  void begin(const hgm::Frame& frame) override;
  void background(hgm::Color color) override;
  void map(const MapLayer& map) override;
  void rects(const Items<hgm::FrameRect>& rects) override;
  void plain_polygons(const Items<hgm::FramePolygon>& polygons) override;
  void antialiased_polygons(const Items<hgm::FramePolygon>& polygons) override;
  void lines(const Items<hgm::FrameLine>& lines) override;
  void texts(const Items<hgm::FrameText>& texts) override;
  void end() override;

  // The document of the last walk, complete once end() has been called.
  const std::string& document() const { return document_; }

 private:
  void text_paths(const Items<hgm::FrameText>& texts);
  std::string font_faces() const;
  std::string area_paint(const hgm::AreaStyle& style, hgm::Vec2 anchor);
  void write_polygons(const Items<hgm::FramePolygon>& polygons);
  void add_to_group(const std::string& open_tag, const std::string& elements);
  void close_group();

  SvgOptions options_;
  const hgm::Frame* frame_ = nullptr;  // during a walk
  std::string defs_, body_, document_;
  std::string group_tag_, group_;                // the <g> being filled and its elements
  std::map<std::string, std::string> patterns_;  // look -> id
  svg::CharactersByFace embedded_;               // characters of the texts, by font face
};

}  // namespace hgm::render
