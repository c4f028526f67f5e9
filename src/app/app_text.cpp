#include "app/app_text.h"

namespace hgm::app {

const char* ui_text(Lang lang, UiText text) {
  const bool vi = lang == Lang::vi;
  switch (text) {
    case UiText::window_title: return vi ? "Hà Giang — bản đồ chỉ tiêu" : "Hà Giang — indicator map";
    case UiText::panel_title: return vi ? "Bản đồ chỉ tiêu" : "Indicator map";
    case UiText::fullscreen: return vi ? "Toàn màn hình (F11)" : "Full screen (F11)";
    case UiText::leave_fullscreen: return vi ? "Thoát toàn màn hình (Esc)" : "Leave full screen (Esc)";
    case UiText::navigation_hint:
      return vi ? "Kéo chuột để di chuyển bản đồ, cuộn chuột để phóng to, thu nhỏ. Phím mũi tên: đổi chỉ tiêu. H: ẩn, hiện bảng này."
                : "Drag to pan, scroll to zoom. Arrow keys: change indicator. H: hide or show this panel.";
    case UiText::district: return vi ? "Đơn vị" : "Unit";
    case UiText::source: return vi ? "Nguồn" : "Source";
    case UiText::language_vi: return "Tiếng Việt";
    case UiText::language_en: return "English";
    case UiText::search_hint: return vi ? "Tìm chỉ tiêu…" : "Find an indicator…";
    case UiText::nothing_found: return vi ? "Không tìm thấy chỉ tiêu nào" : "No indicator matches";
  }
  return "";
}

}  // namespace hgm::app
