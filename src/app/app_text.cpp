#include "app/app_text.h"

#include "core/text/i18n.h"

namespace hgm::app {

const char* ui_text(Lang lang, UiText text) {
  const bool vi = lang == Lang::vi;
  switch (text) {
    case UiText::window_title: return vi ? "Hà Giang — bản đồ chỉ tiêu" : "Hà Giang — indicator map";
    case UiText::panel_title: return vi ? "Bản đồ chỉ tiêu" : "Indicator map";
    case UiText::fullscreen: return vi ? "Toàn màn hình (F)" : "Full screen (F)";
    case UiText::leave_fullscreen: return vi ? "Thoát toàn màn hình" : "Leave full screen";
    case UiText::shortcuts_line:
      return vi ? "Phím tắt: ←/→ chỉ tiêu · PgUp/PgDn kỳ · V kiểu xem · M biểu đồ toàn cửa sổ · H bảng · F toàn màn hình · F5 trình chiếu · R đặt lại · L ngôn ngữ"
                : "Keys: ←/→ indicator · PgUp/PgDn period · V view · M chart alone · H panel · F full screen · F5 present · R reset · L language";
    case UiText::shortcuts_help: return vi ? "Phím tắt và chuột" : "Keys and mouse";
    case UiText::source: return vi ? "Nguồn" : "Source";
    case UiText::replaced_figure:
      return vi ? "thay {stated} của {source}" : "in place of {stated} from {source}";
    case UiText::table_line: return vi ? "dòng" : "line";
    case UiText::language_vi: return "Tiếng Việt";
    case UiText::language_en: return "English";
    case UiText::search_hint: return vi ? "Tìm chỉ tiêu…" : "Find an indicator…";
    case UiText::nothing_found: return vi ? "Không tìm thấy chỉ tiêu nào" : "No indicator matches";

    case UiText::tab_indicator: return vi ? "Chỉ tiêu" : "Indicator";
    case UiText::tab_classes: return vi ? "Phân lớp" : "Classes";
    case UiText::view_map: return vi ? "Bản đồ" : "Map";
    case UiText::view_rank: return vi ? "Xếp hạng" : "Ranking";
    case UiText::view_overview: return vi ? "Tổng quan" : "Overview";
    case UiText::view_profile: return vi ? "Hồ sơ huyện" : "District profile";
    case UiText::view_multiples: return vi ? "Nhiều bản đồ" : "Side by side";
    case UiText::view_change: return vi ? "Thay đổi" : "Change";
    case UiText::chart_alone: return vi ? "Biểu đồ toàn cửa sổ (M)" : "Chart in the whole window (M)";
    case UiText::chart_beside_map: return vi ? "Hiện bản đồ bên cạnh (M)" : "Show the map beside it (M)";
    case UiText::panels_heading: return vi ? "Bản đồ cạnh nhau" : "Maps side by side";
    case UiText::panels_add: return vi ? "Thêm \"{name}\"" : "Add \"{name}\"";
    case UiText::panels_remove: return vi ? "Bỏ bản đồ này" : "Remove this map";
    case UiText::compared_period: return vi ? "So với kỳ" : "Compared with";
    case UiText::compared_none: return vi ? "(không: nhiều chỉ tiêu)" : "(none: several indicators)";
    case UiText::compared_missing:
      return vi ? "(chưa có kỳ thứ hai: nạp bảng của kỳ khác)" : "(no second period yet: load a table of another)";
    case UiText::overview_with_data: return vi ? "Chỉ chỉ tiêu có số liệu" : "Only indicators with figures";
    case UiText::overview_order: return vi ? "Sắp xếp" : "Order";
    case UiText::overview_by_group: return vi ? "Theo nhóm chỉ tiêu" : "By indicator group";
    case UiText::overview_by_district: return vi ? "Cột huyện theo tên" : "District columns by name";
    case UiText::overview_by_pinned: return vi ? "Theo huyện ghim (kém hơn trước)" : "By the pinned district (worse first)";
    case UiText::change_needs_period:
      return vi ? "Bản đồ thay đổi cần số liệu của một kỳ khác: mở bảng của kỳ đó ở thẻ Dữ liệu"
                : "The change map needs a second period: open that period's table in the Data tab";
    case UiText::pinned_line: return vi ? "Đã ghim: {names}" : "Pinned: {names}";
    case UiText::pin_from_list: return vi ? "Ghim huyện…" : "Pin a district…";
    case UiText::pin_hint:
      return vi ? "Bấm vào một huyện trên bản đồ hoặc một dòng xếp hạng, hoặc chọn trong danh sách, để ghim (tối đa 4)"
                : "Click a district on the map or a ranking row, or choose it from the list, to pin it (up to 4)";
    case UiText::clear_pins: return vi ? "Bỏ ghim" : "Unpin all";
    case UiText::pin_limit:
      return vi ? "Chỉ ghim được tối đa {most} huyện; hãy bỏ ghim một huyện trước (bấm lại vào huyện đó)"
                : "At most {most} districts can be pinned; unpin one first (click it again)";
    case UiText::present: return vi ? "Trình chiếu (F5)" : "Present (F5)";
    case UiText::text_size: return vi ? "Cỡ chữ" : "Text size";
    case UiText::text_size_tip:
      return vi ? "Phóng to cùng lúc nhãn huyện, chú giải, tiêu đề, chú thích khi rê chuột và bảng điều khiển. "
                  "Máy chiếu: không chữ nào trên bản đồ nhỏ hơn 1/36 chiều cao màn hình."
                : "Scales district labels, legend, title, hover tooltip and panels together. Projector: no text on "
                  "the map is smaller than 1/36 of the screen height.";
    case UiText::only_with_data:
      return vi ? "Khi trình chiếu, chỉ qua các chỉ tiêu có số liệu" : "When presenting, only indicators with data";
    case UiText::only_with_data_tip:
      return vi ? "Bỏ qua các chỉ tiêu không có số liệu huyện nào cho kỳ đang xem. Bỏ chọn để đi qua tất cả."
                : "Skips indicators with no district figure for the period shown. Untick to step through all.";
    case UiText::tab_layout: return vi ? "Trình bày" : "Layout";
    case UiText::tab_data: return vi ? "Dữ liệu" : "Data";
    case UiText::tab_story: return vi ? "Câu chuyện" : "Story";

    case UiText::method: return vi ? "Cách chia lớp" : "Method";
    case UiText::classes: return vi ? "Số lớp" : "Number of classes";
    case UiText::automatic: return vi ? "Tự động" : "Automatic";
    case UiText::automatic_classes_tip:
      return vi ? "Tự động: từ 2 đến 5 lớp tùy số giá trị khác nhau."
                : "Automatic: 2 to 5 classes depending on the number of distinct values.";
    case UiText::palette: return vi ? "Bảng màu (ColorBrewer)" : "Colour scheme (ColorBrewer)";
    case UiText::palette_automatic: return vi ? "Tự động theo chiều của chỉ tiêu" : "Automatic, by the indicator's direction";
    case UiText::badge_colour_blind: return vi ? "Mù màu" : "Colour-blind";
    case UiText::badge_print: return vi ? "In màu" : "Print";
    case UiText::badge_photocopy: return vi ? "Photo đen trắng" : "Photocopy";
    case UiText::badge_colour_blind_tip:
      return vi ? "Người mù màu đỏ hoặc mù màu lục vẫn phân biệt được các màu liền kề (với thang phân kỳ và định tính: "
                  "mọi cặp màu). Mô phỏng Viénot–Brettel, cần ΔE ≥ 8."
                : "Neighbouring colours (all pairs for diverging and qualitative schemes) stay apart for people with "
                  "red or green colour blindness. Viénot–Brettel simulation, ΔE ≥ 8 needed.";
    case UiText::badge_print_tip:
      return vi ? "Các màu liền kề cách nhau đủ xa để vẫn phân biệt được khi in ra giấy: cần ΔE ≥ 15."
                : "Adjacent colours are far enough apart to survive ink on paper: ΔE ≥ 15 needed.";
    case UiText::badge_photocopy_tip:
      return vi ? "Các lớp vẫn sáng tối khác nhau khi photo đen trắng: cần chênh độ sáng ΔL* ≥ 8 giữa hai lớp liền kề."
                : "The classes keep distinct lightness in a black-and-white copy: ΔL* ≥ 8 between neighbours needed.";
    case UiText::badge_passes: return vi ? "Đạt" : "Passes";
    case UiText::badge_fails: return vi ? "Không đạt" : "Fails";
    case UiText::smallest_difference: return vi ? "nhỏ nhất trên bản đồ này" : "smallest on this map";
    case UiText::no_exact_values:
      return vi ? "Kỳ này không có số liệu chính xác cho chỉ tiêu này: các lớp là các khoảng như báo cáo nêu, "
                  "cách chia lớp không áp dụng."
                : "This indicator has no exact figures for this period: the classes are the ranges as stated, so "
                  "the method does not apply.";
    case UiText::manual_needs_values:
      return vi ? "Cần ít nhất một số liệu chính xác để tự đặt ngưỡng." : "Manual breaks need at least one exact figure.";
    case UiText::breaks: return vi ? "Ngưỡng chia lớp" : "Class breaks";
    case UiText::breaks_hint: return vi ? "ví dụ 10; 15,8; 30" : "e.g. 10; 15.8; 30";
    case UiText::breaks_apply: return vi ? "Áp dụng" : "Apply";
    case UiText::breaks_drag_tip:
      return vi ? "Mỗi vạch mảnh là một huyện, đường đứt đoạn là số liệu toàn tỉnh. Kéo tay nắm để dời ngưỡng, "
                  "nhấp đúp để thêm ngưỡng, nhấp chuột phải vào tay nắm để bỏ; hoặc gõ các ngưỡng rồi nhấn Enter."
                : "Each thin tick is a district, the dashed line the province figure. Drag a handle to move a break, "
                  "double-click to add one, right-click a handle to remove it; or type the breaks and press Enter.";
    case UiText::breaks_kept: return vi ? "Bản đồ vẫn giữ các ngưỡng trước." : "The map keeps the previous breaks.";
    case UiText::breaks_empty:
      return vi ? "Nhập ít nhất một ngưỡng, ví dụ: 10; 15,8; 30" : "Enter at least one break, e.g. 10; 15.8; 30";
    case UiText::breaks_mixed:
      return vi ? "Các số dùng lẫn dấu phẩy và dấu chấm thập phân; hãy dùng một kiểu, ví dụ: 10; 15,8; 30"
                : "The numbers mix decimal commas and points; use one kind, e.g. 10; 15.8; 30";
    case UiText::breaks_not_number: return vi ? "'{text}' không phải là số" : "'{text}' is not a number";
    case UiText::breaks_not_rising:
      return vi ? "Các ngưỡng phải tăng dần: {value} không lớn hơn {previous}" : "Breaks must rise: {value} is not above {previous}";
    case UiText::centered_note:
      return vi ? "Thang màu phân kỳ: các lớp rộng đều, đối xứng quanh số liệu toàn tỉnh (cách chia lớp đã chọn không áp dụng)."
                : "Diverging scheme: classes of equal width, symmetric about the province figure (the chosen method "
                  "does not apply).";

    case UiText::map_elements: return vi ? "Thành phần bản đồ" : "Map elements";
    case UiText::show_title: return vi ? "Tiêu đề" : "Title";
    case UiText::show_legend: return vi ? "Chú giải" : "Legend";
    case UiText::show_labels: return vi ? "Tên huyện" : "District names";
    case UiText::show_scale_bar: return vi ? "Thước tỷ lệ" : "Scale bar";
    case UiText::show_north_arrow: return vi ? "Hướng bắc" : "North arrow";
    case UiText::show_locator: return vi ? "Bản đồ vị trí" : "Locator map";
    case UiText::show_credits: return vi ? "Nguồn số liệu" : "Data source";
    case UiText::locator_with_panel:
      return vi ? "Bản đồ vị trí nằm ở chỗ của bảng này: nó hiện khi ẩn bảng (phím H)."
                : "The locator map sits where this panel is: it shows when the panel is hidden (H).";
    case UiText::credits_licence:
      return vi ? "Ranh giới hành chính dùng theo giấy phép CC BY 3.0 IGO: bản đồ công bố phải ghi công nguồn ranh "
                  "giới (OCHA ROAP, geoBoundaries). Khi hiện phần nguồn, dòng ghi công luôn đi kèm."
                : "The boundaries are used under the CC BY 3.0 IGO licence: a published map must credit their source "
                  "(OCHA ROAP, geoBoundaries). Whenever the credits are shown, the attribution is part of them.";
    case UiText::credits_off_warning:
      return vi ? "Đã ẩn nguồn số liệu: khi công bố bản đồ, hãy ghi rõ nguồn số liệu."
                : "Data source hidden: state the source of the figures when you publish this map.";
    case UiText::title: return vi ? "Tiêu đề" : "Title";
    case UiText::subtitle: return vi ? "Phụ đề" : "Subtitle";
    case UiText::automatic_text_tip:
      return vi ? "Để trống thì tự động theo chỉ tiêu và kỳ." : "Leave empty for the automatic text from the indicator and period.";
    case UiText::reset_to_automatic: return vi ? "Tự động" : "Automatic";

    case UiText::open_table_file: return vi ? "Mở tệp…" : "Open file…";
    case UiText::drop_table_hint:
      return vi ? "Hoặc kéo thả tệp CSV, XLSX, ODS vào cửa sổ." : "Or drop a CSV, XLSX or ODS file onto the window.";
    case UiText::recent_tables: return vi ? "Mở gần đây" : "Recent tables";
    case UiText::not_a_table:
      return vi ? "{file} không phải bảng CSV, XLSX hay ODS; hãy thả một tệp bảng số liệu."
                : "{file} is not a CSV, XLSX or ODS table; drop a table file.";
    case UiText::table_file_filter: return vi ? "Bảng số liệu (CSV, XLSX, ODS)" : "Data tables (CSV, XLSX, ODS)";

    case UiText::export_button: return vi ? "Xuất bản đồ… (Ctrl+E)" : "Export… (Ctrl+E)";
    case UiText::export_title: return vi ? "Xuất bản đồ" : "Export the map";
    case UiText::export_what:
      return vi ? "Xuất đúng bản đồ đang hiển thị: kiểu xem, chỉ tiêu, kỳ, huyện đã ghim, ngôn ngữ và trình bày."
                : "Exports the map as shown: view, indicator, period, pinned districts, language and layout.";
    case UiText::export_size: return vi ? "Kích thước" : "Size";
    case UiText::preset_slide_hd: return vi ? "Trang chiếu 16:9 — {size}" : "Slide 16:9 — {size}";
    case UiText::preset_slide_4k: return vi ? "Trang chiếu 4K — {size}" : "Slide 4K — {size}";
    case UiText::preset_paper: return vi ? "{paper} {orientation}, {dpi} DPI — {size}" : "{paper} {orientation}, {dpi} DPI — {size}";
    case UiText::portrait: return vi ? "dọc" : "portrait";
    case UiText::landscape: return vi ? "ngang" : "landscape";
    case UiText::preset_custom: return vi ? "Tùy chỉnh" : "Custom";
    case UiText::export_width: return vi ? "Rộng" : "Width";
    case UiText::export_height: return vi ? "Cao" : "Height";
    case UiText::export_format: return vi ? "Định dạng" : "Format";
    case UiText::export_folder: return vi ? "Thư mục" : "Folder";
    case UiText::export_file_name: return vi ? "Tên tệp" : "File name";
    case UiText::choose: return vi ? "Chọn…" : "Choose…";
    case UiText::export_write: return vi ? "Xuất" : "Export";
    case UiText::close: return vi ? "Đóng" : "Close";
    case UiText::export_written: return vi ? "Đã ghi {path}" : "Written: {path}";
    case UiText::open_folder: return vi ? "Mở thư mục" : "Open folder";
    case UiText::export_failed: return vi ? "Không xuất được: {reason}" : "Could not export: {reason}";
    case UiText::export_bad_size:
      return vi ? "Chiều rộng và chiều cao phải từ {min} đến {max} điểm ảnh." : "Width and height must be {min} to {max} pixels.";
    case UiText::export_no_name: return vi ? "Hãy nhập tên tệp." : "Type a file name.";
    case UiText::export_no_folder:
      return vi ? "Thư mục {folder} không tồn tại; hãy chọn một thư mục có sẵn." : "The folder {folder} does not exist; choose an existing folder.";
    case UiText::export_scope: return vi ? "Xuất gì" : "What to export";
    case UiText::scope_this_map: return vi ? "Bản đồ này" : "This map";
    case UiText::scope_all_indicators: return vi ? "Mọi chỉ tiêu có số liệu" : "Every indicator with figures";
    case UiText::scope_chosen_indicators: return vi ? "Các chỉ tiêu được chọn" : "Chosen indicators";
    case UiText::scope_all_periods: return vi ? "Mọi kỳ (không chỉ kỳ đang xem)" : "Every period (not only the one shown)";
    case UiText::export_deck: return vi ? "Một tệp PDF, mỗi bản đồ một trang" : "One PDF, a page per map";
    case UiText::export_name_pattern: return vi ? "Mẫu tên tệp" : "File name pattern";
    case UiText::export_pattern_hint:
      return vi ? "{indicator} mã chỉ tiêu · {period} kỳ · {lang} ngôn ngữ · {ext} đuôi tệp"
                : "{indicator} indicator id · {period} period · {lang} language · {ext} extension";
    case UiText::export_none_chosen: return vi ? "Hãy chọn ít nhất một chỉ tiêu." : "Choose at least one indicator.";
    case UiText::export_writing: return vi ? "Đang ghi…" : "Writing…";
    case UiText::export_quit_after:
      return vi ? "Sẽ thoát khi xuất xong · Ctrl+Q lần nữa: dừng xuất và thoát ngay"
                : "Quits when the export is done · Ctrl+Q again: stop it and quit now";
    case UiText::export_progress: return "{n} / {total}";
    case UiText::export_batch_done: return vi ? "Đã ghi {written}/{total} bản đồ vào {place}" : "Wrote {written} of {total} maps to {place}";
    case UiText::export_batch_cancelled:
      return vi ? "Đã hủy: đã ghi {written}/{total} bản đồ" : "Cancelled: {written} of {total} maps written";
    case UiText::export_batch_failed: return vi ? "{failed} bản đồ không ghi được:" : "{failed} maps could not be written:";

    case UiText::browser_open_title: return vi ? "Mở bảng số liệu" : "Open a data table";
    case UiText::browser_save_title: return vi ? "Lưu vào" : "Save as";
    case UiText::browser_up: return vi ? "Lên" : "Up";
    case UiText::browser_folder: return vi ? "Thư mục" : "Folder";
    case UiText::browser_name: return vi ? "Tên tệp" : "File name";
    case UiText::browser_open: return vi ? "Mở" : "Open";
    case UiText::browser_save: return vi ? "Chọn" : "Choose";
    case UiText::cancel: return vi ? "Hủy" : "Cancel";
    case UiText::browser_empty: return vi ? "(không có tệp phù hợp)" : "(no matching files)";
    case UiText::browser_unreadable: return vi ? "Không đọc được thư mục {folder}: {reason}" : "Cannot read the folder {folder}: {reason}";

    case UiText::load_table: return vi ? "Nạp bảng số liệu…" : "Load table…";
    case UiText::load_table_button: return vi ? "Nạp" : "Load";
    case UiText::table_path_hint: return vi ? "Đường dẫn tệp CSV, XLSX hoặc ODS" : "Path of a CSV, XLSX or ODS file";
    case UiText::table_help:
      return vi ? "Mỗi dòng một huyện (cột “Huyện” hoặc “Mã”), mỗi cột một chỉ tiêu; hoặc các cột “Chỉ tiêu”, "
                  "“Huyện”, “Giá trị”. Không có cột “Kỳ” thì số liệu thuộc kỳ đang xem."
                : "One row per district (column “District” or “Code”), one column per indicator; or columns "
                  "“Indicator”, “District”, “Value”. Without a “Period” column the figures belong to the period "
                  "on screen.";
    case UiText::loaded_tables: return vi ? "Bảng đã nạp" : "Loaded tables";
    case UiText::no_tables: return vi ? "Chưa nạp bảng nào." : "No table loaded yet.";
    case UiText::view_report: return vi ? "Báo cáo" : "Report";
    case UiText::periods_available: return vi ? "Các kỳ có số liệu" : "Periods with data";

    case UiText::table_rows_matched: return vi ? "{matched}/{read} dòng khớp" : "{matched}/{read} rows matched";
    case UiText::table_issue_count: return vi ? "{n} vấn đề" : "{n} issue(s)";
    case UiText::table_load_failed: return vi ? "{path}: không đọc được: {error}" : "{path}: could not be read: {error}";
    case UiText::table_load_line:
      return vi ? "{path}: {rows} dòng, {matched} khớp, {values} số liệu" : "{path}: {rows} rows, {matched} matched, {values} values";

    case UiText::same_as_province: return vi ? "bằng toàn tỉnh" : "same as the province";
    case UiText::above_province: return vi ? "+{amount}{what} so với toàn tỉnh" : "{amount}{what} above the province";
    case UiText::below_province: return vi ? "−{amount}{what} so với toàn tỉnh" : "{amount}{what} below the province";
    case UiText::percentage_point: return vi ? " điểm %" : " percentage point";
    case UiText::percentage_points: return vi ? " điểm %" : " percentage points";

    case UiText::report_title: return vi ? "Báo cáo nạp bảng" : "Table import report";
    case UiText::report_rows_read: return vi ? "Số dòng đã đọc" : "Rows read";
    case UiText::report_rows_matched: return vi ? "Dòng khớp" : "Rows matched";
    case UiText::report_unmatched: return vi ? "Không khớp huyện" : "Unmatched";
    case UiText::report_ambiguous: return vi ? "Tên không rõ ràng" : "Ambiguous";
    case UiText::report_bad_values: return vi ? "Giá trị không đọc được" : "Bad values";
    case UiText::report_conflicts: return vi ? "Giá trị mâu thuẫn" : "Conflicts";
    case UiText::report_replaced: return vi ? "Thay số liệu đã có" : "Replaced figures";
    case UiText::report_other_issues: return vi ? "Vấn đề khác" : "Other issues";
    case UiText::report_values_added: return vi ? "Số liệu huyện đã thêm" : "District values added";
    case UiText::report_issues: return vi ? "Các vấn đề" : "Issues";
    case UiText::report_where: return vi ? "Vị trí" : "Where";
    case UiText::report_kind: return vi ? "Loại" : "Kind";
    case UiText::report_text: return vi ? "Nội dung" : "Text";
    case UiText::report_reason: return vi ? "Lý do" : "Reason";
    case UiText::report_closest: return vi ? "Gần nhất" : "Closest";
    case UiText::report_decisions: return vi ? "Cách đọc bảng" : "How the table was read";
    case UiText::report_read_error:
      return vi ? "Không đọc được tệp; số liệu không thay đổi." : "The file could not be read; nothing was changed.";
    case UiText::report_all_matched:
      return vi ? "Mọi dòng đều khớp với một huyện và mọi giá trị đều đọc được."
                : "Every row matched a district and every value was read.";
    case UiText::report_close: return vi ? "Đóng" : "Close";
    case UiText::report_kept_first:
      return vi ? "Chỉ hiện {kept} trong {total} vấn đề (những vấn đề đầu tiên của mỗi loại)."
                : "Showing {kept} of {total} issues (the first of each kind).";
    case UiText::report_write_all: return vi ? "Ghi toàn bộ danh sách ra tệp" : "Write the full list to a file";
    case UiText::report_written: return vi ? "Đã ghi toàn bộ danh sách vào {path}" : "The full list is in {path}";
    case UiText::report_period: return vi ? "Kỳ của bảng" : "The table's period";
    case UiText::report_period_reload: return vi ? "Nạp lại với kỳ này" : "Load again as this period";
    case UiText::report_period_unknown:
      return vi ? "Không hiểu kỳ '{text}': viết như 2021-Q2 hoặc Quý II/2021"
                : "'{text}' is not a period: write it as 2021-Q2 or Quý II/2021";
    case UiText::map_title:
      return vi ? "Ghép cột với chỉ tiêu"
                : "Match columns to indicators";
    case UiText::map_intro:
      return vi ? "{file}: chưa chắc các cột dưới đây là chỉ tiêu nào. Chọn cho từng cột rồi bấm Áp dụng; lựa chọn được lưu để lần sau nạp bảng này không phải hỏi lại."
                : "{file}: it is not certain which indicators the columns below are. Choose for each column, then Apply; the choice is saved so this table loads without asking next time.";
    case UiText::map_samples:
      return vi ? "Giá trị mẫu: {values}"
                : "Sample values: {values}";
    case UiText::map_period:
      return vi ? "kỳ {period} lấy từ tiêu đề"
                : "period {period} taken from the header";
    case UiText::map_why_words:
      return vi ? "Đề xuất vì các từ của tiêu đề gần với tên chỉ tiêu."
                : "Proposed because the header's words are close to the indicator's name.";
    case UiText::map_why_unit:
      return vi ? "Tên khớp nhưng đơn vị '{unit}' của cột khác đơn vị '{indicator_unit}' của chỉ tiêu."
                : "The name matches but the column's unit '{unit}' is not the indicator's '{indicator_unit}'.";
    case UiText::map_why_none:
      return vi ? "Không chỉ tiêu nào có tên gần với tiêu đề cột."
                : "No indicator's name is close to the header.";
    case UiText::map_confirm:
      return vi ? "Xác nhận: {name}"
                : "Confirm: {name}";
    case UiText::map_other:
      return vi ? "Chọn chỉ tiêu khác"
                : "Choose another indicator";
    case UiText::map_ignore:
      return vi ? "Bỏ qua cột này"
                : "Leave this column out";
    case UiText::map_new:
      return vi ? "Tạo chỉ tiêu mới"
                : "Make a new indicator";
    case UiText::map_search_hint:
      return vi ? "Tìm chỉ tiêu…"
                : "Search indicators…";
    case UiText::map_none_chosen:
      return vi ? "(chưa chọn chỉ tiêu)"
                : "(no indicator chosen)";
    case UiText::map_name_vi:
      return vi ? "Tên tiếng Việt"
                : "Vietnamese name";
    case UiText::map_name_en:
      return vi ? "Tên tiếng Anh"
                : "English name";
    case UiText::map_unit:
      return vi ? "Đơn vị"
                : "Unit";
    case UiText::map_polarity:
      return vi ? "Chiều"
                : "Direction";
    case UiText::polarity_higher:
      return vi ? "Cao hơn là tốt hơn"
                : "Higher is better";
    case UiText::polarity_lower:
      return vi ? "Thấp hơn là tốt hơn"
                : "Lower is better";
    case UiText::polarity_neutral:
      return vi ? "Trung tính"
                : "Neutral";
    case UiText::map_new_id:
      return vi ? "Mã chỉ tiêu: {id}"
                : "Indicator id: {id}";
    case UiText::map_apply:
      return vi ? "Áp dụng (Ctrl+Enter)"
                : "Apply (Ctrl+Enter)";
    case UiText::map_later:
      return vi ? "Để sau"
                : "Not now";
    case UiText::map_needs_choice:
      return vi ? "Hãy chọn cho mỗi cột (hoặc bỏ qua cột) trước khi áp dụng."
                : "Choose for every column (or leave it out) before applying.";
    case UiText::map_needs_name:
      return vi ? "Chỉ tiêu mới của cột {column} cần một tên."
                : "The new indicator of the column {column} needs a name.";
    case UiText::map_saved:
      return vi ? "Đã lưu cách ghép cột vào {path}"
                : "The column mapping is saved in {path}";
    case UiText::map_not_saved:
      return vi ? "Đã dùng cách ghép cột nhưng không lưu được ({reason}); lần sau sẽ hỏi lại."
                : "The column mapping is used but could not be saved ({reason}); it will be asked again next time.";
    case UiText::map_reopen:
      return vi ? "Ghép cột…"
                : "Match columns…";
    case UiText::template_button:
      return vi ? "Tạo mẫu nhập số liệu… (Ctrl+T)"
                : "Make a data entry template… (Ctrl+T)";
    case UiText::template_title:
      return vi ? "Mẫu nhập số liệu"
                : "Data entry template";
    case UiText::template_intro:
      return vi ? "Bảng gồm 11 huyện/thành phố (mã, tên), một dòng toàn tỉnh và một cột cho mỗi chỉ tiêu; điền số rồi nạp lại."
                : "A sheet of the 11 districts (code, name), a province row and one column per indicator; fill it in and load it back.";
    case UiText::template_period:
      return vi ? "Kỳ"
                : "Period";
    case UiText::template_format:
      return vi ? "Định dạng"
                : "Format";
    case UiText::template_choose:
      return vi ? "Chọn nơi lưu…"
                : "Choose where to save…";
    case UiText::template_written:
      return vi ? "Đã ghi mẫu vào {path}"
                : "Template written: {path}";
    case UiText::template_failed:
      return vi ? "Không ghi được mẫu: {reason}"
                : "The template could not be written: {reason}";
    case UiText::template_bad_period:
      return vi ? "Kỳ '{period}' không hợp lệ; ghi dạng 2021-Q2 hoặc Quý II/2021."
                : "The period '{period}' is not valid; write it as 2021-Q2 or Quý II/2021.";
    case UiText::story_new_name: return vi ? "câu chuyện mới" : "new story";
    case UiText::story_not_saved_yet: return vi ? "(chưa lưu)" : "(not saved)";
    case UiText::story_unsaved_mark: return vi ? " • có thay đổi chưa lưu" : " • unsaved changes";
    case UiText::story_new: return vi ? "Mới" : "New";
    case UiText::story_open: return vi ? "Mở…" : "Open…";
    case UiText::story_save: return vi ? "Lưu" : "Save";
    case UiText::story_save_as: return vi ? "Lưu thành…" : "Save as…";
    case UiText::story_title: return vi ? "Tên câu chuyện" : "Story title";
    case UiText::story_add_slide: return vi ? "Thêm bản đồ này làm trang" : "Add this view as a slide";
    case UiText::story_slides: return vi ? "Các trang ({count})" : "Slides ({count})";
    case UiText::story_no_slides: return vi ? "Chưa có trang nào." : "No slides yet.";
    case UiText::story_up: return vi ? "Lên" : "Up";
    case UiText::story_down: return vi ? "Xuống" : "Down";
    case UiText::story_duplicate: return vi ? "Nhân bản" : "Duplicate";
    case UiText::story_delete: return vi ? "Xóa" : "Delete";
    case UiText::story_slide_title: return vi ? "Tiêu đề trang" : "Slide title";
    case UiText::story_slide_title_hint: return vi ? "(tên chỉ tiêu)" : "(the indicator's name)";
    case UiText::story_note: return vi ? "Ghi chú cho người trình bày" : "Speaker note";
    case UiText::story_spotlight: return vi ? "Tiêu điểm: {district}" : "Spotlight: {district}";
    case UiText::story_present_hint: return vi ? "F5: trình chiếu câu chuyện" : "F5: present the story";
    case UiText::story_slide_added: return vi ? "đã thêm trang {n}/{total}" : "added slide {n}/{total}";
    case UiText::story_saved: return vi ? "đã lưu câu chuyện vào {path}" : "story saved to {path}";
    case UiText::story_save_failed:
      return vi ? "Không lưu được câu chuyện: {reason}"
                : "The story was not saved: {reason}";
    case UiText::story_restored: return vi ? "đã khôi phục {path}" : "restored {path}";
    case UiText::story_ask_unsaved:
      return vi ? "Câu chuyện “{file}” có thay đổi chưa lưu. Lưu lại trước khi tiếp tục?"
                : "The story “{file}” has unsaved changes. Save them before going on?";
    case UiText::story_ask_restore:
      return vi ? "Có bản tự lưu của “{file}” mới hơn tệp. Khôi phục bản tự lưu?"
                : "There is an autosave of “{file}” newer than the file. Restore the autosave?";
    case UiText::story_unsaved_title: return vi ? "Thay đổi chưa lưu" : "Unsaved changes";
    case UiText::story_autosave_title: return vi ? "Bản tự lưu" : "Autosave";
    case UiText::story_answer_save: return vi ? "Lưu (Enter)" : "Save (Enter)";
    case UiText::story_answer_discard: return vi ? "Không lưu (D)" : "Don't save (D)";
    case UiText::story_answer_cancel: return vi ? "Hủy (Esc)" : "Cancel (Esc)";
    case UiText::story_answer_restore: return vi ? "Khôi phục (Enter)" : "Restore (Enter)";
    case UiText::story_answer_ignore: return vi ? "Bỏ qua (Esc)" : "Ignore (Esc)";
    case UiText::option_whole_number:
      return vi ? "{option} phải là số nguyên từ {min} đến {max}, không phải '{text}'"
                : "{option} must be a whole number from {min} to {max}, not '{text}'";
    case UiText::option_size_width: return vi ? "chiều rộng của --size" : "--size width";
    case UiText::option_size_height: return vi ? "chiều cao của --size" : "--size height";
    case UiText::option_size_format:
      return vi ? "--size cần RỘNGxCAO, vd. 1600x900, không phải '{text}'"
                : "--size takes WIDTHxHEIGHT, e.g. 1600x900, not '{text}'";
    case UiText::option_needs_value: return vi ? "{option} cần một giá trị (xem --help)" : "{option} needs a value (see --help)";
    case UiText::option_needs_file: return vi ? "{option} cần một tên tệp" : "{option} needs a file name";
    case UiText::option_text_size:
      return vi ? "--text-size nhận laptop, projector hoặc large-hall, không phải '{text}'"
                : "--text-size takes laptop, projector or large-hall, not '{text}'";
    case UiText::option_renderer:
      return vi ? "--renderer nhận auto, cpu hoặc opengl, không phải '{text}'"
                : "--renderer takes auto, cpu or opengl, not '{text}'";
    case UiText::option_units_fields:
      return vi ? "--units TỆP cần đi cùng --code-field TRƯỜNG và --name-field TRƯỜNG"
                : "--units FILE goes with --code-field FIELD and --name-field FIELD";
    case UiText::option_unknown: return vi ? "không có tuỳ chọn '{option}' (xem --help)" : "unknown option '{option}' (see --help)";
  }
  return "";
}

std::string ui_text(Lang lang, UiText text, std::initializer_list<std::pair<const char*, std::string>> values) {
  return fill(ui_text(lang, text), values);
}

std::vector<Shortcut> shortcuts(Lang lang) {
  const bool vi = lang == Lang::vi;
  return {
      {"← →  ↑ ↓", vi ? "chỉ tiêu trước, sau" : "previous, next indicator"},
      {"PgUp PgDn", vi ? "kỳ trước, sau" : "previous, next period"},
      {"H", vi ? "ẩn, hiện bảng điều khiển" : "hide or show the panel"},
      {"F  F11", vi ? "toàn màn hình" : "full screen"},
      {"F5", vi ? "trình chiếu: → ← Space chuyển bản đồ, B/W màn hình đen/trắng, bấm chuột vào huyện để làm nổi bật"
                : "present: → ← Space step through maps, B/W black/white screen, click a district to spotlight it"},
      {"V", vi ? "đổi kiểu xem (bản đồ, xếp hạng)" : "switch view (map, ranking)"},
      {"M", vi ? "biểu đồ (xếp hạng, tổng quan, hồ sơ) toàn cửa sổ, hoặc cạnh bản đồ"
               : "a chart (ranking, overview, profile) in the whole window, or beside the map"},
      {vi ? "Bấm chuột" : "Click", vi ? "ghim, bỏ ghim huyện (tối đa 4)" : "pin or unpin a district (up to 4)"},
      {"Esc", vi ? "việc đầu tiên còn làm được: bật lại màn hình đen/trắng, tắt làm nổi bật, thoát trình chiếu, bỏ ghim tất cả, thoát toàn màn hình"
              : "the first that applies: bring a black/white screen back, put the spotlight out, stop presenting, unpin all, leave full screen"},
      {"R  Home", vi ? "đặt lại khung nhìn" : "reset the view"},
      {"L", vi ? "đổi ngôn ngữ (Tiếng Việt, English)" : "switch language (Tiếng Việt, English)"},
      {"+ -", vi ? "phóng to, thu nhỏ" : "zoom in, out"},
      {vi ? "Cuộn chuột" : "Mouse wheel", vi ? "phóng to, thu nhỏ tại con trỏ; trên bảng: cuộn các dòng" : "zoom at the pointer; over a table: scroll its rows"},
      {vi ? "Kéo chuột" : "Drag", vi ? "di chuyển bản đồ" : "pan the map"},
      {"Ctrl+E", vi ? "xuất bản đồ ra PNG, SVG, PDF" : "export the map to PNG, SVG, PDF"},
      {"Ctrl+T", vi ? "tạo mẫu nhập số liệu" : "make a data entry template"},
      {"Ctrl+Q", vi ? "thoát" : "quit"},
  };
}

const char* method_name(Lang lang, ClassMethod method) {
  const bool vi = lang == Lang::vi;
  switch (method) {
    case ClassMethod::natural_breaks: return vi ? "Khoảng tự nhiên (Jenks)" : "Natural breaks (Jenks)";
    case ClassMethod::quantile: return vi ? "Phân vị" : "Quantiles";
    case ClassMethod::equal_interval: return vi ? "Khoảng đều" : "Equal intervals";
    case ClassMethod::std_dev: return vi ? "Độ lệch chuẩn" : "Standard deviation";
    case ClassMethod::manual: return vi ? "Tự đặt ngưỡng" : "Manual breaks";
    case ClassMethod::unique: return vi ? "Giá trị riêng" : "Unique values";
  }
  return "";
}

const char* method_description(Lang lang, ClassMethod method) {
  const bool vi = lang == Lang::vi;
  switch (method) {
    case ClassMethod::natural_breaks:
      return vi ? "Các giá trị gần nhau vào chung một lớp (thuật toán Fisher–Jenks, lần nào cũng cho cùng kết quả)."
                : "Values close together share a class (Fisher–Jenks: the same result every time).";
    case ClassMethod::quantile:
      return vi ? "Mỗi lớp có số huyện gần bằng nhau; các giá trị bằng nhau không bị tách ra hai lớp."
                : "Each class holds about the same number of districts; equal values are never split.";
    case ClassMethod::equal_interval:
      return vi ? "Các lớp rộng bằng nhau, từ giá trị nhỏ nhất đến lớn nhất."
                : "Classes of equal width from the smallest to the largest value.";
    case ClassMethod::std_dev:
      return vi ? "Mỗi lớp rộng một độ lệch chuẩn, tính từ số liệu toàn tỉnh (không có thì từ trung bình)."
                : "Classes one standard deviation wide, measured from the province figure (or the mean).";
    case ClassMethod::manual:
      return vi ? "Tự gõ các ngưỡng hoặc kéo chúng trên biểu đồ; lớp đầu và lớp cuối để ngỏ."
                : "Type the breaks or drag them on the chart; the first and last classes are open-ended.";
    case ClassMethod::unique:
      return vi ? "Mỗi giá trị khác nhau là một lớp." : "One class per distinct value.";
  }
  return "";
}

const char* scheme_kind_name(Lang lang, SchemeKind kind) {
  const bool vi = lang == Lang::vi;
  switch (kind) {
    case SchemeKind::sequential: return vi ? "Tuần tự" : "Sequential";
    case SchemeKind::diverging: return vi ? "Phân kỳ" : "Diverging";
    case SchemeKind::qualitative: return vi ? "Định tính" : "Qualitative";
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

const char* issue_kind_name(Lang lang, ImportIssue::Kind kind) {
  const bool vi = lang == Lang::vi;
  switch (kind) {
    case ImportIssue::Kind::unmatched_district: return vi ? "Không khớp huyện" : "No such district";
    case ImportIssue::Kind::ambiguous_district: return vi ? "Tên không rõ ràng" : "Ambiguous name";
    case ImportIssue::Kind::bad_value: return vi ? "Giá trị không đọc được" : "Unreadable value";
    case ImportIssue::Kind::unknown_indicator: return vi ? "Chỉ tiêu không rõ" : "Unknown indicator";
    case ImportIssue::Kind::bad_period: return vi ? "Kỳ không hợp lệ" : "Bad period";
    case ImportIssue::Kind::bad_column: return vi ? "Thiếu cột" : "Missing column";
    case ImportIssue::Kind::conflict: return vi ? "Giá trị mâu thuẫn" : "Conflicting values";
    case ImportIssue::Kind::replaces: return vi ? "Thay số liệu đã có" : "Replaces a loaded figure";
  }
  return "";
}

}  // namespace hgm::app
