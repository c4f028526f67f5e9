#include "app/present/present_text.h"

namespace hgm::app {

const char* present_text(Lang lang, PresentText text) {
  const bool vi = lang == Lang::vi;
  switch (text) {
    case PresentText::present: return vi ? "Trình chiếu (F5)" : "Present (F5)";
    case PresentText::text_size: return vi ? "Cỡ chữ" : "Text size";
    case PresentText::text_size_tip:
      return vi ? "Phóng to cùng lúc nhãn huyện, chú giải, tiêu đề, chú thích khi rê chuột và bảng điều khiển. "
                  "Máy chiếu: không chữ nào trên bản đồ nhỏ hơn 1/36 chiều cao màn hình."
                : "Scales district labels, legend, title, hover tooltip and panels together. Projector: no text on "
                  "the map is smaller than 1/36 of the screen height.";
    case PresentText::only_with_data:
      return vi ? "Khi trình chiếu, chỉ qua các chỉ tiêu có số liệu" : "When presenting, only indicators with data";
    case PresentText::only_with_data_tip:
      return vi ? "Bỏ qua các chỉ tiêu không có số liệu huyện nào cho kỳ đang xem. Bỏ chọn để đi qua tất cả."
                : "Skips indicators with no district figure for the period shown. Untick to step through all.";
    case PresentText::no_slides:
      return vi ? "Không có chỉ tiêu nào có số liệu cho kỳ này để trình chiếu."
                : "No indicator has figures for this period to present.";
  }
  return "";
}

const char* text_size_name(Lang lang, TextSize size) {
  const bool vi = lang == Lang::vi;
  switch (size) {
    case TextSize::laptop: return vi ? "Máy tính xách tay" : "Laptop";
    case TextSize::projector: return vi ? "Máy chiếu" : "Projector";
    case TextSize::large_hall: return vi ? "Hội trường lớn" : "Large hall";
  }
  return "";
}

}  // namespace hgm::app
