#include "export/spec_writer.h"

#include "io/spec_file.h"
#include "io/story_file.h"
#include "render/atomic_file.h"

namespace hgm::exporting {

void write_spec_file(const std::string& path, const MapSpec& spec) {
  render::write_file_atomically(path, io::spec_to_json(spec), "JSON");
}

void write_story_file(const std::string& path, const Story& story) {
  render::write_file_atomically(path, io::story_to_json(story), "JSON");
}

}  // namespace hgm::exporting
