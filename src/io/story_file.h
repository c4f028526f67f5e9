#pragma once
// Stories as small readable JSON files:
//
//   {"version": 1, "title": "Giao ban quý I/2021",
//    "slides": [
//      {"spec": {…the keys of a spec file (io/spec_file.h), "version" left out…},
//       "note": "what the presenter says", "spotlight": "033"},
//      …]}
//
// Only "version" and "slides" (with each slide's "spec") are required; the rest keeps its
// default. Writing then reading gives the same story (==). A slide's spec is read exactly
// as a spec file is, so its mistakes read the same ("story.json: slides[2].spec: …").
// Writing atomically is the export module's job (export/spec_writer.h).
#include <string>
#include <string_view>

#include "core/data/district_registry.h"
#include "core/data/indicator.h"
#include "core/story/story.h"

namespace hgm::io {

inline constexpr int kStoryVersion = 1;

std::string story_to_json(const Story& story);

// Throws hgm::DataError naming `source`, the key and, in `lang`, what is wrong: not JSON
// (with line and column), not an object, no or another version, no list of slides, a
// slide without a spec, an unknown key, or any mistake of a spec file inside a slide.
Story story_from_json(std::string_view text, const std::string& source, Lang lang);
Story read_story_file(const std::string& path, Lang lang);

// The story at `path` when check_story (core/story/story_check.h) finds nothing wrong; else
// DataError listing every problem (story_problems_text). `story check`, `export --story` and
// --story for the window refuse a story the same way.
Story read_checked_story(const std::string& path, const DistrictRegistry& registry, const IndicatorTable& table,
                         Lang lang);

}  // namespace hgm::io
