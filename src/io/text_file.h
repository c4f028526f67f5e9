#pragma once
// Reading a whole file as text, with the message a planner sees when it cannot be read.
#include <string>

#include "core/text/lang.h"

namespace hgm::io {

// Whole file as text; throws hgm::DataError naming the file, in `lang`.
std::string read_text_file(const std::string& path, Lang lang);

}  // namespace hgm::io
