#pragma once
// `hagiang-map --help`: what each command and option does, in the user's language.
#include <string>

#include "core/text/lang.h"

namespace hgm::cli {

std::string help_text(Lang lang);

}  // namespace hgm::cli
