#include "core/text/i18n.h"

#include "core/errors.h"

namespace hgm {

const char* tr(Lang lang, Msg msg) {
  const bool vi = lang == Lang::vi;
  switch (msg) {
    case Msg::no_data: return vi ? "không có số liệu" : "no data";
    case Msg::no_data_legend: return vi ? "Không có số liệu" : "No data";
    case Msg::districts_count: return vi ? "huyện/TP" : "units";
    case Msg::province_reference: return vi ? "Toàn tỉnh" : "Province";
    case Msg::inferred: return vi ? "suy ra" : "inferred";
    case Msg::flagged: return vi ? "Được nêu tên trong báo cáo" : "Named in the report";
    case Msg::source_prefix: return vi ? "Nguồn số liệu: " : "Data: ";
    case Msg::report_name:
      return vi ? "Báo cáo tình hình kinh tế - xã hội quý I/2021, tỉnh Hà Giang"
                : "Hà Giang socio-economic report, Q1/2021";
    case Msg::section: return vi ? "mục" : "section";
    case Msg::indicator: return vi ? "Chỉ tiêu" : "Indicator";
    case Msg::period: return vi ? "Kỳ" : "Period";
    case Msg::reset_view: return vi ? "Đặt lại khung nhìn" : "Reset view";
    case Msg::language: return vi ? "Ngôn ngữ" : "Language";
    case Msg::quote: return vi ? "Trích" : "Quote";
    case Msg::classes_note:
      return vi ? "Mỗi lớp gồm cận trên, không gồm cận dưới (trừ lớp đầu)"
                : "Each class includes its upper limit, not its lower (except the first)";
    case Msg::one_class_per_value:
      return vi ? "{distinct} giá trị khác nhau cho {requested} lớp: mỗi lớp chỉ một giá trị"
                : "{distinct} distinct values for {requested} classes: one value per class";
    case Msg::centered_on_reference:
      return vi ? "Thang màu phân kỳ, tâm là số liệu toàn tỉnh {value}"
                : "Diverging colours centred on the province figure {value}";
    case Msg::unknown_indicator:
      return vi ? "không có chỉ tiêu '{id}'; các chỉ tiêu: {known}" : "unknown indicator '{id}'; known indicators: {known}";
    case Msg::unknown_period:
      return vi ? "không có kỳ '{id}'; các kỳ có số liệu: {known}" : "unknown period '{id}'; known periods: {known}";
    case Msg::merged_tied_quantiles:
      return vi ? "Giá trị trùng nhau ở ranh giới phân vị: {classes} lớp thay vì {requested}"
                : "Tied values on a quantile boundary: {classes} classes instead of {requested}";
    case Msg::one_district_count: return vi ? "1 huyện/TP" : "1 unit";
    case Msg::value_at_most: return vi ? "không quá {v}" : "at most {v}";
    case Msg::value_below: return vi ? "dưới {v}" : "below {v}";
    case Msg::value_at_least: return vi ? "từ {v} trở lên" : "at least {v}";
    case Msg::value_above: return vi ? "trên {v}" : "above {v}";
    case Msg::value_from_to: return vi ? "từ {lo} đến {hi}" : "from {lo} to {hi}";
    case Msg::value_from_to_below: return vi ? "từ {lo} đến dưới {hi}" : "from {lo} to below {hi}";
    case Msg::value_above_to: return vi ? "trên {lo} đến {hi}" : "above {lo} to {hi}";
    case Msg::value_above_to_below: return vi ? "trên {lo} đến dưới {hi}" : "above {lo} to below {hi}";
    case Msg::value_named: return vi ? "được nêu tên" : "named in the report";
    case Msg::value_approximate: return vi ? "≈ {v}" : "about {v}";
    case Msg::value_shared: return vi ? "{value} (chung cho nhóm)" : "{value} (shared by a group)";
    case Msg::palette_too_short:
      return vi ? "bảng màu {palette} chỉ có tối đa {colors} màu, bản đồ này cần {classes} lớp; hãy chọn ít lớp hơn hoặc "
                  "bảng màu khác"
                : "palette {palette} holds at most {colors} colours, this map needs {classes} classes; choose fewer "
                  "classes or another palette";
    case Msg::value_shared_by: return vi ? "{value} ({group})" : "{value} (shared by a group)";
  }
  return "";
}

std::string fill(std::string text, std::initializer_list<std::pair<const char*, std::string>> values) {
  for (const auto& [name, value] : values) {
    const std::string key = std::string("{") + name + "}";
    for (auto pos = text.find(key); pos != std::string::npos; pos = text.find(key, pos + value.size()))
      text.replace(pos, key.size(), value);
  }
  return text;
}

std::string period_title(const std::string& id, Lang lang) {
  // "YYYY-Qn"
  if (id.size() == 7 && id[4] == '-' && id[5] == 'Q' && id[6] >= '1' && id[6] <= '4') {
    static const char* kRoman[] = {"I", "II", "III", "IV"};
    const std::string year = id.substr(0, 4);
    const char* q = kRoman[id[6] - '1'];
    return lang == Lang::vi ? std::string("Quý ") + q + "/" + year : "Q" + std::string(1, id[6]) + " " + year;
  }
  return id;
}

Lang parse_lang(const std::string& text) {
  if (text == "vi") return Lang::vi;
  if (text == "en") return Lang::en;
  throw UsageError("không có ngôn ngữ '" + text + "'; dùng vi hoặc en / unknown language '" + text + "'; use vi or en");
}

Lang lang_of_args(const std::vector<std::string>& args) {
  Lang lang = Lang::vi;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    const std::string value = a == "--lang" && i + 1 < args.size() ? args[i + 1]
                              : a.rfind("--lang=", 0) == 0        ? a.substr(7)
                                                                  : std::string();
    if (value == "vi" || value == "en") lang = parse_lang(value);
  }
  return lang;
}

}  // namespace hgm
