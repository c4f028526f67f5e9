#include "app/ui_damage.h"

#include <algorithm>
#include <cmath>

namespace hgm::app {

namespace {

bool overlap(const PixelBox& a, const PixelBox& b) { return !render::intersection(a, b).empty(); }

}  // namespace

void ChangedArea::add(const PixelBox& box) {
  if (box.empty()) return;
  // Boxes it overlaps are taken into it, and what that grew to may overlap others.
  PixelBox grown = box;
  for (bool merged = true; merged;) {
    merged = false;
    for (std::size_t i = 0; i < boxes_.size(); ++i)
      if (overlap(boxes_[i], grown)) {
        grown = render::united(grown, boxes_[i]);
        boxes_.erase(boxes_.begin() + static_cast<std::ptrdiff_t>(i));
        merged = true;
        break;
      }
  }
  boxes_.push_back(grown);
  if (boxes_.size() > kMostBoxes) boxes_ = {bounds()};
}

void ChangedArea::add(const ChangedArea& other) {
  for (const PixelBox& box : other.boxes_) add(box);
}

PixelBox ChangedArea::bounds() const {
  PixelBox all;
  for (const PixelBox& box : boxes_) all = render::united(all, box);
  return all;
}

namespace {

const UiListPrint* find_list(const UiPrint& print, std::uintptr_t list) {
  for (const UiListPrint& l : print)
    if (l.list == list) return &l;
  return nullptr;
}

// The lists both frames draw, in the order each draws them.
std::vector<std::uintptr_t> common_lists(const UiPrint& print, const UiPrint& other) {
  std::vector<std::uintptr_t> common;
  for (const UiListPrint& l : print)
    if (find_list(other, l.list) != nullptr) common.push_back(l.list);
  return common;
}

// The pixels a triangle's corners reach, a pixel wider all round.
PixelBox triangle_pixels(const UiListDrawing::Vertex& a, const UiListDrawing::Vertex& b, const UiListDrawing::Vertex& c) {
  return render::pixels_covering(std::min({a.x, b.x, c.x}), std::min({a.y, b.y, c.y}), std::max({a.x, b.x, c.x}),
                                 std::max({a.y, b.y, c.y}), 1);
}

}  // namespace

std::optional<ChangedArea> changed_triangles(const UiListDrawing& before, const UiListDrawing& after) {
  if (before.commands != after.commands || before.vertices.size() != after.vertices.size() ||
      before.indices.size() != after.indices.size())
    return std::nullopt;
  const std::size_t vertex_count = after.vertices.size();
  ChangedArea changed;
  for (const UiListDrawing::Command& command : after.commands) {
    if (static_cast<std::size_t>(command.first_index) + command.indices > after.indices.size()) return std::nullopt;
    // Changed triangles one after another (a lit button's frame and fill) make one box
    // where they were and one where they are: a list that moves far (a tooltip of as many
    // glyphs) is not drawn again across all between.
    PixelBox run_was, run_is;
    const auto end_run = [&] {
      changed.add(render::intersection(run_was, command.clip));
      changed.add(render::intersection(run_is, command.clip));
      run_was = run_is = {};
    };
    for (std::uint32_t i = command.first_index; i + 3 <= command.first_index + command.indices; i += 3) {
      const UiListDrawing::Vertex* was[3];
      const UiListDrawing::Vertex* is[3];
      bool same = true;
      for (int k = 0; k < 3; ++k) {
        const std::size_t from = std::size_t{command.first_vertex} + before.indices[i + k];
        const std::size_t to = std::size_t{command.first_vertex} + after.indices[i + k];
        if (from >= vertex_count || to >= vertex_count) return std::nullopt;
        was[k] = &before.vertices[from];
        is[k] = &after.vertices[to];
        same = same && from == to && *was[k] == *is[k];
      }
      if (same) {
        end_run();
        continue;
      }
      run_was = render::united(run_was, triangle_pixels(*was[0], *was[1], *was[2]));
      run_is = render::united(run_is, triangle_pixels(*is[0], *is[1], *is[2]));
    }
    end_run();
  }
  return changed;
}

ChangedArea changed_pixels(const UiPrint& before, const UiPrint& after) {
  ChangedArea changed;
  // A list drawn in another order among the others (a window brought to the front) may
  // cover them differently: all those are drawn again then.
  const bool reordered = common_lists(before, after) != common_lists(after, before);
  for (const UiListPrint& now : after) {
    const UiListPrint* was = find_list(before, now.list);
    if (was != nullptr && !reordered && *was == now) continue;
    if (was != nullptr && !reordered && was->drawing && now.drawing)
      if (const std::optional<ChangedArea> triangles = changed_triangles(*was->drawing, *now.drawing)) {
        // Within the framebuffer, as the list's own bounds are.
        for (const PixelBox& box : triangles->boxes())
          changed.add(render::intersection(box, render::united(was->bounds, now.bounds)));
        continue;
      }
    changed.add(now.bounds);
    if (was != nullptr) changed.add(was->bounds);
  }
  for (const UiListPrint& was : before)
    if (find_list(after, was.list) == nullptr) changed.add(was.bounds);
  return changed;
}

void ShownFrames::shown(std::uint64_t map, UiPrint ui, bool in_picture) { last_ = Frame{map, std::move(ui), in_picture}; }

void ShownFrames::forget() { last_.reset(); }

bool ShownFrames::last_is(std::uint64_t map, const UiPrint& ui) const {
  return last_ && last_->map == map && last_->ui == ui;
}

std::optional<ChangedArea> ShownFrames::to_draw(std::uint64_t map, const UiPrint& ui) const {
  if (!last_ || !last_->in_picture || last_->map != map) return std::nullopt;
  return changed_pixels(last_->ui, ui);
}

}  // namespace hgm::app
