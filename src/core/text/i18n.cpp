#include "core/text/i18n.h"

#include "core/errors.h"

namespace hgm {

namespace {

struct Words {
  const char* vi;
  const char* en;
};

Words words(Msg msg) {
  switch (msg) {
    case Msg::no_data: return {"không có số liệu", "no data"};
    case Msg::no_data_legend: return {"Không có số liệu", "No data"};
    case Msg::districts_count: return {"huyện/TP", "units"};
    case Msg::province_reference: return {"Toàn tỉnh", "Province"};
    case Msg::inferred: return {"suy ra", "inferred"};
    case Msg::flagged: return {"Được nêu tên trong báo cáo", "Named in the report"};
    case Msg::source_prefix: return {"Nguồn số liệu: ", "Data: "};
    case Msg::report_name:
      return {"Báo cáo tình hình kinh tế - xã hội quý I/2021, tỉnh Hà Giang", "Hà Giang socio-economic report, Q1/2021"};
    case Msg::section: return {"mục", "section"};
    case Msg::indicator: return {"Chỉ tiêu", "Indicator"};
    case Msg::period: return {"Kỳ", "Period"};
    case Msg::reset_view: return {"Đặt lại khung nhìn", "Reset view"};
    case Msg::language: return {"Ngôn ngữ", "Language"};
    case Msg::quote: return {"Trích", "Quote"};
    case Msg::classes_note:
      return {"Mỗi lớp gồm cận trên, không gồm cận dưới (trừ lớp đầu)",
              "Each class includes its upper limit, not its lower (except the first)"};
    case Msg::one_class_per_value:
      return {"{distinct} giá trị khác nhau cho {requested} lớp: mỗi lớp chỉ một giá trị",
              "{distinct} distinct values for {requested} classes: one value per class"};
    case Msg::centered_on_reference:
      return {"Thang màu phân kỳ, tâm là số liệu toàn tỉnh {value}",
              "Diverging colours centred on the province figure {value}"};
    case Msg::merged_tied_quantiles:
      return {"Giá trị trùng nhau ở ranh giới phân vị: {classes} lớp thay vì {requested}",
              "Tied values on a quantile boundary: {classes} classes instead of {requested}"};

    case Msg::source_tables: return {"bảng {tables}", "table {tables}"};
    case Msg::locator_caption: return {"Vị trí tỉnh Hà Giang", "Location of Hà Giang"};
    case Msg::subtitle_with_unit: return {"{period} · đơn vị: {unit}", "{period} · unit: {unit}"};
    case Msg::north_letter: return {"B", "N"};  // Bắc, North
    case Msg::period_quarter: return {"Quý {roman}/{year}", "Q{n} {year}"};
    case Msg::unknown_language:
      return {"không có ngôn ngữ '{text}'; dùng vi hoặc en", "unknown language '{text}'; use vi or en"};

    case Msg::manual_needs_breaks:
      return {"phân lớp tự đặt cần các ngưỡng, vd. --breaks 10,20,30", "manual classes need breaks, e.g. --breaks 10,20,30"};
    case Msg::manual_breaks_rise:
      return {"các ngưỡng phải tăng dần, vd. 10,20,30", "manual breaks must rise strictly, e.g. 10,20,30"};
    case Msg::unknown_palette:
      return {"không có bảng màu '{name}'; các bảng màu: {names}", "unknown palette '{name}'; known palettes: {names}"};

    case Msg::import_column: return {"cột '{name}'", "column '{name}'"};
    case Msg::import_empty_district: return {"ô tên huyện để trống", "the district cell is empty"};
    case Msg::import_city_or_province:
      return {"\"Hà Giang\" có thể là thành phố hoặc tỉnh; hãy ghi \"Thành phố Hà Giang\" hoặc mã GSO",
              "\"Hà Giang\" alone may mean the city or the province; write \"Thành phố Hà Giang\" or the GSO code"};
    case Msg::import_marks_differ:
      return {"chữ giống tên một huyện nhưng dấu khác (có phải nơi khác?)",
              "the letters match a district but the diacritics differ (another place?)"};
    case Msg::import_no_such_name:
      return {"Hà Giang không có huyện/thành phố nào tên này", "no district of Hà Giang has this name"};
    case Msg::import_no_such_code:
      return {"Hà Giang không có huyện/thành phố nào mang mã GSO này", "no district of Hà Giang has this GSO code"};
    case Msg::import_declared_vietnamese:
      return {"{column}: số theo quy ước đã khai báo (kiểu Việt Nam)", "{column}: numbers as declared (Vietnamese)"};
    case Msg::import_declared_decimal_point:
      return {"{column}: số theo quy ước đã khai báo (dấu chấm thập phân)", "{column}: numbers as declared (decimal point)"};
    case Msg::import_mixed_column:
      return {"{column}: cột trộn '{comma}' (dấu phẩy thập phân) với '{point}' (dấu chấm thập phân); hãy khai báo quy "
              "ước số của cột",
              "{column}: the column mixes '{comma}' (decimal comma) and '{point}' (decimal point); declare the "
              "convention for this column"};
    case Msg::import_decimal_comma:
      return {"{column}: '{example}' có dấu phẩy thập phân: số kiểu Việt Nam (1.234 = một nghìn hai trăm ba mươi tư)",
              "{column}: '{example}' has a decimal comma: Vietnamese numbers (1.234 = 1234)"};
    case Msg::import_decimal_point:
      return {"{column}: '{example}' có dấu chấm thập phân: số kiểu phần mềm (1.234 = một phẩy hai ba bốn)",
              "{column}: '{example}' has a decimal point: software numbers (1.234 = one point two three four)"};
    case Msg::import_no_decimal_mark:
      return {"{column}: không ô nào cho thấy dấu thập phân; coi là số kiểu Việt Nam (1.234 = 1234)",
              "{column}: no cell shows the decimal mark; Vietnamese numbers assumed (1.234 = 1234)"};
    case Msg::import_bad_period:
      return {"không phải kỳ báo cáo; hãy ghi 2021-Q1 hoặc Quý I/2021", "not a period; write it as 2021-Q1 or Quý I/2021"};
    case Msg::import_mixed_cell:
      return {"{column} trộn dấu phẩy và dấu chấm thập phân nên không thể đọc '{text}' mà không đoán; hãy khai báo quy "
              "ước số của cột",
              "{column} mixes decimal commas and points, so '{text}' cannot be read without guessing; declare the "
              "column's convention"};
    case Msg::import_approximate:
      return {"{column}: '{text}' là số ước chừng; hãy ghi thành khoảng (vd. 'từ 30% đến dưới 40%') hoặc số chính xác",
              "{column}: '{text}' is approximate; write it as a range (e.g. 'từ 30% đến dưới 40%') or an exact figure"};
    case Msg::import_unreadable:
      // The parser says in English what is wrong with the cell; the Vietnamese text gives the general advice.
      return {"{column}: không đọc được '{text}'; hãy ghi số (47,4 hoặc 47.4), cận (trên 40%, dưới 51%), khoảng (từ "
              "30% đến dưới 40%), hoặc '-' nếu không có số liệu",
              "{column}: {detail}"};
    case Msg::import_percent_fraction:
      return {"{column} là tỷ lệ % nhưng mọi số trong cột đều không quá 1 (vd. {example}): đó là ô định dạng phần trăm "
              "(10% được lưu là 0,1), mà định dạng này không đọc được từ trang tính nên cột bị bỏ để khỏi nhỏ đi 100 "
              "lần; hãy gõ số phần trăm thành số thường (47,4) hoặc chữ ('47,4%')",
              "{column} is a percentage but every number in it is at most 1 (e.g. {example}): these are cells in "
              "percent format (10% is stored as 0.1), and the sheet's percent format cannot be read, so the column "
              "is left out rather than shown 100 times too small; type the percentages as plain numbers (47,4) or "
              "as text ('47,4%')"};
    case Msg::import_no_district_column:
      return {"không có cột huyện; hãy đặt tên một cột là 'Huyện', 'Mã' hoặc 'District'",
              "no district column; name one column 'Huyện', 'Mã' or 'District'"};
    case Msg::import_no_period:
      return {"không có kỳ: thêm cột 'Kỳ' (vd. 2021-Q1) hoặc chọn kỳ (--period)",
              "no period: add a column 'Kỳ' (e.g. 2021-Q1) or give --period"};
    case Msg::import_long_layout:
      return {"dạng dọc: mỗi dòng một số liệu (cột '{indicator}', '{value}')",
              "long layout: one value per row (columns '{indicator}', '{value}')"};
    case Msg::import_unknown_indicator:
      return {"không phải chỉ tiêu trong geodata/indicators.csv (dùng mã hoặc tên tiếng Việt của chỉ tiêu)",
              "not an indicator of geodata/indicators.csv (use its id or Vietnamese name)"};
    case Msg::import_not_indicator:
      return {"{column} không phải chỉ tiêu nên không được đọc", "{column} is not an indicator and was not read"};
    case Msg::import_wide_layout:
      return {"dạng ngang: mỗi dòng một huyện, {n} cột chỉ tiêu", "wide layout: one row per district, {n} indicator column(s)"};
    case Msg::import_summary:
      return {"đọc {rows} dòng, khớp {matched}, không khớp {unmatched}, mơ hồ {ambiguous}, giá trị lỗi {bad}, lấy được "
              "{values} số liệu",
              "{rows} rows read, {matched} matched, {unmatched} unmatched, {ambiguous} ambiguous, {bad} bad values, "
              "{values} values read"};
    case Msg::import_closest: return {" (gần nhất: {names})", " (closest: {names})"};
    case Msg::import_note: return {"ghi chú", "note"};

    case Msg::unknown_indicator:
      return {"không có chỉ tiêu '{id}'; các chỉ tiêu: {known}", "unknown indicator '{id}'; known indicators: {known}"};
    case Msg::unknown_period:
      return {"không có kỳ '{id}'; các kỳ có số liệu: {known}", "unknown period '{id}'; known periods: {known}"};
    case Msg::one_district_count: return {"1 huyện/TP", "1 unit"};
    case Msg::value_at_most: return {"không quá {v}", "at most {v}"};
    case Msg::value_below: return {"dưới {v}", "below {v}"};
    case Msg::value_at_least: return {"từ {v} trở lên", "at least {v}"};
    case Msg::value_above: return {"trên {v}", "above {v}"};
    case Msg::value_from_to: return {"từ {lo} đến {hi}", "from {lo} to {hi}"};
    case Msg::value_from_to_below: return {"từ {lo} đến dưới {hi}", "from {lo} to below {hi}"};
    case Msg::value_above_to: return {"trên {lo} đến {hi}", "above {lo} to {hi}"};
    case Msg::value_above_to_below: return {"trên {lo} đến dưới {hi}", "above {lo} to below {hi}"};
    case Msg::value_named: return {"được nêu tên", "named in the report"};
    case Msg::value_approximate: return {"≈ {v}", "about {v}"};
    case Msg::value_shared: return {"{value} (chung cho nhóm)", "{value} (shared by a group)"};
    case Msg::palette_too_short:
      return {"bảng màu {palette} chỉ có tối đa {colors} màu, bản đồ này cần {classes} lớp; hãy chọn ít lớp hơn hoặc "
                  "bảng màu khác", "palette {palette} holds at most {colors} colours, this map needs {classes} classes; choose fewer "
                  "classes or another palette"};
    case Msg::value_shared_by: return {"{value} ({group})", "{value} ({group})"};
    case Msg::compare_better: return {"tốt hơn toàn tỉnh", "better than the province"};
    case Msg::compare_same: return {"bằng toàn tỉnh", "same as the province"};
    case Msg::compare_worse: return {"kém hơn toàn tỉnh", "worse than the province"};
    case Msg::compare_not_better: return {"không tốt hơn toàn tỉnh", "not better than the province"};
    case Msg::compare_not_worse: return {"không kém hơn toàn tỉnh", "not worse than the province"};
    case Msg::compare_cannot_tell: return {"chưa rõ so với toàn tỉnh", "cannot tell against the province"};
    case Msg::compare_no_reference: return {"không có số toàn tỉnh", "no province figure"};
    case Msg::rank: return {"Hạng", "Rank"};
    case Msg::unranked_group:
      return {"Nêu tên, phân loại, ước tính hoặc số chung cho nhóm (không xếp hạng)",
              "Named, categorised, estimates or shared by a group (not ranked)"};
    case Msg::districts_without_data: return words(Msg::no_data_legend);
    case Msg::province_line: return {"Toàn tỉnh: {value}", "Province: {value}"};
    case Msg::rank_district_column: return {"Huyện/TP", "District"};
    case Msg::rank_value_column: return {"Số liệu", "Figure"};
    case Msg::rank_no_data_names: return {"Không có số liệu: {names}", "No data: {names}"};
    case Msg::rank_key:
      return {"Thanh: số liệu chính xác · Dải gạch chéo: chỉ biết khoảng, mũi tên là đầu không giới hạn · "
              "Hạng 4–9: các hạng có thể có",
              "Bar: exact figure · Hatched band: only a range is known, an arrow marks an open end · "
              "Rank 4–9: the ranks it may hold"};
    case Msg::rank_key_province: return {" · Vạch đứng: toàn tỉnh", " · Vertical line: the province"};
    case Msg::rank_pinned_key: return {"Huyện đã ghim", "Pinned district"};
    case Msg::map_pinned_note: return {"Viền đen đậm: huyện đã ghim", "Heavy black outline: pinned district"};
    case Msg::spec_too_many_districts: return {"tối đa {most} huyện, không phải {count}", "at most {most} districts, not {count}"};
    case Msg::spec_district_twice: return {"mã huyện '{code}' có hai lần", "district code '{code}' is listed twice"};
    case Msg::spec_unknown_district:
      return {"không có huyện mã '{code}'; các mã GSO: {known}", "unknown district code '{code}'; GSO codes: {known}"};
    case Msg::spec_classes_range:
      return {"số lớp phải là 0 (tự động) hoặc từ 2 đến {most}, không phải {classes}",
              "the number of classes must be 0 (automatic) or 2 to {most}, not {classes}"};
    case Msg::view_not_drawn:
      return {"chưa vẽ được kiểu xem '{view}'; hiện có: map", "the '{view}' view cannot be drawn yet; available: map"};
    case Msg::unknown_district:
      return {"Hà Giang không có huyện/thành phố '{name}'; gần nhất: {closest}; hãy ghi mã GSO (vd. 033) hoặc tên",
              "no district of Hà Giang is called '{name}'; closest: {closest}; give the GSO code (e.g. 033) or the name"};
    case Msg::too_many_breaks:
      return {"có {given} ngưỡng; tối đa {most} ngưỡng ({classes} lớp)",
              "{given} breaks given; at most {most} breaks ({classes} classes) are allowed"};

    case Msg::unexpected_error:
      return {"lỗi không lường trước (xin báo lại cho nhóm phát triển): {error}",
              "unexpected error (please report it): {error}"};
    case Msg::export_no_extension:
      return {"không ghi được bản đồ ra '{path}': thiếu phần mở rộng; chỉ hỗ trợ .png, .svg và .pdf",
              "cannot write a map to '{path}': no extension; the supported extensions are .png, .svg and .pdf"};
    case Msg::export_unknown_format:
      return {"không ghi được bản đồ ra '{path}': không ghi được định dạng '.{ext}'; chỉ hỗ trợ .png, .svg và .pdf",
              "cannot write a map to '{path}': cannot write format '.{ext}'; the supported extensions are .png, .svg "
              "and .pdf"};
  }
  return {"", ""};
}

}  // namespace

const char* tr(Lang lang, Msg msg) {
  const Words w = words(msg);
  return pick(lang, w.vi, w.en);
}

std::string tr(Lang lang, Msg msg, std::initializer_list<std::pair<const char*, std::string>> values) {
  return fill(tr(lang, msg), values);
}

// One pass over the template: a value that itself contains "{name}" (a file called
// "a{ext}.jpg") is put in as given, never filled in turn.
std::string fill(std::string text, std::initializer_list<std::pair<const char*, std::string>> values) {
  std::string out;
  std::size_t pos = 0;
  for (std::size_t open = text.find('{'); open != std::string::npos; open = text.find('{', pos)) {
    out.append(text, pos, open - pos);
    const std::size_t close = text.find('}', open);
    const std::string* value = nullptr;
    if (close != std::string::npos)
      for (const auto& [name, v] : values)
        if (text.compare(open + 1, close - open - 1, name) == 0) value = &v;
    if (value == nullptr) {
      out += '{';
      pos = open + 1;
    } else {
      out += *value;
      pos = close + 1;
    }
  }
  out.append(text, pos);
  return out;
}

std::string period_title(const std::string& id, Lang lang) {
  // "YYYY-Qn"
  if (id.size() == 7 && id[4] == '-' && id[5] == 'Q' && id[6] >= '1' && id[6] <= '4') {
    static const char* kRoman[] = {"I", "II", "III", "IV"};
    const std::string year = id.substr(0, 4);
    const char* q = kRoman[id[6] - '1'];
    return fill(tr(lang, Msg::period_quarter), {{"roman", q}, {"n", std::string(1, id[6])}, {"year", year}});
  }
  return id;
}

Lang parse_lang(const std::string& text) {
  if (text == "vi") return Lang::vi;
  if (text == "en") return Lang::en;
  // Said in both languages on purpose: the language asked for is the one not understood.
  throw UsageError(fill(tr(Lang::vi, Msg::unknown_language), {{"text", text}}) + " / " +
                   fill(tr(Lang::en, Msg::unknown_language), {{"text", text}}));
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
