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
    case Msg::change_points_unit: return {"điểm %", "percentage points"};
    case Msg::change_between: return {"{lo} đến {hi}", "{lo} to {hi}"};
    case Msg::change_no_data_in: return {"không có số liệu kỳ {period}", "no data for {period}"};
    case Msg::change_not_comparable:
      return {"không so sánh được (không phải số liệu riêng của huyện)",
              "not comparable (not a figure of the district's own)"};
    case Msg::change_unbounded:
      return {"không xác định được (cả hai kỳ chỉ có cận)", "cannot tell (both periods are bounds)"};
    case Msg::change_not_comparable_legend: return {"Không so sánh được", "Not comparable"};
    case Msg::change_unbounded_legend:
      return {"Không xác định được (cả hai kỳ chỉ có cận)", "Cannot tell (both periods are bounds)"};
    case Msg::change_province: return {"Toàn tỉnh: {change}", "Province: {change}"};
    case Msg::change_colours_neutral:
      return {"Màu quanh 0 (không đổi); chỉ tiêu không có chiều tốt/xấu",
              "Colours around 0 (no change); the indicator has no better direction"};
    case Msg::change_colours_higher:
      return {"Màu quanh 0 (không đổi): xanh là tăng (tốt lên), đỏ là giảm",
              "Colours around 0 (no change): blue is a rise (better), red a fall"};
    case Msg::change_colours_lower:
      return {"Màu quanh 0 (không đổi): xanh là giảm (tốt lên), đỏ là tăng",
              "Colours around 0 (no change): blue is a fall (better), red a rise"};
    case Msg::change_bound_note:
      return {"Thay đổi chỉ có cận (gạch chéo) khi một kỳ chỉ nêu cận",
              "A change known only as a bound is hatched where a period states only a bound"};
    case Msg::change_no_change: return {"không đổi", "no change"};
    case Msg::change_subtitle: return {"Thay đổi từ {from} đến {to}", "Change from {from} to {to}"};
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
    case Msg::source_the_report: return {"báo cáo", "the report"};
    case Msg::source_replaces:
      return {", thay số liệu của {sources} ở {units}", ", replacing figures of {sources} for {units}"};
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
    case Msg::import_same_name:
      return {"nhiều đơn vị của bản đồ mang tên này; hãy ghi mã của đơn vị",
              "several units of the map bear this name; write the unit's code"};
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
      return {"đọc {rows} dòng, khớp {matched}, không khớp {unmatched}, mơ hồ {ambiguous}, giá trị lỗi {bad}, mâu "
              "thuẫn {conflicts}, thay số liệu đã có {replaced}, lấy được {values} số liệu huyện",
              "{rows} rows read, {matched} matched, {unmatched} unmatched, {ambiguous} ambiguous, {bad} bad values, "
              "{conflicts} conflicts, {replaced} replaced figures, {values} district values read"};
    case Msg::import_closest: return {" (gần nhất: {names})", " (closest: {names})"};
    case Msg::import_note: return {"ghi chú", "note"};
    case Msg::import_offered: return {"'{text}' ở {where} ({column})", "'{text}' at {where} ({column})"};
    case Msg::import_conflict:
      return {"{district}, {indicator}, kỳ {period}: bảng ghi các giá trị khác nhau: {values}. Không nạp giá trị nào "
              "(bản đồ ghi không có số liệu); hãy sửa bảng để chỉ còn một giá trị",
              "{district}, {indicator}, period {period}: the table gives different values: {values}. None is loaded "
              "(the map shows no data); correct the table so that one value remains"};
    case Msg::import_replaces:
      return {"khác số liệu đã có {other} ({source}) của {district}, {indicator}, kỳ {period}: bản đồ dùng số của "
              "bảng này và ghi rõ ở dòng nguồn",
              "differs from the figure already loaded, {other} ({source}), for {district}, {indicator}, period "
              "{period}: the map shows this table's figure and says so in its source line"};
    case Msg::import_district_columns_disagree:
      return {"{column} chỉ {district} nhưng {other_column} chỉ {other_district}: dòng này không được nạp; hãy sửa "
              "một trong hai ô",
              "{column} names {district} but {other_column} names {other_district}: the row is not loaded; correct "
              "one of the two cells"};
    case Msg::import_same_indicator_columns:
      return {"{columns} cùng là chỉ tiêu {indicator}: ở dòng nào các cột này khác nhau thì không nạp giá trị nào",
              "{columns} are all the indicator {indicator}: where they differ in a row, none is loaded"};
    case Msg::import_sheet_chosen:
      return {"đọc trang '{sheet}', trang đầu tiên có cột huyện (các trang của tệp: {sheets}); chọn trang khác bằng "
              "--sheet TÊN",
              "read sheet '{sheet}', the first with a district column (the file's sheets: {sheets}); choose another "
              "with --sheet NAME"};
    case Msg::import_sheet_named:
      return {"đọc trang '{sheet}' (các trang của tệp: {sheets})", "read sheet '{sheet}' (the file's sheets: {sheets})"};
    case Msg::import_boolean_cell:
      return {"{column}: ô là giá trị đúng/sai (TRUE/FALSE) chứ không phải số liệu, nên không được đọc thành 1 hay 0; "
              "hãy ghi số liệu vào ô",
              "{column}: the cell is a TRUE/FALSE value, not a figure, so it is not read as 1 or 0; write the figure "
              "in the cell"};
    case Msg::import_issues_cut:
      return {"… chỉ giữ {kept} trong {total} vấn đề (những vấn đề đầu tiên của mỗi loại); có thể ghi toàn bộ ra tệp",
              "… {kept} of {total} issues kept (the first of each kind); the full list can be written to a file"};
    case Msg::import_added: return {"{file}: đã thêm {n} số liệu", "{file}: {n} values added"};
    case Msg::import_added_with_province:
      return {"{file}: đã thêm {n} số liệu ({districts} của huyện, {province} của toàn tỉnh)",
              "{file}: {n} values added ({districts} of districts, {province} of the province)"};
    case Msg::import_added_line:
      return {"+ {indicator}, kỳ {period}: {n} huyện/thành phố", "+ {indicator}, period {period}: {n} districts"};
    case Msg::import_added_province:
      return {"+ {indicator}, kỳ {period}: số toàn tỉnh {value} (dùng làm mức so sánh)",
              "+ {indicator}, period {period}: province figure {value} (used as the reference)"};
    case Msg::import_added_nothing:
      return {"{file}: KHÔNG thêm được số liệu nào — lý do ở dưới",
              "{file}: NO values were added — the reasons follow"};
    case Msg::import_nothing_in_cells:
      return {"các ô số liệu của những cột đã khớp đều trống hoặc '-': hãy điền số rồi nạp lại",
              "every cell of the matched columns is empty or '-': fill in the figures and load the table again"};
    case Msg::import_column_matched:
      return {"{column} là chỉ tiêu {indicator} ({name})", "{column} is the indicator {indicator} ({name})"};
    case Msg::import_column_mapped:
      return {"{column} là chỉ tiêu {indicator} (theo --map hoặc tệp ánh xạ)",
              "{column} is the indicator {indicator} (by --map or the mapping file)"};
    case Msg::import_column_period:
      return {"{column}: kỳ {period} lấy từ tiêu đề cột", "{column}: period {period} taken from the header"};
    case Msg::import_cells_past_header:
      return {"dòng có ô thừa {cells} ngoài {columns} cột của tiêu đề — có thể một số có dấu phẩy thập phân bị tách "
              "(55,5 thành 55 và 5); dòng này không được đọc. Đặt số trong ngoặc kép (\"55,5\") hoặc lưu CSV với dấu "
              "chấm phẩy (;)",
              "the row has cells {cells} past the header's {columns} columns — perhaps a number with a decimal comma "
              "was split (55,5 into 55 and 5); the row is not read. Quote the number (\"55,5\") or save the CSV with "
              "semicolons (;)"};
    case Msg::import_split_into_column:
      return {"'{value}' rồi '{rest}' ở {column} — có thể là số {number} có dấu phẩy thập phân bị tách; dòng này không "
              "được đọc. Đặt số trong ngoặc kép (\"{number}\") hoặc lưu CSV với dấu chấm phẩy (;)",
              "'{value}' then '{rest}' in {column} — perhaps the number {number} with a decimal comma was split; the "
              "row is not read. Quote the number (\"{number}\") or save the CSV with semicolons (;)"};
    case Msg::import_period_given:
      return {"bảng không ghi kỳ: số liệu được gán cho kỳ {period} (--period)",
              "the table states no period: its values are taken as {period} (--period)"};
    case Msg::import_period_given_window:
      return {"Bảng không ghi kỳ: số liệu được gán cho kỳ đang xem, {period}. Nếu bảng là của kỳ khác, chọn kỳ đó ở dưới "
              "rồi nạp lại.",
              "The table states no period: its values are taken as the period on screen, {period}. If the table is "
              "of another period, choose it below and load again."};
    case Msg::import_column_proposed:
      return {"{column} chưa được đọc vì chưa chắc là chỉ tiêu nào; xác nhận bằng --map \"{header}=MÃ_CHỈ_TIÊU\" (mã "
              "trong danh sách gần nhất)",
              "{column} was not read because it is not certain which indicator it is; confirm with --map "
              "\"{header}=INDICATOR_ID\" (an id from the closest list)"};
    case Msg::import_column_unmatched:
      return {"{column} không khớp chỉ tiêu nào: dùng --map \"{header}=MÃ_CHỈ_TIÊU\", hoặc --map "
              "\"{header}=new:MÃ_MỚI:ĐƠN_VỊ:higher_is_better\" để thành chỉ tiêu mới",
              "{column} matches no indicator: use --map \"{header}=INDICATOR_ID\", or --map "
              "\"{header}=new:NEW_ID:UNIT:higher_is_better\" to make it a new indicator"};
    case Msg::import_column_unit:
      return {"{column} có tên của chỉ tiêu {indicator} nhưng đơn vị '{unit}' khác '{indicator_unit}'",
              "{column} has the name of the indicator {indicator} but its unit '{unit}' is not '{indicator_unit}'"};
    case Msg::import_map_no_indicator:
      return {"{column}: không có chỉ tiêu mã '{id}'; dùng một mã có sẵn hoặc new:MÃ:ĐƠN_VỊ:CHIỀU",
              "{column}: there is no indicator '{id}'; use an existing id or new:ID:UNIT:POLARITY"};
    case Msg::import_map_no_column:
      return {"ánh xạ cho {column} nhưng bảng không có cột đó (các cột: {columns}); hãy sửa tên cột trong --map",
              "a mapping names {column} but the table has no such column (its columns: {columns}); correct the name in --map"};
    case Msg::import_column_mapped_window:
      return {"{column} là chỉ tiêu {indicator} (theo ánh xạ cột đã chọn)",
              "{column} is the indicator {indicator} (by the column mapping chosen)"};
    case Msg::import_column_proposed_window:
      return {"{column} chưa được đọc vì chưa chắc là chỉ tiêu nào; hãy xác nhận hoặc chọn chỉ tiêu ở bước ghép cột",
              "{column} was not read because it is not certain which indicator it is; confirm it or pick the "
              "indicator in the column mapping step"};
    case Msg::import_column_unmatched_window:
      return {"{column} không khớp chỉ tiêu nào: hãy chọn chỉ tiêu, tạo chỉ tiêu mới hoặc bỏ qua cột ở bước ghép cột",
              "{column} matches no indicator: pick an indicator, make a new one or leave the column out in the "
              "column mapping step"};
    case Msg::import_map_no_column_window:
      return {"ánh xạ đã lưu có {column} nhưng bảng không còn cột đó (các cột: {columns}); cột này được bỏ qua",
              "the saved mapping names {column} but the table no longer has that column (its columns: {columns}); "
              "it is passed over"};
    case Msg::import_column_ignored:
      return {"{column} được bỏ qua theo ánh xạ cột", "{column} is left out, as the column mapping says"};
    case Msg::import_new_indicator:
      return {"{column} là chỉ tiêu mới {indicator} (đơn vị '{unit}', {polarity})",
              "{column} is the new indicator {indicator} (unit '{unit}', {polarity})"};
    case Msg::import_column_no_period:
      return {"{column}: không có kỳ (tiêu đề không ghi kỳ, không có cột 'Kỳ'); ghi kỳ vào tiêu đề (vd. 'quý II/2021') "
              "hoặc chọn kỳ (--period)",
              "{column}: no period (none in the header, no column 'Kỳ'); put it in the header (e.g. 'quý II/2021') "
              "or give --period"};
    case Msg::import_province_not_exact:
      return {"{column}: số toàn tỉnh '{text}' phải là một số (vd. 15,8) để làm mức so sánh; hãy ghi số chính xác",
              "{column}: the province figure '{text}' must be one number (e.g. 15,8) to serve as the reference; write "
              "the exact figure"};
    case Msg::import_province_replaces:
      return {"{indicator}, kỳ {period}: số toàn tỉnh {value} của bảng thay số đã có {other}",
              "{indicator}, period {period}: the table's province figure {value} replaces {other} already loaded"};
    case Msg::data_not_utf8:
      return {"{where}: chữ không ở mã UTF-8 (có lẽ tệp được lưu bằng bảng mã cũ như TCVN3, VNI hay Windows-1258); "
              "hãy lưu lại tệp dạng UTF-8.",
              "{where}: the text is not UTF-8 (the file was probably saved in a legacy encoding such as TCVN3, VNI or "
              "Windows-1258); save it again as UTF-8."};
    case Msg::data_repeated:
      return {"{where}: {what} đã có ở dòng {first}; mỗi mục chỉ ghi một lần, hãy giữ một dòng.",
              "{where}: {what} is already given on line {first}; each is given once, keep one row."};
    case Msg::data_repeated_elsewhere:
      return {"{where}: {what} đã có trong một tệp values-*.csv khác; hãy giữ một dòng.",
              "{where}: {what} is already given in another values-*.csv file; keep one row."};
    case Msg::data_bad_period:
      return {"{where}: kỳ '{period}' không phải một quý; hãy ghi dạng 2021-Q1.",
              "{where}: period '{period}' is not a quarter; write it as 2021-Q1."};
    case Msg::data_indicator_key: return {"chỉ tiêu '{id}'", "indicator '{id}'"};
    case Msg::data_reference_key:
      return {"số toàn tỉnh của {indicator}, kỳ {period}", "the province figure of {indicator}, period {period}"};
    case Msg::data_value_key:
      return {"số liệu của {indicator}, kỳ {period}, mã {code}", "the value of {indicator}, period {period}, code {code}"};
    case Msg::data_not_number:
      return {"{where}: cột '{column}' ghi '{text}', không phải một số; hãy viết số với dấu chấm thập phân, vd. 15.8.",
              "{where}: column '{column}' holds '{text}', which is not a number; write it with a decimal point, e.g. 15.8."};
    case Msg::data_not_yes_no:
      return {"{where}: cột '{column}' phải là yes hoặc no, không phải '{text}'.",
              "{where}: column '{column}' must be yes or no, not '{text}'."};
    case Msg::data_bad_polarity:
      return {"{where}: không có chiều '{text}'; dùng higher_is_better, lower_is_better hoặc neutral.",
              "{where}: polarity '{text}' is unknown; use higher_is_better, lower_is_better or neutral."};
    case Msg::data_needs_partner:
      return {"{where}: cột '{column}' có chữ ('{text}') nhưng cột '{partner}' trống; hãy điền cột '{partner}' "
              "(bản đồ tiếng Việt và tiếng Anh đều cần).",
              "{where}: column '{column}' is filled ('{text}') but '{partner}' is empty; fill column '{partner}' "
              "(maps in Vietnamese and in English both need it)."};
    case Msg::data_unknown_indicator:
      return {"{where}: chỉ tiêu '{id}' chưa có trong indicators.csv; hãy thêm vào đó trước.",
              "{where}: indicator '{id}' is not in indicators.csv; add it there first."};
    case Msg::data_empty_id:
      return {"{where}: mã chỉ tiêu (id) trống.", "{where}: the id is empty."};
    case Msg::data_empty_province_value:
      return {"{where}: số toàn tỉnh (value) trống.", "{where}: the province value is empty."};
    case Msg::data_unknown_code:
      return {"{where}: mã '{code}' không phải một huyện/thành phố của Hà Giang (xem geodata/districts.csv).",
              "{where}: code '{code}' is not one of Hà Giang's districts (see geodata/districts.csv)."};
    case Msg::data_bad_kind:
      return {"{where}: không có loại số liệu '{kind}'; dùng exact, approximate, at_most, at_least, interval, flag, "
              "category, group_fact hoặc no_data.",
              "{where}: unknown value kind '{kind}'; use exact, approximate, at_most, at_least, interval, flag, "
              "category, group_fact or no_data."};
    case Msg::data_kind_needs_number:
      return {"{where}: số liệu loại '{kind}' cần một số ở cột '{column}'.",
              "{where}: a '{kind}' value needs a number in '{column}'."};
    case Msg::data_interval_order:
      return {"{where}: số liệu loại 'interval' cần 'lower' <= 'upper'.",
              "{where}: an 'interval' value needs 'lower' <= 'upper'."};
    case Msg::data_inferred_city:
      return {"{where}: số của {district} ({type}) được suy ra từ '{quote}', câu chỉ nói về các huyện; thành phố "
              "không phải huyện. Hãy để thành phố không có dòng này (không có số liệu), hoặc trích câu có nói đến "
              "nó (\"huyện/thành phố\").",
              "{where}: the figure for {district} ({type}) is inferred from '{quote}', which counts huyện only; a "
              "thành phố is not a huyện. Leave the city without this row (no data), or quote words that cover it "
              "(\"huyện/thành phố\")."};
    case Msg::data_unclosed_quote:
      return {"{where}: một ô mở dấu ngoặc kép mà không đóng; hãy thêm dấu '\"' còn thiếu.",
              "{where}: a quoted field is never closed; add the missing '\"'."};
    case Msg::data_missing_column:
      return {"{where}: dòng tiêu đề không có cột '{column}'; hãy thêm cột đó (các cột cần có: xem geodata/README.md).",
              "{where}: the header has no column '{column}'; add it (see geodata/README.md for the expected columns)."};
    case Msg::data_district_empty:
      return {"{where}: code và name_vi không được để trống.", "{where}: code and name_vi must not be empty."};
    case Msg::data_code_twice:
      return {"{where}: mã {code} có hai lần; mỗi mã GSO chỉ ghi một lần.",
              "{where}: code {code} appears twice; each GSO code must be listed once."};
    case Msg::import_not_district_column:
      return {"{column} không ghi tên hay mã huyện nào nên không dùng để khớp huyện",
              "{column} names no district, so it is not used to match districts"};

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
    case Msg::province_line: return {"Toàn tỉnh: {value}", "Province: {value}"};
    case Msg::view_compared_title: return {"Các huyện so với toàn tỉnh", "Districts compared with the province"};
    case Msg::overview_ordered_by:
      return {" · xếp theo {district}: kém hơn toàn tỉnh trước", " · ordered by {district}: worse than the province first"};
    case Msg::overview_sort_needs_pin:
      return {"--sort pinned cần một huyện: --pin MÃ hoặc --district TÊN",
              "--sort pinned needs a district: --pin CODE or --district NAME"};
    case Msg::view_subtitle_count:
      return {"{period} · {count} chỉ tiêu có số liệu", "{period} · {count} indicators with data"};
    case Msg::view_rows_cut:
      return {"Khổ {size} chỉ vừa {shown}/{total} chỉ tiêu", "Only {shown} of {total} indicators fit {size}"};
    case Msg::view_rows_scrolled:
      return {"Chỉ tiêu {first}–{last}/{total}: lăn chuột trên bảng để xem các dòng khác",
              "Indicators {first}–{last} of {total}: scroll the wheel over the table for the others"};
    case Msg::view_rows_cut_advice:
      return {"xuất khổ lớn hơn (--size 3840x2160) hoặc chạy 'hagiang-map overview' để xem đủ",
              "export a larger size (--size 3840x2160) or run 'hagiang-map overview' to see them all"};
    case Msg::view_profile_rows_cut_advice:
      return {"xuất khổ lớn hơn (--size 3840x2160) hoặc chạy 'hagiang-map profile {districts}' để xem đủ",
              "export a larger size (--size 3840x2160) or run 'hagiang-map profile {districts}' to see them all"};
    case Msg::view_named_cell: return {"nêu tên", "named"};
    case Msg::view_section_column: return {"Mục", "Section"};
    case Msg::view_legend_title:
      return {"Màu: so với số toàn tỉnh, theo chiều tốt của chỉ tiêu",
              "Colour: against the province figure, in the indicator's better direction"};
    case Msg::view_cell_marks:
      return {"≤ không quá · < dưới · ≥ từ … trở lên · > trên · ≈ ước tính",
              "≤ at most · < below · ≥ at least · > above · ≈ estimate"};
    case Msg::view_shared_mark:
      return {"* một số chung cho cả nhóm huyện, không chia được", "* one figure shared by a group of districts"};
    case Msg::view_profile_title: return {"Hồ sơ huyện: {districts}", "District profile: {districts}"};
    case Msg::view_spread_column: return {"Các huyện: thấp nhất – cao nhất", "Districts: lowest – highest"};
    case Msg::view_spread_key:
      return {"Dải xám: từ số thấp nhất đến cao nhất của các huyện · vạch đen: toàn tỉnh · chấm: số của huyện · "
              "thanh có đầu mũi tên: số chỉ biết là cận (không quá, trên…)",
              "Grey band: lowest to highest district figure · black line: province · dot: the district's "
              "figure · bar with arrow: a figure known only as a bound (at most, above…)"};
    case Msg::view_profile_needs_district:
      return {"kiểu xem profile cần từ 1 đến 4 huyện: --district TÊN|MÃ (hoặc --pin MÃ)",
              "the profile view needs 1 to 4 districts: --district NAME|CODE (or --pin CODE)"};
    case Msg::view_profile_pin_hint:
      return {"Ghim 1 đến 4 huyện để xem hồ sơ: bấm vào huyện trên bản đồ, trong bảng xếp hạng, hoặc chọn ở "
              "«Ghim huyện…» bên phải",
              "Pin 1 to 4 districts to see their profile: click a district on the map or in the ranking, or choose "
              "it under “Pin a district…” on the right"};
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
    case Msg::map_highlighted_note:
      return {"Nổi bật (viền đậm): {names}; các huyện khác mờ đi", "Highlighted (heavy outline): {names}; the others faded"};
    case Msg::spec_too_many_districts: return {"tối đa {most} huyện, không phải {count}", "at most {most} districts, not {count}"};
    case Msg::spec_district_twice: return {"mã huyện '{code}' có hai lần", "district code '{code}' is listed twice"};
    case Msg::spec_unknown_district:
      return {"không có huyện mã '{code}'; các mã GSO: {known}", "unknown district code '{code}'; GSO codes: {known}"};
    case Msg::spec_classes_range:
      return {"số lớp phải là 0 (tự động) hoặc từ 2 đến {most}, không phải {classes}",
              "the number of classes must be 0 (automatic) or 2 to {most}, not {classes}"};
    case Msg::view_not_one_map:
      return {"kiểu xem {view} không phải bản đồ của một kỳ nên không dùng được ở đây; nó được vẽ bằng export "
              "(vd. {example}), số liệu của nó in ra bằng lệnh {view}",
              "the {view} view is not a map of one period, so it cannot be used here; it is drawn by export "
              "(e.g. {example}), and the {view} command prints its figures"};
    case Msg::multiples_count:
      return {"kiểu xem multiples cần 2 đến 4 chỉ tiêu (--indicators a,b) hoặc một chỉ tiêu ở hai kỳ "
              "(--indicator X --compared-period KỲ), không phải {count} chỉ tiêu",
              "the multiples view needs 2 to 4 indicators (--indicators a,b) or one indicator in two periods "
              "(--indicator X --compared-period P), not {count} indicator(s)"};
    case Msg::multiples_both:
      return {"kiểu xem multiples so sánh nhiều chỉ tiêu (--indicators) hoặc một chỉ tiêu ở hai kỳ "
              "(--compared-period), không cả hai",
              "the multiples view compares several indicators (--indicators) or one indicator in two periods "
              "(--compared-period), not both"};
    case Msg::change_needs_compared_period:
      return {"bản đồ thay đổi cần kỳ so sánh: thêm --compared-period KỲ (ví dụ 2021-Q2, từ một --table)",
              "the change map needs a second period: add --compared-period PERIOD (e.g. 2021-Q2, from a --table)"};
    case Msg::multiples_same_period:
      return {"kỳ so sánh '{period}' trùng với kỳ đang xem; hãy chọn kỳ khác bằng --compared-period",
              "the compared period '{period}' is the period shown; give another one with --compared-period"};
    case Msg::multiples_twice:
      return {"chỉ tiêu '{indicator}' có hai lần trong --indicators", "indicator '{indicator}' is listed twice in --indicators"};
    case Msg::multiples_too_small:
      return {"{count} bản đồ cạnh nhau không đọc được ở cỡ {size} (chữ không được nhỏ hơn {px} px); "
              "cỡ nhỏ nhất vẽ được: {least}",
              "{count} maps side by side would not be legible at {size} (no text may be under {px} px); "
              "the smallest size that works: {least}"};
    case Msg::multiples_never_fits:
      return {"{count} bản đồ cạnh nhau không đọc được ở cỡ {size} (chữ không được nhỏ hơn {px} px), "
              "ở cỡ lớn hơn cũng không; hãy bớt số chỉ tiêu",
              "{count} maps side by side would not be legible at {size} (no text may be under {px} px), "
              "nor at any larger size; show fewer indicators"};
    case Msg::multiples_title:
      return {"So sánh {count} chỉ tiêu theo huyện, thành phố", "{count} indicators by district"};
    case Msg::multiples_periods: return {"{period} và {compared}", "{period} and {compared}"};
    case Msg::story_empty:
      return {"câu chuyện chưa có trang nào; thêm ít nhất một trang (\"slides\": [{\"spec\": {…}}])",
              "the story has no slides; add at least one (\"slides\": [{\"spec\": {…}}])"};
    case Msg::story_slide: return {"trang {n}", "slide {n}"};
    case Msg::story_no_figures:
      return {"chỉ tiêu '{indicator}' không có số liệu huyện nào ở kỳ {period}; trang này sẽ trống. Kỳ có số liệu: {periods}",
              "indicator '{indicator}' has no district figure in {period}; the slide would be empty. Periods with "
              "figures: {periods}"};
    case Msg::story_breaks_outside:
      return {"mọi ngưỡng đều nằm ngoài khoảng số liệu ({lo} – {hi}), nên mọi huyện rơi vào một lớp; hãy đặt ngưỡng "
              "trong khoảng đó",
              "every limit lies outside the figures ({lo} – {hi}), so every district falls into one class; put the "
              "limits within that range"};
    case Msg::story_unknown_spotlight:
      return {"không có huyện mã '{code}' để chiếu sáng; các mã GSO: {known}",
              "no district has the code '{code}' to spotlight; GSO codes: {known}"};
    case Msg::story_problems: return {"{source}: {count} chỗ cần sửa:", "{source}: {count} problem(s) to mend:"};
    case Msg::story_fine:
      return {"{source}: được — {count} trang, đều trình chiếu và xuất được",
              "{source}: fine — {count} slides, each can be presented and exported"};
    case Msg::multiples_not_one_map:
      return {"kiểu xem multiples là nhiều bản đồ, chỉ vẽ được bằng export (vd. export --view multiples "
              "--indicators a,b --out m.png)",
              "the multiples view is several maps and is drawn by export only (e.g. export --view multiples "
              "--indicators a,b --out m.png)"};
    case Msg::unknown_district:
      return {"Hà Giang không có huyện/thành phố '{name}'; gần nhất: {closest}; hãy ghi mã GSO (vd. 033) hoặc tên",
              "no district of Hà Giang is called '{name}'; closest: {closest}; give the GSO code (e.g. 033) or the name"};
    case Msg::too_many_breaks:
      return {"có {given} ngưỡng; tối đa {most} ngưỡng ({classes} lớp)",
              "{given} breaks given; at most {most} breaks ({classes} classes) are allowed"};

    case Msg::unexpected_error:
      return {"lỗi không lường trước (xin báo lại cho nhóm phát triển): {error}",
              "unexpected error (please report it): {error}"};
    case Msg::batch_names_collide:
      return {"mẫu tên '{pattern}' đặt cùng một tên '{file}' cho hai bản đồ; hãy thêm {indicator} và {period} vào mẫu",
              "the name pattern '{pattern}' gives two maps the same name '{file}'; put {indicator} and {period} in it"};
    case Msg::batch_pattern_folder:
      return {"mẫu tên '{pattern}' không được chứa thư mục; thư mục đặt bằng --out-dir",
              "the name pattern '{pattern}' cannot contain a folder; give the folder with --out-dir"};
    case Msg::batch_nothing:
      return {"không có bản đồ nào để xuất: không chỉ tiêu nào có số liệu cho {periods}",
              "nothing to export: no indicator has figures for {periods}"};
    case Msg::batch_skipped:
      return {"bỏ qua {indicator} ({period}): không có số liệu", "skipped {indicator} ({period}): no figures"};
    case Msg::batch_progress:
      return {"[{n}/{total}] {file}", "[{n}/{total}] {file}"};
    case Msg::batch_failed:
      return {"không ghi được {file}: {reason}", "could not write {file}: {reason}"};
    case Msg::batch_summary:
      return {"đã ghi {written}/{total} bản đồ vào {place} ({seconds} giây)",
              "wrote {written} of {total} maps to {place} ({seconds} s)"};
    case Msg::batch_summary_slides:
      return {"đã ghi {written}/{total} trang vào {place} ({seconds} giây)",
              "wrote {written} of {total} slides to {place} ({seconds} s)"};
    case Msg::export_wrote: return {"đã ghi {path}", "wrote {path}"};
    case Msg::export_wrote_times:
      return {" ({size}, vẽ {render} ms, ghi PNG {png} ms)", " ({size}, render {render} ms, png {png} ms)"};
    case Msg::export_no_extension:
      return {"không ghi được bản đồ ra '{path}': thiếu phần mở rộng; chỉ hỗ trợ .png, .svg và .pdf",
              "cannot write a map to '{path}': no extension; the supported extensions are .png, .svg and .pdf"};
    case Msg::export_unknown_format:
      return {"không ghi được bản đồ ra '{path}': không ghi được định dạng '.{ext}'; chỉ hỗ trợ .png, .svg và .pdf",
              "cannot write a map to '{path}': cannot write format '.{ext}'; the supported extensions are .png, .svg "
              "and .pdf"};
    case Msg::export_too_small:
      return {"không xuất bản đồ ở cỡ {size}: quá nhỏ để bản đồ và chú giải đọc được (chữ không nhỏ hơn {min}); "
              "cỡ nhỏ nhất đọc được là {smallest}, hãy xuất ở cỡ đó hoặc lớn hơn; không ghi tệp nào",
              "not exporting the map at {size}: too small for the map and legend to be legible (no text under "
              "{min}); the smallest legible size is {smallest}, export at that size or larger; nothing was written"};
    case Msg::chart_too_small:
      return {"không xuất biểu đồ {view} ở cỡ {size}: không đủ chỗ cho mọi dòng với chữ không nhỏ hơn {min} "
              "(biểu đồ thiếu dòng sẽ đọc sai); cỡ nhỏ nhất hiện đủ mọi dòng là {smallest}, hãy xuất ở cỡ đó hoặc "
              "lớn hơn; không ghi tệp nào",
              "not exporting the {view} chart at {size}: not every row fits with text of at least {min} (a chart "
              "missing rows would mislead); the smallest size that shows every row legibly is {smallest}, export "
              "at that size or larger; nothing was written"};
    case Msg::chart_too_small_any:
      return {"không xuất biểu đồ {view} ở cỡ {size}: không đủ chỗ cho mọi dòng với chữ không nhỏ hơn {min}, "
              "và không cỡ nào cùng tỉ lệ trong giới hạn đủ chỗ; hãy chọn khổ ít dẹt hơn; không ghi tệp nào",
              "not exporting the {view} chart at {size}: not every row fits with text of at least {min}, and no "
              "size of that shape within the limits does; choose a less elongated shape; nothing was written"};
    case Msg::export_too_small_any:
      return {"không xuất bản đồ ở cỡ {size}: quá nhỏ để bản đồ và chú giải đọc được (chữ không nhỏ hơn {min}), "
              "và không cỡ nào cùng tỉ lệ trong giới hạn đọc được; hãy chọn khổ ít dẹt hơn; không ghi tệp nào",
              "not exporting the map at {size}: too small for the map and legend to be legible (no text under "
              "{min}), and no size of that shape within the limits is; choose a less elongated shape; nothing "
              "was written"};
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
