#pragma once
// The words of the interface and of the map, in Vietnamese (default) and English.
#include <string>
#include <vector>

#include "core/text/lang.h"

namespace hgm {

enum class Msg {
  no_data,            // "không có số liệu"
  no_data_legend,     // legend entry for districts without a figure
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
  value_shared_by,        // "{value} ({group})"; English has no group names: "(shared by a group)"
  palette_too_short,      // "bảng màu {palette} chỉ có tối đa {colors} màu, bản đồ này cần {classes} lớp; …"
};

// Replaces "{name}" placeholders: fill("{n} huyện", {{"n", "3"}}).
std::string fill(std::string text, std::initializer_list<std::pair<const char*, std::string>> values);

const char* tr(Lang lang, Msg msg);
std::string period_title(const std::string& period_id, Lang lang);  // "2021-Q1" -> "Quý I/2021"
Lang parse_lang(const std::string& text);  // "vi" or "en"; throws UsageError
// The language a command line asks for ("--lang en" or "--lang=en"), found before the
// rest is parsed so that even errors in the other options speak it; vi by default.
Lang lang_of_args(const std::vector<std::string>& args);

}  // namespace hgm
