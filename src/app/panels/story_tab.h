#pragma once
// The side panel's story tab ("Câu chuyện"): add the map on screen as a slide, the list
// of slides (select one to show it; up, down, duplicate, delete), the story's title and
// the selected slide's title and speaker note, and the file buttons (new, open, save,
// save as). Like the rest of the panel it only shows the story and reports what the user
// asked for; the window applies it to the StoryDocument.
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <utility>

#include "app/map_state.h"
#include "app/platform/imgui_layer.h"
#include "app/story/story_document.h"

namespace hgm::app {

struct StoryActions {
  bool add_slide = false;
  std::optional<std::size_t> select;
  std::optional<std::pair<std::size_t, int>> move;  // slide, -1 up / +1 down
  std::optional<std::size_t> duplicate;
  std::optional<std::size_t> remove;
  std::optional<std::string> title;
  std::optional<std::pair<std::size_t, std::string>> note;
  std::optional<std::pair<std::size_t, std::string>> slide_title;
  bool new_story = false, open = false, save = false, save_as = false;
  bool any() const {
    return add_slide || select || move || duplicate || remove || title || note || slide_title || new_story || open ||
           save || save_as;
  }
};

class StoryTab {
 public:
  StoryActions draw(const StoryDocument& doc, const MapState& state, const UiFonts& fonts);
  // What went wrong last (a file that did not open or save, a story's problems); empty: nothing.
  void set_message(std::string message) { message_ = std::move(message); }

 private:
  std::array<char, 512> title_{};
  std::array<char, 512> slide_title_{};
  std::array<char, 4096> note_{};
  bool editing_title_ = false, editing_slide_title_ = false, editing_note_ = false;
  std::string message_;
};

// "3. Tỷ lệ hộ nghèo": the slide's number and its title, or its indicator's name.
std::string slide_label(const Story& story, std::size_t i, const IndicatorTable& table, Lang lang);

}  // namespace hgm::app
