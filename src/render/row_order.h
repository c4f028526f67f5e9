#pragma once
// The order a buffer keeps an image's rows in memory: as images count them, top row first
// (a window's pixels on X11 and in Mesa's llvmpipe, PNG), or as OpenGL does, bottom row
// first.
namespace hgm::render {

enum class RowOrder { top_down, bottom_up };

}  // namespace hgm::render
