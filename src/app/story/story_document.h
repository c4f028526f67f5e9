#pragma once
// The story being edited in the window: its slides, the file it came from, which slide is
// selected and whether anything changed since it was last saved. Every edit goes through
// here, so the panel, the keys and the autosave see the same story and the same dirty flag.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "core/data/district_registry.h"
#include "core/data/indicator.h"
#include "core/story/story.h"

namespace hgm::app {

class StoryDocument {
 public:
  const Story& story() const { return story_; }
  const std::string& path() const { return path_; }  // empty: never saved
  bool dirty() const { return dirty_; }
  // Counts edits, so the autosave knows when to write again.
  std::uint64_t edits() const { return edits_; }
  std::optional<std::size_t> selected() const { return selected_; }

  // A slide after the selected one (at the end without one); it becomes the selected one.
  void add(StorySlide slide);
  // Moves slide `i` one place up (-1) or down (+1); the selection follows it. Nothing
  // happens at the ends.
  void move(std::size_t i, int delta);
  void duplicate(std::size_t i);
  void remove(std::size_t i);
  void select(std::size_t i);
  void set_title(std::string title);
  void set_note(std::size_t i, std::string note);
  void set_slide_title(std::size_t i, std::string title);

  // A story opened (or a new, empty one): nothing to save yet. `dirty` for a restored autosave.
  void reset(Story story, std::string path, bool dirty = false);
  void saved_as(std::string path);

 private:
  void changed();

  Story story_;
  std::string path_;
  bool dirty_ = false;
  std::uint64_t edits_ = 0;
  std::optional<std::size_t> selected_;
};

// The story in the file `path` (io::read_story_file), or hgm::DataError listing every problem
// it has (check_story): a story is checked whole, at --story and at Open, not found wrong at
// its fifth slide.
Story read_checked_story(const std::string& path, const DistrictRegistry& registry, const IndicatorTable& table,
                         Lang lang);

// Where the autosave copy of a story goes: "NAME.autosave.json" beside the file, or in
// `config_dir` ("story.autosave.json") for a story never saved. Empty when neither is known.
std::filesystem::path autosave_path(const std::string& story_path, const std::filesystem::path& config_dir);
// The folder of the app's own files: $XDG_CONFIG_HOME/hagiang-map or ~/.config/hagiang-map.
std::filesystem::path app_config_dir();
// Whether opening `story` should offer its autosave: there is one and it is newer.
bool offer_restore(const std::filesystem::path& story, const std::filesystem::path& autosave);

}  // namespace hgm::app
