#include "core/data/table_template.h"

#include "core/text/i18n.h"

namespace hgm {

std::string template_header(const Indicator& ind, Lang lang) {
  const std::string& name = pick(lang, ind.name_vi, ind.name_en);
  const std::string& unit = ind.unit_in(lang).empty() ? ind.unit : ind.unit_in(lang);
  // A name that already states its unit ("… (% kế hoạch tỉnh giao)") is not given it twice.
  if (unit.empty() || name.find("(" + unit) != std::string::npos) return name;
  return name + " (" + unit + ")";
}

TableSheet make_table_template(const DistrictRegistry& registry, const IndicatorTable& table, const std::string& period,
                               Lang lang) {
  TableSheet sheet;
  sheet.name = period;
  // Headers the import knows as the district, name and period columns.
  sheet.headers = {pick(lang, std::string("Mã huyện"), std::string("Code")),
                   pick(lang, std::string("Tên huyện"), std::string("District")),
                   pick(lang, std::string("Kỳ"), std::string("Period"))};
  sheet.text_columns = sheet.headers.size();
  for (const Indicator& ind : table.indicators()) sheet.headers.push_back(template_header(ind, lang));
  const std::size_t width = sheet.headers.size();
  for (const District& d : registry.districts()) {
    std::vector<std::string> row(width);
    row[0] = d.code;
    row[1] = d.name_vi;  // place names keep their Vietnamese spelling in both languages
    row[2] = period;
    sheet.rows.push_back(std::move(row));
  }
  std::vector<std::string> province(width);
  province[1] = tr(lang, Msg::province_reference);  // "Toàn tỉnh" / "Province": read back as the province's row
  province[2] = period;
  sheet.rows.push_back(std::move(province));
  return sheet;
}

namespace {

std::string csv_cell(const std::string& text) {
  if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
  std::string quoted = "\"";
  for (const char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

std::string csv_line(const std::vector<std::string>& cells) {
  std::string line;
  for (std::size_t i = 0; i < cells.size(); ++i) line += (i ? "," : "") + csv_cell(cells[i]);
  return line + "\r\n";
}

}  // namespace

std::string sheet_csv(const TableSheet& sheet) {
  std::string text = "\xEF\xBB\xBF" + csv_line(sheet.headers);
  for (const auto& row : sheet.rows) text += csv_line(row);
  return text;
}

}  // namespace hgm
