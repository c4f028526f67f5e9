#include "io/io_text.h"

#include "core/text/i18n.h"

namespace hgm::io {

namespace {

struct Words {
  const char* vi;
  const char* en;
};

Words words(IoText text) {
  switch (text) {
    case IoText::file_unreadable:
      return {"{path}: không mở được tệp để đọc; hãy kiểm tra tệp có tồn tại và được phép đọc.",
              "{path}: cannot be opened for reading; check that it exists and is readable."};
    case IoText::table_missing:
      return {"{path}: không có bảng số liệu này; hãy kiểm tra đường dẫn.",
              "{path}: the table does not exist; check the path."};
    case IoText::table_unreadable:
      return {"{path}: không đọc được như một bảng ({gdal}); hãy lưu thành CSV (UTF-8), XLSX hoặc ODS.",
              "{path}: cannot be read as a table ({gdal}); save it as CSV (UTF-8), XLSX or ODS."};
    case IoText::table_no_sheet:
      return {"{path}: không có trang tính hay bảng nào.", "{path}: holds no sheet or table."};
    case IoText::table_not_utf8:
      return {"{path}:{line}: chữ không ở mã UTF-8 ('{cell}'); hãy lưu tệp dạng UTF-8 (trong Excel: CSV UTF-8).",
              "{path}:{line}: the text is not UTF-8 ('{cell}'); save the file as UTF-8 (in Excel: CSV UTF-8)."};
    case IoText::table_read_failed:
      return {"{path} (trang '{sheet}'): đọc dở thì GDAL báo lỗi ({gdal}); tệp bị cắt ngang hoặc hỏng nên có thể "
              "thiếu dòng, vì vậy không dòng nào được nhận. Hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại rồi thử "
              "lại.",
              "{path} (sheet '{sheet}'): GDAL reported an error part way through ({gdal}); the file is cut off or "
              "damaged and rows may be missing, so none was taken. Open it in Excel or LibreOffice, save it again "
              "and retry."};
    case IoText::table_no_rows:
      return {"{path} (trang '{sheet}'): chỉ có dòng tiêu đề, không có dòng số liệu nào; hãy thêm mỗi huyện một dòng "
              "dưới dòng tiêu đề (hoặc chọn đúng tệp).",
              "{path} (sheet '{sheet}'): holds only the header line and no data rows; add one row per district under "
              "the header (or choose the right file)."};
    case IoText::table_nul_byte:
      return {"{path}:{line}: ô ở cột {column} chứa ký tự NUL (byte 0) nên sẽ bị cắt cụt; hãy xóa ký tự này hoặc lưu "
              "lại tệp dạng CSV UTF-8.",
              "{path}:{line}: the cell in column {column} holds a NUL character (byte 0) and would be cut short; "
              "remove it or save the file again as CSV UTF-8."};
    case IoText::table_no_such_sheet:
      return {"{path}: không có trang '{sheet}'; các trang của tệp: {sheets}.",
              "{path}: has no sheet '{sheet}'; its sheets are: {sheets}."};
    case IoText::table_csv_no_sheets:
      return {"{path}: tệp CSV không có trang nên không chọn được trang '{sheet}'; hãy bỏ --sheet "
              "(--sheet chỉ dùng cho tệp .xlsx hoặc .ods).",
              "{path}: a CSV file has no sheets, so sheet '{sheet}' cannot be chosen; leave out --sheet "
              "(it is for .xlsx and .ods files)."};
    case IoText::table_no_district_sheet:
      return {"{path}: không trang nào có cột huyện (các trang: {sheets}); hãy chọn trang số liệu bằng --sheet TÊN "
              "hoặc đặt tên cột huyện là \"Huyện\" hay \"Mã huyện\".",
              "{path}: no sheet has a district column (sheets: {sheets}); choose the sheet with --sheet NAME or "
              "name the district column \"Huyện\" or \"Mã huyện\"."};
    case IoText::table_too_many_columns:
      return {"{path} (trang '{sheet}'): có hơn {limit} cột, mà trình đọc bảng tính chỉ đọc được {limit} cột đầu nên "
              "sẽ bỏ sót số liệu; hãy xóa các cột không cần, chia bảng, hoặc lưu thành CSV UTF-8.",
              "{path} (sheet '{sheet}'): has more than {limit} columns and the spreadsheet reader takes only the first "
              "{limit}, so figures would be lost; delete the columns not needed, split the table, or save it as CSV "
              "UTF-8."};
    case IoText::table_formula_no_value:
      return {"{path} (trang '{sheet}'): {n} ô là công thức được lưu mà không có kết quả ({cells}), nên sẽ thành "
              "\"không có số liệu\"; tệp do một chương trình không tính công thức ghi ra. Hãy mở tệp bằng Excel "
              "hoặc LibreOffice Calc, lưu lại rồi nạp lại.",
              "{path} (sheet '{sheet}'): {n} cell(s) hold a formula saved without its result ({cells}) and would read "
              "as \"no data\"; the file was written by a program that does not compute formulas. Open it in Excel "
              "or LibreOffice Calc, save it again and load it again."};
    case IoText::sheet_cell: return {"{cell} (dòng {line})", "{cell} (row {line})"};
    case IoText::boundary_missing:
      return {"{path}: không có tệp ranh giới này; hãy kiểm tra --boundaries TỆP hoặc $HAGIANG_GEODATA_DIR (bỏ cả "
              "hai thì dùng bản có sẵn trong geodata/ của kho mã).",
              "{path}: the boundary file does not exist. Check --boundaries FILE or $HAGIANG_GEODATA_DIR (without "
              "either, the copy committed in the repository's geodata/ is used)."};
    case IoText::boundary_unreadable:
      return {"{path}: GDAL không đọc được tệp này như dữ liệu vector ({gdal}); hãy kiểm tra đủ và nguyên các phần "
              "(.shp, .shx, .dbf, .prj).",
              "{path}: GDAL cannot read this file as vector data ({gdal}). Check that all parts of the dataset "
              "(.shp, .shx, .dbf, .prj) are present and intact."};
    case IoText::boundary_no_layer:
      return {"{path}: không có lớp '{layer}'.", "{path}: has no layer '{layer}'."};
    case IoText::boundary_no_match:
      return {"{path}: không đối tượng nào khớp với một huyện/thành phố của Hà Giang (đã thử các trường code, "
              "gso_code, name_vi, name_en, shapeName, …); có đúng tệp không?",
              "{path}: no feature matched a district of Hà Giang (fields tried: code, gso_code, name_vi, name_en, "
              "shapeName, …). Is this the right file?"};
    case IoText::boundary_no_crs:
      return {"{path}: lớp không có hệ tọa độ; coi là kinh độ/vĩ độ WGS 84.",
              "{path}: the layer has no coordinate system; WGS 84 longitude/latitude assumed."};
    case IoText::boundary_incomplete:
      return {"{path}: tệp ranh giới không đọc trọn được ({detail}), nên bản đồ sẽ thiếu: {missing}. Hãy lấy lại bản "
              "đầy đủ của tệp (đủ và nguyên các phần .shp, .shx, .dbf, .prj).",
              "{path}: the boundary file cannot be read in full ({detail}), so the map would lack: {missing}. Get a "
              "complete copy of the file again (all parts .shp, .shx, .dbf, .prj present and intact)."};
    case IoText::boundary_unusable:
      return {"{path}: {n} đối tượng khớp với huyện nhưng không vẽ được, vd. {detail} Bản đồ sẽ thiếu: {missing}. Tệp "
              "ranh giới cần mỗi huyện một đa giác (Polygon hoặc MultiPolygon) có diện tích; điểm, đường hay đối tượng "
              "không có hình đều không dùng được.",
              "{path}: {n} feature(s) match a district but cannot be drawn, e.g. {detail} The map would lack: "
              "{missing}. A boundary file needs one polygon (Polygon or MultiPolygon) with an area for each district; "
              "points, lines and features without a geometry cannot be used."};
    case IoText::boundary_far_away:
      return {"{path}: theo hệ tọa độ tệp ghi ({crs}), các huyện nằm ở {extent}, cách xa tỉnh Hà Giang (kinh độ "
              "104,3–105,6°, vĩ độ 22,1–23,3°), nên vị trí và thước tỉ lệ của bản đồ sẽ sai. Hệ tọa độ ghi trong tệp "
              "(với shapefile là tệp .prj) có lẽ sai: hãy gán đúng hệ tọa độ (vd. trong QGIS) rồi thử lại.",
              "{path}: in the coordinate system the file names ({crs}), the districts lie at {extent}, nowhere near "
              "Hà Giang (longitude 104.3–105.6°, latitude 22.1–23.3°), so the map's place and scale bar would be "
              "wrong. The coordinate system named in the file (for a shapefile, its .prj file) is probably wrong: "
              "assign the right one (e.g. in QGIS) and retry."};
    case IoText::extent_degrees:
      return {"kinh độ {lon}°, vĩ độ {lat}°", "longitude {lon}°, latitude {lat}°"};
    case IoText::extent_map_units:
      return {"x {x}, y {y} (đơn vị của bản đồ; không đổi được sang kinh độ, vĩ độ)",
              "x {x}, y {y} (map units; they cannot be turned into longitude and latitude)"};
    case IoText::features_unmatched:
      return {"{path}: bỏ qua {n} đối tượng không khớp huyện nào của Hà Giang: {features}.",
              "{path}: skipped {n} features that match no district of Hà Giang: {features}."};
    case IoText::and_more: return {" và {n} đối tượng khác", " and {n} more"};
    case IoText::feature_repeats:
      return {"{path}: {fid} lặp lại {district}; chỉ vẽ đối tượng đầu tiên.",
              "{path}: {fid} repeats {district}; only the first feature is drawn."};
    case IoText::feature_no_geometry:
      return {"{fid} ({district}) không có hình.", "{fid} ({district}) has no geometry."};
    case IoText::feature_not_projected:
      return {"{fid} không chiếu được sang {crs}.", "{fid} could not be projected to {crs}."};
    case IoText::feature_not_polygon:
      return {"{fid} không phải đa giác ({type}).", "{fid} is not a polygon ({type})."};
    case IoText::feature_not_triangulated:
      return {"{fid}: GEOS không chia tam giác được vùng này; hãy kiểm tra ranh giới có hợp lệ.",
              "{fid}: GEOS could not triangulate the polygon; check that the boundary is valid."};
    case IoText::feature_zero_area:
      return {"{fid} ({district}) là đa giác có diện tích bằng 0 (các điểm nằm trên một đường).",
              "{fid} ({district}) is a polygon with no area (its points lie on a line)."};
    case IoText::district_no_boundary:
      return {"{path}: không có ranh giới của {district} ({code}); huyện này không có trên bản đồ.",
              "{path}: no boundary for {district} ({code}); it is left out of the map."};
    case IoText::locator_unreadable:
      return {"{path}: không đọc được lớp tỉnh cho bản đồ vị trí ({gdal}).",
              "{path}: the provinces layer for the locator map cannot be read ({gdal})."};
    case IoText::locator_no_layer:
      return {"{path}: không có lớp tỉnh nào cho bản đồ vị trí.", "{path}: holds no layer of provinces for the locator map."};
    case IoText::locator_no_polygons:
      return {"{path}: không có đa giác tỉnh nào cho bản đồ vị trí.",
              "{path}: holds no province polygons for the locator map."};
    case IoText::locator_missing:
      return {"{path}: không tìm thấy; bản đồ được vẽ không có bản đồ vị trí.",
              "{path}: not found; the map is drawn without the locator inset."};
    case IoText::locator_dropped:
      return {"{error} Bản đồ được vẽ không có bản đồ vị trí.", "{error} The map is drawn without the locator inset."};
    case IoText::gdal_module_missing:
      return {"Không tìm thấy mô-đun GDAL của chương trình (đã tìm ở {paths}), nên không làm được những việc cần GDAL: "
              "đọc tệp ranh giới, đọc bảng số liệu, ghi mẫu XLSX/ODS. Bản đồ mặc định vẫn dùng được. Hãy dựng lại "
              "chương trình (lệnh trong README).",
              "The program's GDAL module is not there (looked for {paths}), so what needs GDAL cannot be done: "
              "reading boundary files, reading tables, writing XLSX/ODS templates. The default map still works. "
              "Build the program again (the command in the README)."};
    case IoText::gdal_library_missing:
      return {"GDAL hoặc một thư viện nó cần chưa được cài ({detail}), nên không làm được những việc cần GDAL: đọc "
              "tệp ranh giới, đọc bảng số liệu, ghi mẫu XLSX/ODS. Bản đồ mặc định vẫn dùng được. Hãy cài GDAL (gói "
              "Debian libgdal32).",
              "GDAL or a library it needs is not installed ({detail}), so what needs GDAL cannot be done: reading "
              "boundary files, reading tables, writing XLSX/ODS templates. The default map still works. Install "
              "GDAL (Debian package libgdal32)."};
    case IoText::gdal_module_damaged:
      return {"Mô-đun GDAL của chương trình ở {path} bị hỏng hoặc thuộc một bản dựng khác ({detail}), nên không làm "
              "được những việc cần GDAL: đọc tệp ranh giới, đọc bảng số liệu, ghi mẫu XLSX/ODS. Bản đồ mặc định vẫn "
              "dùng được. Hãy dựng lại chương trình (lệnh trong README).",
              "The program's GDAL module at {path} is damaged or of another build ({detail}), so what needs GDAL "
              "cannot be done: reading boundary files, reading tables, writing XLSX/ODS templates. The default map "
              "still works. Build the program again (the command in the README)."};
    case IoText::national_layer_missing:
      return {"{path}: không có lớp 708 huyện toàn quốc (vietnam_adm2). Lớp này không nằm trong kho mã (bản đồ mặc "
              "định không cần nó): hãy chạy scripts/obtain-boundaries.sh để lấy về {dir} (chép từ $HAGIANG_GEODATA_DIR "
              "hoặc ../shared/geodata nếu có, nếu không thì tải bản chính thức của geoBoundaries và kiểm tra SHA-256), "
              "rồi truyền tệp đó bằng --boundaries.",
              "{path}: the 708-district national layer (vietnam_adm2) is not there. It is not in the repository (the "
              "default map does not need it): run scripts/obtain-boundaries.sh to put it into {dir} (it copies it "
              "from $HAGIANG_GEODATA_DIR or ../shared/geodata if present, else downloads the official geoBoundaries "
              "release and checks its SHA-256), then pass that file with --boundaries."};
    case IoText::units_no_field:
      return {"{path}: lớp không có trường '{field}'; các trường có: {fields}.",
              "{path}: the layer has no field '{field}'; its fields are: {fields}."};
    case IoText::units_none:
      return {"{path}: không đối tượng nào có mã trong trường '{field}'.",
              "{path}: no feature has a code in the field '{field}'."};
    case IoText::units_skipped:
      return {"{path}: bỏ qua {n} đối tượng {why}: {features}.", "{path}: skipped {n} features {why}: {features}."};
    case IoText::units_skip_no_code:
      return {"không có mã trong trường '{field}'", "with no code in the field '{field}'"};
    case IoText::units_skip_repeated:
      return {"có mã (trường '{field}') trùng với một đối tượng trước", "whose code (field '{field}') an earlier feature has"};
    case IoText::units_skip_unusable:
      return {"không có đa giác dùng được", "with no usable polygon"};
    case IoText::units_far_away:
      return {"{path}: theo hệ tọa độ tệp ghi ({crs}), các đơn vị nằm ở {extent}, cách xa Việt Nam; hệ tọa độ ghi trong "
              "tệp (với shapefile là tệp .prj) có lẽ sai.",
              "{path}: by the coordinate system the file states ({crs}), the units lie at {extent}, far from Viet Nam; "
              "the file's coordinate system (for a shapefile its .prj) is probably wrong."};
    case IoText::units_values_skipped:
      return {"{n} giá trị trong {file} thuộc các huyện không có trong lớp đơn vị, không dùng.",
              "{n} values in {file} are for districts not among the layer's units and are not used."};
    case IoText::feature: return {"đối tượng {fid}", "feature {fid}"};
    case IoText::spec_units_incomplete:
      return {"{key}: \"units\" cần đủ file, code_field và name_field (tệp lớp, trường mã, trường tên)",
              "{key}: \"units\" needs file, code_field and name_field (the layer, its code field, its name field)"};
    case IoText::spec_not_json:
      return {"không phải JSON hợp lệ; xem lại dấu phẩy, ngoặc và dấu nháy quanh chỗ này",
              "not valid JSON; check the commas, brackets and quotes around this place"};
    case IoText::spec_not_object:
      return {"tệp đặc tả phải là một đối tượng JSON {…}, không phải {got}", "a spec file must be a JSON object {…}, not {got}"};
    case IoText::spec_no_version:
      return {"thiếu khoá 'version'; tệp đặc tả bắt đầu bằng \"version\": 1",
              "the key 'version' is missing; a spec file starts with \"version\": 1"};
    case IoText::spec_bad_version:
      return {"không đọc được phiên bản {version}; chương trình này đọc phiên bản 1",
              "version {version} is not supported; this program reads version 1"};
    case IoText::spec_unknown_key:
      return {"không có khoá '{where}'; các khoá được phép ở đây: {allowed}", "unknown key '{where}'; allowed here: {allowed}"};
    case IoText::spec_wrong_type: return {"'{key}' phải là {want}, không phải {got}", "'{key}' must be {want}, not {got}"};
    case IoText::spec_too_large: return {"'{key}' quá lớn", "'{key}' is too large"};
    case IoText::spec_bad_name:
      return {"'{key}' không nhận '{id}'; dùng một trong: {allowed}", "'{key}' cannot be '{id}'; use one of: {allowed}"};
    case IoText::spec_out_of_range:
      return {"'{key}' phải từ {lo} đến {hi}, không phải {value}", "'{key}' must be {lo} to {hi}, not {value}"};
    case IoText::spec_output_both:
      return {"'output' có hoặc width và height, hoặc paper, orientation và dpi, không có cả hai",
              "'output' has either width and height, or paper, orientation and dpi, not both"};
    case IoText::spec_number_too_large:
      return {"có một số quá lớn để đọc (vượt quá khoảng 1,8·10³⁰⁸); xem lại các số trong tệp",
              "a number is too large to read (beyond about 1.8e308); check the numbers in the file"};
    case IoText::spec_want_object: return {"một đối tượng {…}", "an object {…}"};
    case IoText::spec_want_string: return {"một chuỗi", "a string"};
    case IoText::spec_want_whole: return {"một số nguyên", "a whole number"};
    case IoText::spec_want_bool: return {"true hoặc false", "true or false"};
    case IoText::spec_want_strings: return {"một danh sách chuỗi", "a list of strings"};
    case IoText::spec_want_numbers: return {"một danh sách số", "a list of numbers"};
    case IoText::spec_want_number: return {"một số", "a number"};
    case IoText::spec_got_string: return {"chuỗi", "a string"};
    case IoText::spec_got_number: return {"số {n}", "the number {n}"};
    case IoText::spec_got_list: return {"danh sách", "a list"};
    case IoText::spec_got_object: return {"đối tượng", "an object"};
    case IoText::story_not_object:
      return {"tệp câu chuyện phải là một đối tượng JSON {…}, không phải {got}", "a story file must be a JSON object {…}, not {got}"};
    case IoText::story_no_version:
      return {"thiếu khoá 'version'; tệp câu chuyện bắt đầu bằng \"version\": 1",
              "the key 'version' is missing; a story file starts with \"version\": 1"};
    case IoText::story_bad_version:
      return {"không đọc được câu chuyện phiên bản {version}; chương trình này đọc phiên bản 1",
              "story version {version} is not supported; this program reads version 1"};
    case IoText::story_no_slides:
      return {"'slides' phải là danh sách các trang [{\"spec\": {…}, \"note\": \"…\"}, …], không phải {got}",
              "'slides' must be a list of slides [{\"spec\": {…}, \"note\": \"…\"}, …], not {got}"};
    case IoText::story_slide_not_object:
      return {"'{where}' phải là một đối tượng {\"spec\": {…}, \"note\": \"…\"}, không phải {got}",
              "'{where}' must be an object {\"spec\": {…}, \"note\": \"…\"}, not {got}"};
    case IoText::story_slide_no_spec:
      return {"'{where}' thiếu khoá 'spec' (bản đồ của trang, như một tệp đặc tả)",
              "'{where}' has no 'spec' (the slide's map, as in a spec file)"};
  }
  return {"", ""};
}

}  // namespace

const char* io_text(Lang lang, IoText text) {
  const Words w = words(text);
  return pick(lang, w.vi, w.en);
}

std::string io_message(Lang lang, IoText text, std::initializer_list<std::pair<const char*, std::string>> values) {
  return fill(io_text(lang, text), values);
}

}  // namespace hgm::io
