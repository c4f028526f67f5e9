#pragma once
// A line of text as an SVG path: its glyphs' outlines placed as the renderer places them
// (same advances and kerning), for `--svg-text paths` where a viewer must draw exactly
// these shapes with no font at all.
#include <string>

#include "core/layout/frame.h"
#include "render/text/font.h"

namespace hgm::render::svg {

// Path data ("M…Q…Z") of `text` at its place and size; empty for blank text.
std::string text_path_data(const Font& font, const hgm::FrameText& text);

}  // namespace hgm::render::svg
