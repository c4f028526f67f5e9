#pragma once
// The words of the interface and of the map, in Vietnamese (default) and English.
#include <string>

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
  unknown_indicator,      // "không có chỉ tiêu '{id}'; các chỉ tiêu: {known}"
  unknown_period,         // "không có kỳ '{id}'; các kỳ có số liệu: {known}"
};

// Replaces "{name}" placeholders: fill("{n} huyện", {{"n", "3"}}).
std::string fill(std::string text, std::initializer_list<std::pair<const char*, std::string>> values);

const char* tr(Lang lang, Msg msg);
std::string period_title(const std::string& period_id, Lang lang);  // "2021-Q1" -> "Quý I/2021"
Lang parse_lang(const std::string& text);  // "vi" or "en"; throws UsageError

}  // namespace hgm
