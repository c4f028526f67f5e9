#pragma once
// The questions that keep a story's changes from being lost: "save the changes?" before
// quitting, opening another story or starting a new one (Save / Don't save / Cancel), and
// "restore the newer autosave?" when a story is opened. Answered with the buttons or the
// keys their labels name (Enter, D, Esc), which the window passes on through answer().
#include <string>
#include <utility>

#include "app/platform/imgui_layer.h"
#include "core/text/lang.h"

namespace hgm::app {

class StoryPrompt {
 public:
  enum class Kind { none, unsaved, restore };
  enum class Answer { none, save, discard, cancel, restore, ignore };

  void ask_unsaved(std::string file) { ask(Kind::unsaved, std::move(file)); }
  void ask_restore(std::string file) { ask(Kind::restore, std::move(file)); }
  bool shown() const { return kind_ != Kind::none; }
  Kind kind() const { return kind_; }
  // The question in words (also what the window logs when it asks).
  std::string question(Lang lang) const;
  // Enter / D / Esc while the question is shown: the answer they stand for (none for
  // another key), and the question is closed.
  Answer key(int sdl_key);
  // Draws the question centred on the screen; the answer once it is given.
  Answer draw(Lang lang, const UiFonts& fonts, float screen_w, float screen_h);

 private:
  void ask(Kind kind, std::string file) {
    kind_ = kind;
    file_ = std::move(file);
  }
  Answer close(Answer answer) {
    kind_ = Kind::none;
    return answer;
  }

  Kind kind_ = Kind::none;
  std::string file_;
};

}  // namespace hgm::app
