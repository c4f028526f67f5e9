// The window's story editing (window_loop.h): the story tab's actions, saving and opening
// story files, the questions that keep changes from being lost, and the autosave copy.
#include <iostream>
#include <system_error>
#include <utility>

#include "app/app_text.h"
#include "app/present/slides.h"
#include "app/window_loop.h"
#include "core/errors.h"
#include "export/spec_writer.h"
#include "io/story_file.h"

namespace hgm::app {

namespace fs = std::filesystem;

namespace {

std::string shown_name(const std::string& path, Lang lang) {
  return path.empty() ? ui_text(lang, UiText::story_new_name) : fs::path(path).filename().string();
}

}  // namespace

void WindowLoop::start_story(const LoopOptions& o) {
  config_dir_ = app_config_dir();
  story_.reset(o.story, o.story_path);
  autosaved_edits_ = story_.edits();
  panel_.set_story(&story_);
  // A newer autosave of the story's file is offered back (a never-saved story's is left
  // for Open: it is an ordinary story file in the app's folder).
  if (!story_.path().empty() && offer_restore(story_.path(), autosave_path(story_.path(), config_dir_))) {
    story_prompt_.ask_restore(shown_name(story_.path(), state_.selection().lang));
    std::cerr << "hagiang-map-app: " << story_prompt_.question(state_.selection().lang) << "\n";
  }
}

void WindowLoop::story_message(const std::string& message) {
  panel_.story_tab().set_message(message);
  if (!message.empty()) std::cerr << "hagiang-map-app: " << message << "\n";
}

void WindowLoop::apply(const StoryActions& a) {
  if (a.add_slide) add_slide();
  if (a.select) show_slide(*a.select);
  if (a.move) story_.move(a.move->first, a.move->second);
  if (a.duplicate) story_.duplicate(*a.duplicate);
  if (a.remove) story_.remove(*a.remove);
  if (a.title) story_.set_title(*a.title);
  if (a.note) story_.set_note(a.note->first, a.note->second);
  if (a.slide_title) story_.set_slide_title(a.slide_title->first, a.slide_title->second);
  if (a.save || a.save_as) save_story(a.save_as);
  if (a.open) request(AfterAsking::open);
  if (a.new_story) request(AfterAsking::new_story);
}

void WindowLoop::add_slide() {
  StorySlide slide;
  slide.spec = state_.spec();
  if (const std::optional<int> d = present_.spotlit())
    slide.spotlight = state_.inputs().data.registry.at(static_cast<std::size_t>(*d)).code;
  story_.add(std::move(slide));
  const Lang lang = state_.selection().lang;
  std::cerr << "hagiang-map-app: "
            << ui_text(lang, UiText::story_slide_added,
                       {{"n", std::to_string(*story_.selected() + 1)}, {"total", std::to_string(story_.story().slides.size())}})
            << "\n";
}

void WindowLoop::show_slide(std::size_t index) {
  story_.select(index);
  const std::vector<Slide> slides = story_slides(story_.story());
  if (index < slides.size()) attempt([&] { state_.select(shown_spec(slides[index], state_)); });
}

void WindowLoop::request(AfterAsking action) {
  if (action == AfterAsking::nothing) return;
  if (!story_.dirty()) {
    carry_out(action);
    return;
  }
  after_asking_ = action;
  story_prompt_.ask_unsaved(shown_name(story_.path(), state_.selection().lang));
  std::cerr << "hagiang-map-app: " << story_prompt_.question(state_.selection().lang) << "\n";
}

void WindowLoop::carry_out(AfterAsking action) {
  switch (action) {
    case AfterAsking::nothing: break;
    case AfterAsking::quit:
      // An export running is finished first, a second Ctrl+Q stops it: a batch of maps is
      // not cut short by a key meant for the window.
      if (job_ && !quit_after_export_) {
        quit_after_export_ = true;
        std::cerr << "hagiang-map-app: " << ui_text(job_lang_, UiText::export_quit_after) << "\n";
        break;
      }
      if (job_) job_->cancel();
      quit_ = true;
      break;
    case AfterAsking::open: choose_file(Choosing::story_open); break;
    case AfterAsking::new_story:
      story_.reset({}, {});
      autosaved_edits_ = story_.edits();
      story_message({});
      break;
  }
}

void WindowLoop::answered(StoryPrompt::Answer answer) {
  switch (answer) {
    case StoryPrompt::Answer::none: return;
    case StoryPrompt::Answer::save:
      // Without a file the chooser asks for one first; the action waits for it. A save that
      // failed (its reason is in the tab) does not go on.
      if (save_story(false)) carry_out(std::exchange(after_asking_, AfterAsking::nothing));
      else if (choosing_ != Choosing::story_save) after_asking_ = AfterAsking::nothing;
      return;
    case StoryPrompt::Answer::discard:
      remove_autosaves(story_.path());
      carry_out(std::exchange(after_asking_, AfterAsking::nothing));
      return;
    case StoryPrompt::Answer::cancel: after_asking_ = AfterAsking::nothing; return;
    case StoryPrompt::Answer::restore: {
      const Lang lang = state_.selection().lang;
      const fs::path autosave = autosave_path(story_.path(), config_dir_);
      try {
        story_.reset(io::read_story_file(autosave.string(), lang), story_.path(), true);
        autosaved_edits_ = story_.edits();
        std::cerr << "hagiang-map-app: " << ui_text(lang, UiText::story_restored, {{"path", autosave.string()}}) << "\n";
      } catch (const Error& e) {
        story_message(e.message(lang));
      }
      return;
    }
    case StoryPrompt::Answer::ignore: return;
  }
}

bool WindowLoop::save_story(bool choose_path) {
  if (choose_path || story_.path().empty()) {
    choose_file(Choosing::story_save);
    return false;
  }
  return write_story(story_.path());
}

bool WindowLoop::write_story(const std::string& path) {
  const Lang lang = state_.selection().lang;
  try {
    exporting::write_story_file(path, story_.story());
  } catch (const std::exception& e) {
    story_message(ui_text(lang, UiText::story_save_failed, {{"reason", e.what()}}));
    return false;
  }
  remove_autosaves(story_.path());
  remove_autosaves(path);
  story_.saved_as(path);
  autosaved_edits_ = story_.edits();
  story_message({});
  std::cerr << "hagiang-map-app: " << ui_text(lang, UiText::story_saved, {{"path", path}}) << "\n";
  return true;
}

void WindowLoop::open_story(const std::string& path) {
  const Lang lang = state_.selection().lang;
  Story story;
  try {
    story = read_checked_story(path, state_.inputs().data.registry, state_.table(), lang);
  } catch (const Error& e) {
    // A story with problems is not opened: each is listed, to be fixed in the file.
    story_message(e.message(lang));
    return;
  }
  story_.reset(std::move(story), path);
  autosaved_edits_ = story_.edits();
  story_message({});
  if (!story_.story().slides.empty()) show_slide(0);
  if (offer_restore(path, autosave_path(path, config_dir_))) {
    story_prompt_.ask_restore(shown_name(path, lang));
    std::cerr << "hagiang-map-app: " << story_prompt_.question(lang) << "\n";
  }
}

// After each change, a copy beside the file (or in the app's folder): an editor that
// crashes or is killed loses nothing.
void WindowLoop::autosave_story() {
  if (!story_.dirty() || story_.edits() == autosaved_edits_) return;
  autosaved_edits_ = story_.edits();
  const fs::path autosave = autosave_path(story_.path(), config_dir_);
  if (autosave.empty()) return;
  try {
    std::error_code ec;
    if (!autosave.parent_path().empty()) fs::create_directories(autosave.parent_path(), ec);
    exporting::write_story_file(autosave.string(), story_.story());
  } catch (const std::exception& e) {
    std::cerr << "hagiang-map-app: " << e.what() << "\n";
  }
}

void WindowLoop::remove_autosaves(const std::string& story_path) {
  const fs::path autosave = autosave_path(story_path, config_dir_);
  std::error_code ec;
  if (!autosave.empty()) fs::remove(autosave, ec);
}

}  // namespace hgm::app
