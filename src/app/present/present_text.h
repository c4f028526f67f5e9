#pragma once
// Words of presentation mode and the text-size control, in Vietnamese and English.
#include "core/layout/text_size.h"
#include "core/text/lang.h"

namespace hgm::app {

enum class PresentText {
  present,            // panel button: "Trình chiếu (F5)"
  text_size,          // heading of the text-size control
  text_size_tip,      // what the control scales
  only_with_data,     // toggle: step only through indicators with data for the period
  only_with_data_tip,
  no_slides,          // no indicator has data for the period
};

const char* present_text(Lang lang, PresentText text);
// "Máy tính xách tay", "Máy chiếu", "Hội trường lớn" (and the English names).
const char* text_size_name(Lang lang, TextSize size);

}  // namespace hgm::app
