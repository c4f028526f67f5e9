#include "export/spec_writer.h"

#include "io/spec_file.h"
#include "render/atomic_file.h"

namespace hgm::exporting {

void write_spec_file(const std::string& path, const MapSpec& spec) {
  const std::string text = io::spec_to_json(spec);
  render::AtomicFile file(path, "JSON");
  if (std::fwrite(text.data(), 1, text.size(), file.file()) != text.size()) file.fail("short write");
  file.commit();
}

}  // namespace hgm::exporting
