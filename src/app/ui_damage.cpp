#include "app/ui_damage.h"

#include <algorithm>

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

}  // namespace

ChangedArea changed_pixels(const UiPrint& before, const UiPrint& after) {
  ChangedArea changed;
  // A list drawn in another order among the others (a window brought to the front) may
  // cover them differently: all those are drawn again then.
  const bool reordered = common_lists(before, after) != common_lists(after, before);
  for (const UiListPrint& now : after) {
    const UiListPrint* was = find_list(before, now.list);
    if (was != nullptr && !reordered && *was == now) continue;
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
