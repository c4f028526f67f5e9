#include "app/story/story_document.h"

#include <cstdlib>
#include <system_error>
#include <utility>

#include "core/errors.h"
#include "core/story/story_check.h"
#include "io/story_file.h"

namespace hgm::app {

namespace fs = std::filesystem;

void StoryDocument::changed() {
  dirty_ = true;
  ++edits_;
}

void StoryDocument::add(StorySlide slide) {
  const std::size_t at = selected_ ? *selected_ + 1 : story_.slides.size();
  story_.slides.insert(story_.slides.begin() + static_cast<std::ptrdiff_t>(at), std::move(slide));
  selected_ = at;
  changed();
}

void StoryDocument::move(std::size_t i, int delta) {
  if (i >= story_.slides.size() || delta == 0) return;
  const std::size_t to = delta < 0 ? i - 1 : i + 1;
  if ((delta < 0 && i == 0) || to >= story_.slides.size()) return;
  std::swap(story_.slides[i], story_.slides[to]);
  selected_ = to;
  changed();
}

void StoryDocument::duplicate(std::size_t i) {
  if (i >= story_.slides.size()) return;
  const StorySlide copy = story_.slides[i];
  story_.slides.insert(story_.slides.begin() + static_cast<std::ptrdiff_t>(i + 1), copy);
  selected_ = i + 1;
  changed();
}

void StoryDocument::remove(std::size_t i) {
  if (i >= story_.slides.size()) return;
  story_.slides.erase(story_.slides.begin() + static_cast<std::ptrdiff_t>(i));
  if (story_.slides.empty()) {
    selected_.reset();
  } else if (selected_ && *selected_ >= story_.slides.size()) {
    selected_ = story_.slides.size() - 1;
  }
  changed();
}

void StoryDocument::select(std::size_t i) {
  if (i < story_.slides.size()) selected_ = i;
}

void StoryDocument::set_title(std::string title) {
  if (title == story_.title) return;
  story_.title = std::move(title);
  changed();
}

void StoryDocument::set_note(std::size_t i, std::string note) {
  if (i >= story_.slides.size() || story_.slides[i].note == note) return;
  story_.slides[i].note = std::move(note);
  changed();
}

void StoryDocument::set_slide_title(std::size_t i, std::string title) {
  if (i >= story_.slides.size() || story_.slides[i].spec.title == title) return;
  story_.slides[i].spec.title = std::move(title);
  changed();
}

void StoryDocument::reset(Story story, std::string path, bool dirty) {
  story_ = std::move(story);
  path_ = std::move(path);
  dirty_ = dirty;
  ++edits_;
  selected_.reset();
  if (!story_.slides.empty()) selected_ = 0;
}

void StoryDocument::saved_as(std::string path) {
  path_ = std::move(path);
  dirty_ = false;
}

Story read_checked_story(const std::string& path, const DistrictRegistry& registry, const IndicatorTable& table,
                         Lang lang) {
  Story story = io::read_story_file(path, lang);
  const std::vector<StoryProblem> problems = check_story(story, registry, table, lang);
  if (!problems.empty()) throw DataError(story_problems_text(path, problems, lang));
  return story;
}

fs::path autosave_path(const std::string& story_path, const fs::path& config_dir) {
  if (story_path.empty()) return config_dir.empty() ? fs::path() : config_dir / "story.autosave.json";
  fs::path p(story_path);
  std::string name = p.filename().string();
  // "q1.story.json" -> "q1.story.autosave.json"; "q1" -> "q1.autosave.json".
  const std::string ext = p.extension().string();
  if (ext == ".json") name = name.substr(0, name.size() - ext.size());
  return p.parent_path() / (name + ".autosave.json");
}

fs::path app_config_dir() {
  const char* config = std::getenv("XDG_CONFIG_HOME");
  if (config != nullptr && fs::path(config).is_absolute()) return fs::path(config) / "hagiang-map";
  if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0')
    return fs::path(home) / ".config" / "hagiang-map";
  return {};
}

bool offer_restore(const fs::path& story, const fs::path& autosave) {
  std::error_code ec;
  if (autosave.empty() || !fs::exists(autosave, ec)) return false;
  const fs::file_time_type saved = fs::last_write_time(autosave, ec);
  if (ec) return false;
  const fs::file_time_type original = fs::last_write_time(story, ec);
  return ec || saved > original;  // no story file any more: the autosave is all there is
}

}  // namespace hgm::app
