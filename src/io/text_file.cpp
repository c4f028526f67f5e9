#include "io/text_file.h"

#include <fstream>
#include <sstream>

#include "core/errors.h"
#include "io/io_text.h"

namespace hgm::io {

std::string read_text_file(const std::string& path, Lang lang) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw DataError(io_message(lang, IoText::file_unreadable, {{"path", path}}));
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace hgm::io
