#pragma once
// The words of the interface and of the map, in Vietnamese (default) and English.
#include <initializer_list>
#include <string>
#include <vector>
#include <utility>

#include "core/text/lang.h"

namespace hgm {

enum class Msg {
  no_data,            // "không có số liệu"
  no_data_legend,     // legend entry for districts without a figure
  // The change between two periods (core/compare/change, core/views/change_view).
  change_points_unit,      // the unit of a change of a %: "điểm %"
  change_between,          // {lo} {hi}: a change known to lie between two numbers
  change_no_data_in,       // {period}: the figure is missing in that period
  change_not_comparable,   // a flag, category or group figure in either period (a district's text)
  change_unbounded,        // both periods bounds on the same side (a district's text)
  change_not_comparable_legend,
  change_unbounded_legend,
  change_province,         // {change}: the province's own change, a legend note
  change_colours_neutral,  // the legend's note on the colours, by polarity
  change_colours_higher,
  change_colours_lower,
  change_bound_note,       // why some districts are hatched
  change_no_change,        // the histogram's mark at 0
  change_subtitle,         // {from} {to}
  districts_count,    // "{n} huyện/TP" (n substituted by the caller)
  province_reference, // "Toàn tỉnh"
  inferred,           // "(suy ra)"
  flagged,            // legend entry for districts named in a list
  source_prefix,      // "Nguồn số liệu: "
  report_name,        // the report's title
  section,            // "mục"
  indicator,          // "Chỉ tiêu"
  period,             // "Kỳ"
  reset_view,         // "Đặt lại khung nhìn"
  language,           // "Ngôn ngữ"
  quote,              // "Trích"
  classes_note,       // legend note on class boundaries
  one_class_per_value,    // "{distinct} values for {requested} classes: one class per value"
  merged_tied_quantiles,  // "tied values on a quantile boundary: {classes} classes instead of {requested}"
  centered_on_reference,  // "colours centred on the province figure {value}"
  // The choropleth's own words: unknown ids, counts, and a value said in words.
  unknown_indicator,      // "unknown indicator '{id}'; known indicators: {known}"
  unknown_period,         // "unknown period '{id}'; known periods: {known}"
  one_district_count,     // "1 huyện/TP" / "1 unit"
  value_at_most,          // "không quá {v}" / "at most {v}"
  value_below,            // "dưới {v}"
  value_at_least,         // "từ {v} trở lên"
  value_above,            // "trên {v}"
  value_from_to,          // "từ {lo} đến {hi}"
  value_from_to_below,    // "từ {lo} đến dưới {hi}"
  value_above_to,         // "trên {lo} đến {hi}"
  value_above_to_below,   // "trên {lo} đến dưới {hi}"
  value_named,            // a flag without its own label: "được nêu tên"
  value_approximate,      // "≈ {v}" / "about {v}"
  value_shared,           // "{value} (chung cho nhóm)"
  value_shared_by,        // "{value} ({group})": the group named in the chosen language
  compare_better,         // "tốt hơn toàn tỉnh"
  compare_same,           // "bằng toàn tỉnh"
  compare_worse,          // "kém hơn toàn tỉnh"
  compare_not_better,     // "không tốt hơn toàn tỉnh"
  compare_not_worse,      // "không kém hơn toàn tỉnh"
  compare_cannot_tell,    // "chưa rõ so với toàn tỉnh"
  compare_no_reference,   // "không có số toàn tỉnh"
  rank,                   // "Hạng"
  unranked_group,         // "Nêu tên, phân loại, ước tính hoặc số chung cho nhóm (không xếp hạng)"
  province_line,          // "Toàn tỉnh: {value}"
  // The overview and profile views (core/views).
  view_compared_title,    // "Các huyện so với toàn tỉnh"
  view_subtitle_count, // "{period} · {count} chỉ tiêu có số liệu"
  overview_ordered_by,    // {district}: after the subtitle when rows follow a pinned district
  overview_sort_needs_pin,  // `overview --sort pinned` without a district to sort by
  view_rows_cut,          // "Khổ {size} chỉ vừa {shown}/{total} chỉ tiêu": on the image of a cut table
  view_rows_scrolled,     // "Chỉ tiêu {first}–{last}/{total}": a window's table, scrolled by the wheel
  view_rows_cut_advice,   // overview: how to see them all, said on the command line only
  view_profile_rows_cut_advice,  // profile: the same, with the profile command for {districts}
  view_named_cell,        // "nêu tên": a flag in a grid cell
  view_section_column,    // "Mục"
  view_legend_title,      // "Màu: so với số toàn tỉnh, theo chiều tốt của chỉ tiêu"
  view_cell_marks,        // what ≤ < ≥ > ≈ and * mean in a cell
  view_shared_mark,       // "* số chung cho cả nhóm huyện"
  view_profile_title,     // "Hồ sơ huyện: {districts}"
  view_spread_column,     // "Các huyện: thấp nhất – cao nhất"
  view_spread_key,        // what the band, the province mark, the dot and the bar mean
  view_profile_needs_district,  // "kiểu xem profile cần 1 đến 4 huyện: …"
  view_profile_pin_hint,  // the window's profile with none pinned: how to pin districts
  // The ranking chart (core/views/rank_view).
  rank_district_column,   // "Huyện/TP"
  rank_value_column,      // "Số liệu"
  rank_no_data_names,     // "Không có số liệu: {names}"
  rank_key,               // how to read bars, bands, open ends and rank ranges
  rank_key_province,      // " · Vạch đứng: toàn tỉnh", after rank_key when there is a province line
  rank_pinned_key,        // "Huyện đã ghim"
  map_pinned_note,        // the map legend's note on the pinned outline
  map_highlighted_note,   // "Nổi bật: {names}; các huyện khác mờ đi"
  spec_too_many_districts, // "tối đa {most} huyện, không phải {count}"
  spec_district_twice,     // "mã huyện '{code}' có hai lần"
  spec_unknown_district,   // "không có huyện mã '{code}'; các mã GSO: {known}"
  spec_classes_range,      // "số lớp phải là 0 (tự động) hoặc từ 2 đến {most}, không phải {classes}"
  view_not_one_map,        // {view} {example}: a chart or the change map asked of what makes one period's map
  multiples_count,         // {count}: side-by-side maps need 2–4 indicators or one in two periods
  multiples_both,          // --indicators and --compared-period given together
  multiples_same_period,   // {period}: the compared period is the period itself
  change_needs_compared_period,  // the change map without a second period
  multiples_twice,         // {indicator}: an indicator listed twice
  multiples_too_small,     // {count} {size} {px} {least}: panels would not be legible; the least size that is
  multiples_never_fits,    // {count} {size} {px}: no size up to the largest makes them legible
  multiples_title,         // {count}: the frame's title for several indicators
  multiples_periods,       // {period} {compared}: the subtitle of one indicator in two periods
  multiples_not_one_map,   // asked of what makes one map (inspect, the window's map)
  story_empty,             // a story without slides
  story_slide,             // {n}: "trang {n}" / "slide {n}", where a story problem is
  story_no_figures,        // {indicator} {period} {periods}: no district figure for it in that period
  story_breaks_outside,    // {lo} {hi}: every limit below or above all the figures
  story_unknown_spotlight, // {code} {known}
  story_problems,          // {source} {count}: the line above a story's problems
  story_fine,              // {source} {count}: a story with no problem, and how many slides it has
  unknown_district,       // "Hà Giang không có huyện/thành phố '{name}'; gần nhất: {closest}"
  palette_too_short,      // "bảng màu {palette} chỉ có tối đa {colors} màu, bản đồ này cần {classes} lớp; …"
  too_many_breaks,        // "có {given} ngưỡng; tối đa {most} ngưỡng ({classes} lớp)"
  export_no_extension,    // {path}: a map file name without .png, .svg or .pdf
  export_unknown_format,  // {path} {ext}: a map file name whose extension cannot be written
  export_too_small,       // {size} {min} {smallest}: the map and legend are not legible at this size
  export_too_small_any,   // {size} {min}: … nor at any size of that shape within the limits
  chart_too_small,        // {view} {size} {min} {smallest}: a ranking's rows do not all fit legibly
  chart_too_small_any,    // {view} {size} {min}: … nor at any size of that shape within the limits
  batch_names_collide,    // {pattern} {file}: two maps of a batch would get one file name
  batch_pattern_folder,   // {pattern}: a name pattern with a folder in it
  batch_nothing,          // {periods}: no indicator has figures in the chosen periods
  batch_skipped,          // {indicator} {period}: "all" passed over an indicator without figures
  batch_progress,         // {n} {total} {file}
  batch_failed,           // {file} {reason}
  batch_summary,          // {written} {total} {place} {seconds}
  batch_summary_slides,   // the same for a story's slides
  export_wrote,           // {path}: after a single export or a spec file
  export_wrote_times,     // {size} {render} {png}: a PNG's size and where its time went

  // The map's furniture and titles.
  source_tables,      // "bảng {tables}": planners' tables named in the source line
  source_the_report,  // "báo cáo": the report, as the source a table's figure replaced
  source_replaces,    // {sources} {units}: ", thay số liệu của báo cáo ở 2 huyện/TP"
  locator_caption,    // "Vị trí tỉnh Hà Giang"
  subtitle_with_unit, // "{period} · đơn vị: {unit}"
  north_letter,       // "B" (Bắc) / "N"
  period_quarter,     // "Quý {roman}/{year}" / "Q{n} {year}"
  unknown_language,   // {text}

  // Classification and palettes.
  manual_needs_breaks,
  manual_breaks_rise,
  unknown_palette,    // {name} {names}

  // Reading a planner's table (core/data/table_import) and its report.
  import_column,            // "cột '{name}'"
  import_empty_district,
  import_city_or_province,
  import_marks_differ,
  import_same_name,
  import_no_such_name,
  import_no_such_code,
  import_declared_vietnamese,    // {column}
  import_declared_decimal_point, // {column}
  import_mixed_column,      // {column} {comma} {point}: the column's cells disagree
  import_decimal_comma,     // {column} {example}
  import_decimal_point,     // {column} {example}
  import_no_decimal_mark,   // {column}
  import_bad_period,
  import_mixed_cell,        // {column} {text}
  import_approximate,       // {column} {text}
  import_unreadable,        // {column} {text} {detail}: detail is the parser's English reason
  import_percent_fraction,  // {column} {example}: a % column whose spreadsheet numbers are all <= 1
  import_no_district_column,
  import_no_period,
  import_long_layout,       // {indicator} {value}
  import_unknown_indicator,
  import_not_indicator,     // {column}
  import_wide_layout,       // {n}
  import_summary,           // {rows} {matched} {unmatched} {ambiguous} {bad} {conflicts} {replaced} {values}
  import_closest,           // " (gần nhất: {names})"
  import_note,              // "ghi chú"
  import_offered,           // {text} {where} {column}: one of the values a table gives for the same cell
  import_conflict,          // {district} {indicator} {period} {values}: the table disagrees with itself
  import_replaces,          // {other} {source} {district} {indicator} {period}: the table replaces a loaded figure
  import_district_columns_disagree,  // {column} {district} {other_column} {other_district}
  import_same_indicator_columns,     // {columns} {indicator}
  import_not_district_column,        // {column}: a district-like header whose cells name no district
  import_sheet_chosen,      // {sheet} {sheets}: the first sheet with a district column was read
  import_sheet_named,       // {sheet} {sheets}: the sheet --sheet named was read
  import_boolean_cell,      // {column}: a TRUE/FALSE cell where a figure is wanted
  import_issues_cut,        // {kept} {total}: only the first issues of each kind were kept
  import_added,             // {file} {n}: the report's first line when values were added
  import_added_with_province, // {file} {n} {districts} {province}: the same when province figures came too
  import_added_line,        // {indicator} {period} {n}: values added for one indicator and period
  import_added_province,    // {indicator} {period} {value}: the province figure a table gave
  import_added_nothing,     // {file}: nothing was added
  import_nothing_in_cells,  // every matched cell was empty or '-'
  import_column_matched,    // {column} {indicator} {name}: a header matched an indicator with confidence
  import_column_mapped,     // {column} {indicator}: a header mapped by --map or the mapping file
  import_column_period,     // {column} {period}: the period read from a header
  import_cells_past_header, // {cells} {columns}: a record with more cells than the header has columns
  import_split_into_column, // {value} {rest} {column} {number}: a whole number, then digits alone in the next column
  import_period_given,      // {period}: the table states no period, --period gave it
  import_period_given_window, // {period}: the same in the window, where it is the period on screen
  import_column_proposed,   // {column} {header}: uncertain; candidates follow as "closest"
  import_column_unmatched,  // {column} {header}: no indicator matched
  import_column_unit,       // {column} {unit} {indicator} {indicator_unit}: the name matched, the unit did not
  import_map_no_indicator,  // {column} {id}: a mapping names an indicator that does not exist
  import_map_no_column,     // {column} {columns}: a mapping names a column the table lacks
  // The same three for a table loaded in the window: its mapping step asks, no option is named.
  import_column_mapped_window,     // {column} {indicator}
  import_column_proposed_window,   // {column}
  import_column_unmatched_window,  // {column}
  import_map_no_column_window,     // {column} {columns}
  import_column_ignored,           // {column}: a mapping leaves the column out
  import_new_indicator,     // {column} {indicator} {unit} {polarity}
  import_column_no_period,  // {column}: neither the header, a period column nor --period gives a period
  import_province_not_exact,  // {column} {text}: a province figure must be one number
  import_province_replaces,   // {indicator} {period} {other} {value}

  // The project's own tables (geodata/*.csv), checked as planners' tables are.
  data_not_utf8,            // {where}
  data_repeated,            // {where} {what} {first}: the same key on two lines
  data_repeated_elsewhere,  // {where} {what}: the same key in another values file
  data_bad_period,          // {where} {period}
  data_indicator_key,       // {id}
  data_reference_key,       // {indicator} {period}
  data_value_key,           // {indicator} {period} {code}
  data_not_number,          // {where} {column} {text}
  data_not_yes_no,          // {where} {column} {text}
  data_bad_polarity,        // {where} {text}
  data_needs_partner,       // {where} {column} {text} {partner}: a filled Vietnamese/English half without the other
  data_unknown_indicator,   // {where} {id}: not in indicators.csv
  data_empty_id,            // {where}
  data_empty_province_value,  // {where}
  data_unknown_code,        // {where} {code}
  data_bad_kind,            // {where} {kind}
  data_kind_needs_number,   // {where} {kind} {column}
  data_interval_order,      // {where}
  data_inferred_city,       // {where} {district} {type} {quote}
  data_unclosed_quote,      // {where}
  data_missing_column,      // {where} {column}
  data_district_empty,      // {where}
  data_code_twice,          // {where} {code}

  unexpected_error,         // {error}: anything not one of core/errors.h's typed errors (a bug)
};

// Replaces "{name}" placeholders: fill("{n} huyện", {{"n", "3"}}).
std::string fill(std::string text, std::initializer_list<std::pair<const char*, std::string>> values);

const char* tr(Lang lang, Msg msg);
// The entry with its placeholders filled: tr(lang, Msg::unknown_palette, {{"name", n}, {"names", all}}).
std::string tr(Lang lang, Msg msg, std::initializer_list<std::pair<const char*, std::string>> values);
std::string period_title(const std::string& period_id, Lang lang);  // "2021-Q1" -> "Quý I/2021"
Lang parse_lang(const std::string& text);  // "vi" or "en"; throws UsageError
// The language a command line asks for ("--lang en" or "--lang=en"), found before the
// rest is parsed so that even errors in the other options speak it; vi by default.
Lang lang_of_args(const std::vector<std::string>& args);

}  // namespace hgm
