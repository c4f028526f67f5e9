#pragma once
// The layers of frame_walk drawn on any cairo context: the PDF's pages (pdf/) and the PNG
// drawn on the CPU (png/png_frame.h) share it, so the two draw one picture. Internal to the
// renderer (cairo types appear here, never in a public header).
//
//   CairoPainter painter(font);
//   painter.start(cr, frame);  // the context's user space being the frame's pixels
//   painter.map(layer); ... painter.texts(texts);
#include <cairo.h>

#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "render/frame_walk.h"

namespace hgm::render {

class Font;

// Glyphs of one face, placed as Font::layout places them for the screen; each glyph one
// cluster of its character, so a PDF's text is the text itself.
struct GlyphRun {
  std::uint16_t face = 0;
  std::vector<cairo_glyph_t> glyphs;
  std::vector<cairo_text_cluster_t> clusters;
  std::string utf8;
};

// The glyph runs of `text` (none when the font cannot lay it out glyph for character).
std::vector<GlyphRun> glyph_runs(const Font& font, const hgm::FrameText& text);

// What every band of one frame would otherwise work out again, worked out once and
// shared by the painters of its bands (on several threads): the texts' glyph runs (a Font
// is for one thread at a time), each map feature's rings in pixels with their box, so
// that a band skips the features that lie outside it, and the rings bounding each filled
// polygon's triangles (the locator's provinces: a fifth of a 1080p export's drawing when
// every band traced them again).
class PreparedFrame {
 public:
  PreparedFrame(const Font& font, const hgm::Frame& frame);

  struct FeaturePixels {
    std::vector<hgm::Ring> rings;
    double left = 0, top = 0, right = 0, bottom = 0;  // the rings' box
  };
  // The text's runs, or nothing for a text not of the frame.
  const std::vector<GlyphRun>* runs(const hgm::FrameText* text) const;
  // The features of map layer `panel` (MapLayer::panel) in the scene's order, or nothing.
  const std::vector<FeaturePixels>* features(std::size_t panel) const;
  // The rings bounding the polygon's triangles, or nothing for a polygon not of the frame.
  const std::vector<hgm::Ring>* rings(const hgm::FramePolygon* polygon) const;

 private:
  std::unordered_map<const hgm::FrameText*, std::vector<GlyphRun>> runs_;
  std::unordered_map<std::size_t, std::vector<FeaturePixels>> features_;
  std::unordered_map<const hgm::FramePolygon*, std::vector<hgm::Ring>> rings_;
};

class CairoPainter {
 public:
  // `font` draws the texts: the one the frame was laid out with; it outlives the painter.
  // With `prepared` (of the frame drawn, outliving the painter too), texts and map features
  // are drawn from it and the font is only asked which files its faces are: painters on
  // several threads may share a font.
  explicit CairoPainter(const Font& font, const PreparedFrame* prepared = nullptr);
  ~CairoPainter();
  CairoPainter(const CairoPainter&) = delete;
  CairoPainter& operator=(const CairoPainter&) = delete;

  // The context and frame the next calls draw on and from; both outlive those calls.
  void start(cairo_t* cr, const hgm::Frame& frame);

  void background(hgm::Color color);
  void map(const MapLayer& map);
  void rects(const Items<hgm::FrameRect>& rects);
  void polygons(const Items<hgm::FramePolygon>& polygons);
  void lines(const Items<hgm::FrameLine>& lines);
  // Texts as real text (each glyph one cluster of its character: a PDF's text can be copied).
  void texts(const Items<hgm::FrameText>& texts);

 private:
  cairo_font_face_t* face(std::uint16_t number);
  void paint_area(const hgm::AreaStyle& style, hgm::Vec2 anchor);
  void use_face(const GlyphRun& run, double size_px);

  const Font& font_;
  const PreparedFrame* prepared_;
  cairo_t* cr_ = nullptr;
  const hgm::Frame* frame_ = nullptr;
  std::map<std::uint16_t, cairo_font_face_t*> faces_;  // Font's face number -> cairo face
};

}  // namespace hgm::render
