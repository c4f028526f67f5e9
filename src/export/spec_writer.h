#pragma once
// Writes a spec or story file atomically (io/spec_file.h has the format). Here rather than in io
// because the project's atomic file writer lives in render, which io does not link.
#include <string>

#include "core/spec/map_spec.h"
#include "core/story/story.h"

namespace hgm::exporting {

// Throws render::ImageIoError naming the file and the reason; no partial file is left.
void write_spec_file(const std::string& path, const MapSpec& spec);
// The same for a story (io/story_file.h has the format).
void write_story_file(const std::string& path, const Story& story);

}  // namespace hgm::exporting
