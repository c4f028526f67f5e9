#pragma once
// Words of the window interface that the map itself does not use (those are in
// core/i18n.h), in Vietnamese and English.
#include "core/number_format.h"

namespace hgm::app {

enum class UiText {
  window_title,     // "Hà Giang — bản đồ chỉ tiêu"
  panel_title,      // the side panel's title bar
  fullscreen,       // button
  leave_fullscreen, // button
  navigation_hint,  // mouse and keyboard help under the buttons
  district,         // tooltip: "Huyện/TP"
  source,           // tooltip: "Nguồn"
  language_vi,      // "Tiếng Việt"
  language_en,      // "English"
  search_hint,      // placeholder of the indicator search box
  nothing_found,    // no indicator matches the search
};

const char* ui_text(Lang lang, UiText text);

}  // namespace hgm::app
