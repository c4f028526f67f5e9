#pragma once
// Words of the window interface that the map itself does not use (those are in
// core/i18n.h), in Vietnamese and English.
#include <vector>

#include "core/thematic/classify.h"
#include "core/thematic/colorbrewer_data.h"
#include "core/text/number_format.h"
#include "core/data/table_import.h"
#include "core/layout/text_size.h"

namespace hgm::app {

enum class UiText {
  window_title,     // "Hà Giang — bản đồ chỉ tiêu"
  panel_title,      // the side panel's title bar
  fullscreen,       // button
  leave_fullscreen, // button
  shortcuts_line,   // one-line summary of the keys under the buttons
  shortcuts_help,   // the full list, in the line's tooltip
  source,           // tooltip: "Nguồn"
  replaced_figure,  // {stated} {source}: a table figure that replaced the report's
  table_line,       // tooltip: a planner's table row, "dòng"
  language_vi,      // "Tiếng Việt"
  language_en,      // "English"
  search_hint,      // placeholder of the indicator search box
  nothing_found,    // no indicator matches the search

  // Views and pinned districts.
  view_map,          // "Bản đồ"
  view_rank,         // "Xếp hạng"
  view_overview,     // "Tổng quan"
  view_profile,      // "Hồ sơ huyện"
  view_multiples,    // "Nhiều bản đồ"
  view_change,       // "Thay đổi"
  chart_alone,       // button beside a chart: the chart in the whole window (M)
  chart_beside_map,  // the same while alone: the map beside the chart again (M)
  panels_heading,    // heading of the side-by-side maps' controls
  panels_add,        // {name}: add the current indicator as a panel
  panels_remove,     // tooltip of a panel's remove button
  compared_period,   // "So với kỳ" (the second period of multiples and the change map)
  compared_none,     // no second period: several indicators side by side
  compared_missing,  // the change map without a second period
  change_needs_period,  // the change view with one period loaded
  overview_with_data,   // checkbox: only indicators with figures
  overview_order,       // "Sắp xếp"
  overview_by_group,    // rows by the report's groups
  overview_by_district, // district columns by name
  overview_by_pinned,   // rows by the first pinned district's comparison
  pinned_line,       // "Đã ghim: {names}"
  pin_hint,          // how to pin
  pin_from_list,     // the list of districts to pin from: "Ghim huyện…"
  clear_pins,        // button
  pin_limit,         // {most}: a fifth district cannot be pinned

  // Presenting and the text size.
  present,            // panel button: "Trình chiếu (F5)"
  text_size,          // heading of the text-size control
  text_size_tip,      // what the control scales
  only_with_data,     // toggle: step only through indicators with data for the period
  only_with_data_tip,

  // Panel tabs.
  tab_indicator,
  tab_classes,
  tab_layout,
  tab_data,
  tab_story,

  // Classification.
  method,            // "Cách chia lớp"
  classes,           // "Số lớp"
  automatic,         // "Tự động"
  automatic_classes_tip,
  palette,           // "Bảng màu"
  palette_automatic, // "Tự động (theo chiều chỉ tiêu)"
  badge_colour_blind,
  badge_print,
  badge_photocopy,
  badge_colour_blind_tip,
  badge_print_tip,
  badge_photocopy_tip,
  badge_passes,       // "Đạt" in a badge tooltip
  badge_fails,        // "Không đạt"
  smallest_difference,  // "chênh lệch nhỏ nhất"
  no_exact_values,    // the indicator has no exact figures to classify
  manual_needs_values,
  breaks,             // "Ngưỡng chia lớp"
  breaks_hint,        // placeholder "10; 15,8; 30"
  breaks_apply,       // button
  breaks_drag_tip,    // how to use the histogram
  breaks_kept,        // an invalid text keeps the map as it was
  centered_note,      // diverging classes are centred on the province figure
  breaks_empty,       // the typed breaks hold no number
  breaks_mixed,       // decimal commas and points mixed
  breaks_not_number,  // {text}
  breaks_not_rising,  // {value} {previous}

  // Layout.
  map_elements,       // "Thành phần bản đồ"
  show_title,
  show_legend,
  show_labels,
  show_scale_bar,
  show_north_arrow,
  show_locator,
  show_credits,
  locator_with_panel, // the inset shows when the panel is hidden
  credits_licence,    // tooltip: the licence requires the attribution
  credits_off_warning,
  title,              // "Tiêu đề"
  subtitle,           // "Phụ đề"
  automatic_text_tip, // an empty field takes the automatic text
  reset_to_automatic, // button

  // Planners' tables.
  load_table,         // "Nạp bảng số liệu…"
  load_table_button,  // "Nạp"
  table_path_hint,    // placeholder of the path field
  table_help,         // what a table may look like
  loaded_tables,      // "Bảng đã nạp"
  no_tables,
  view_report,        // button
  periods_available,  // "Các kỳ có số liệu"
  table_rows_matched, // "{matched}/{read} dòng khớp"
  table_issue_count,  // "{n} vấn đề"
  table_load_failed,  // {path} {error}
  table_load_line,    // {path} {rows} {matched} {values}
  open_table_file,    // button: "Mở tệp…" (a file chooser)
  drop_table_hint,    // tables can be dropped on the window
  recent_tables,      // "Mở gần đây"
  not_a_table,        // {file}: a dropped file that is not CSV/XLSX/ODS
  table_file_filter,  // the chooser's filter name

  // Export dialog.
  export_button,      // side panel: "Xuất bản đồ… (Ctrl+E)"
  export_title,
  export_what,        // what is exported: the map as shown
  export_size,
  preset_slide_hd,    // {size}
  preset_slide_4k,    // {size}
  preset_paper,       // {paper} {orientation} {dpi} {size}
  portrait,
  landscape,
  preset_custom,
  export_width,
  export_height,
  export_format,
  export_folder,
  export_file_name,
  choose,             // button opening a chooser
  export_write,       // button: "Xuất"
  close,
  export_written,     // {path}
  open_folder,
  export_failed,      // {reason}
  export_bad_size,    // {min} {max}
  export_no_name,
  export_no_folder,   // {folder}
  export_scope,       // what to export: this map or a batch
  scope_this_map,
  scope_all_indicators,  // every indicator with figures for the period
  scope_chosen_indicators,
  scope_all_periods,  // checkbox: every period, not only the one shown
  export_deck,        // checkbox: one PDF, a page per map
  export_name_pattern,   // "{indicator}_{period}.{ext}"
  export_pattern_hint,   // what the pattern's fields are
  export_none_chosen,
  export_writing,     // "Đang ghi…"
  export_quit_after,  // Ctrl+Q while an export runs: it quits once the export is done
  export_progress,    // {n} {total}
  export_batch_done,  // {written} {total} {place}
  export_batch_cancelled,  // {written} {total}
  export_batch_failed,     // {failed}: how many failed, the list follows

  // Built-in file chooser.
  browser_open_title,
  browser_save_title,
  browser_up,
  browser_folder,     // "Thư mục"
  browser_name,       // "Tên tệp"
  browser_open,       // button
  browser_save,       // button
  cancel,
  browser_empty,
  browser_unreadable, // {folder} {reason}

  // The district tooltip and details: a figure against the province's.
  same_as_province,
  above_province,        // {amount}{what}
  below_province,        // {amount}{what}
  percentage_point,      // " điểm %" / " percentage point"
  percentage_points,     // " điểm %" / " percentage points"

  // Import report window.
  report_title,
  report_rows_read,
  report_rows_matched,
  report_unmatched,
  report_ambiguous,
  report_bad_values,
  report_conflicts,
  report_replaced,
  report_other_issues,
  report_values_added,
  report_issues,
  report_where,
  report_kind,
  report_text,
  report_reason,
  report_closest,
  report_decisions,
  report_read_error,
  report_all_matched,
  report_close,
  report_kept_first,  // {kept} {total}
  report_write_all,
  report_written,     // {path}
  report_period,          // the period a table stating none is taken as
  report_period_reload,   // load it again as the period typed
  report_period_unknown,  // {text}

  // The column mapping step and the data entry template.
  map_title,
  map_intro, // {file}
  map_samples, // {values}
  map_period, // {period}
  map_why_words,
  map_why_unit, // {unit} {indicator_unit}
  map_why_none,
  map_confirm, // {name}
  map_other,
  map_ignore,
  map_new,
  map_search_hint,
  map_none_chosen,
  map_name_vi,
  map_name_en,
  map_unit,
  map_polarity,
  polarity_higher,
  polarity_lower,
  polarity_neutral,
  map_new_id, // {id}
  map_apply,
  map_later,
  map_needs_choice,
  map_needs_name, // {column}
  map_saved, // {path}
  map_not_saved, // {reason}
  map_reopen,
  template_button,
  template_title,
  template_intro,
  template_period,
  template_format,
  template_choose,
  template_written, // {path}
  template_failed, // {reason}
  template_bad_period, // {period}
  // The story tab, its log lines and the questions that keep changes from being lost.
  story_new_name,           // a never-saved story's name in questions
  story_not_saved_yet,      // the story tab's file line before the first save
  story_unsaved_mark,       // after the file's name while it has unsaved changes
  story_new,                // button
  story_open,               // button
  story_save,               // button
  story_save_as,            // button
  story_title,              // heading of the story's title field
  story_add_slide,          // button
  story_slides,             // {count}: heading of the slide list
  story_no_slides,
  story_up,                 // button: the selected slide one place up
  story_down,               // button
  story_duplicate,          // button
  story_delete,             // button
  story_slide_title,        // heading of the selected slide's title field
  story_slide_title_hint,   // the field's placeholder: what the slide shows without one
  story_note,               // heading of the speaker note
  story_spotlight,          // {district}: the slide's spotlit district
  story_present_hint,
  story_slide_added,        // {n} {total}: logged
  story_saved,              // {path}: logged
  story_save_failed,        // {reason}
  story_restored,           // {path}: the autosave read back, logged
  story_ask_unsaved,        // {file}: before quitting, opening or a new story
  story_ask_restore,        // {file}: opening a story with a newer autosave
  story_unsaved_title,      // the question's title
  story_autosave_title,     // the question's title
  story_answer_save,        // button (Enter)
  story_answer_discard,     // button (D)
  story_answer_cancel,      // button (Esc)
  story_answer_restore,     // button (Enter)
  story_answer_ignore,      // button (Esc)
  // Errors in the window's command line (exit 2).
  option_whole_number,  // {option} {min} {max} {text}
  option_size_width,    // what --size's first number is, for option_whole_number
  option_size_height,
  option_size_format,   // {text}
  option_needs_value,   // {option}
  option_needs_file,    // {option}
  option_text_size,     // {text}
  option_renderer,      // {text}
  option_unknown,       // {option}
  option_units_fields,  // --units without --code-field and --name-field (or the other way)
};

const char* ui_text(Lang lang, UiText text);
// The entry with its placeholders filled: ui_text(lang, UiText::breaks_not_number, {{"text", t}}).
std::string ui_text(Lang lang, UiText text, std::initializer_list<std::pair<const char*, std::string>> values);

// A key (or mouse action) and what it does, for the shortcuts tooltip.
struct Shortcut {
  const char* keys;
  const char* action;
};
std::vector<Shortcut> shortcuts(Lang lang);

// "Khoảng tự nhiên (Jenks)", "Natural breaks (Jenks)" …
const char* method_name(Lang lang, ClassMethod method);
// One sentence on what the method does, for its tooltip.
const char* method_description(Lang lang, ClassMethod method);
// "Tuần tự", "Phân kỳ", "Định tính".
const char* scheme_kind_name(Lang lang, SchemeKind kind);
// "Máy tính xách tay", "Máy chiếu", "Hội trường lớn" (and the English names).
const char* text_size_name(Lang lang, TextSize size);
// "Không khớp huyện" …
const char* issue_kind_name(Lang lang, ImportIssue::Kind kind);

}  // namespace hgm::app
