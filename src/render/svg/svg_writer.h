#pragma once
// Frames as SVG documents: the picture MapRenderer draws, as vectors. Needs no OpenGL
// (and no context), so it works on machines without any GPU or display.
//
//   hgm::render::write_svg("map.svg", frame);
//
// The frame is drawn in the order frame_walk.h decides, by the SVG backend
// (svg/svg_backend.h): background; the map clipped to frame.map_viewport (one
// <path id="district-<code>"> per feature with a <title> of its label, even-odd fill,
// hatch and no-data fills as <pattern>s laid out like the OpenGL ones, then every outline
// in one path with round joins); then rectangles, polygons, lines (round caps and joins;
// consecutive lines of one colour and width in one path) and texts (a halo as a stroked
// copy under the ink). Coordinates are pixels rounded to 0.01, colours exact #rrggbb with
// a separate opacity below 255, text UTF-8 and escaped.
// The same frame always gives the same bytes.
#include <filesystem>
#include <string>

#include "core/layout/frame.h"

namespace hgm::render {

class Font;

// How texts are written. With the font the frame was laid out with, an SVG looks the same
// on every machine: `embedded_font` keeps <text> (selectable, searchable) with the glyphs
// it uses embedded as a subset font; `paths` writes each line as its glyphs' outlines
// (no font needed at all, for tools that ignore embedded fonts). Without a font, texts
// only name `font_family`, and a machine without it substitutes another.
enum class SvgText { embedded_font, paths };

struct SvgOptions {
  std::string font_family = "Noto Sans";  // what the OpenGL renderer's font is found by
  const Font* font = nullptr;             // must outlive the writing
  SvgText text = SvgText::embedded_font;
};

std::string frame_to_svg(const hgm::Frame& frame, const SvgOptions& options = {});

// Writes frame_to_svg() atomically: into a temporary file renamed over `path` once
// complete. Throws ImageIoError naming the path and the reason; no temporary file stays.
void write_svg(const std::filesystem::path& path, const hgm::Frame& frame, const SvgOptions& options = {});

}  // namespace hgm::render
