#pragma once

namespace hgm::layout {

// How much room the map leaves its names. `ample`: the layout's own proportions of text to
// map, where every name fits (a small district's on a leader line). `tight`: the text is held
// larger than those proportions (a small multiples panel at the legible floor), and names on
// leader lines would cover the small map: only the names that fit in their district are
// kept, a gap apart, except the pinned and highlighted districts' names, which are placed
// first and may still go outside.
enum class LabelRoom { ample, tight };

}  // namespace hgm::layout
