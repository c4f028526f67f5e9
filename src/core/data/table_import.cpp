#include "core/data/table_import.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <thread>
#include <unordered_map>

#include "core/data/offered_values.h"
#include "core/text/i18n.h"
#include "core/data/source_name.h"
#include "core/text/text_join.h"
#include "core/text/number_format.h"
#include "core/text/text_fold.h"

namespace hgm {

namespace {

bool header_is(const std::string& header, std::initializer_list<const char*> names) {
  const std::string h = fold_for_matching(header);
  return std::any_of(names.begin(), names.end(), [&](const char* n) { return h == n; });
}

constexpr auto kDistrictHeaders = {"code", "ma", "ma huyen", "ma gso", "gso code", "ma dvhc", "huyen", "district",
                                   "ten huyen", "don vi", "ten don vi", "ten", "name", "huyen/thanh pho",
                                   "huyen/tp", "dia ban", "huyen thanh pho", "district name", "unit"};
constexpr auto kIndicatorHeaders = {"indicator", "chi tieu", "ma chi tieu", "indicator id"};
constexpr auto kValueHeaders = {"value", "gia tri", "so lieu", "ket qua"};
constexpr auto kPeriodHeaders = {"period", "ky", "quy", "ky bao cao"};
constexpr auto kSectionHeaders = {"section", "muc"};
constexpr auto kQuoteHeaders = {"quote", "trich", "trich dan", "nguyen van"};
constexpr auto kDocumentHeaders = {"document", "tai lieu", "nguon", "source"};
// Columns planners add beside the figures: row numbers and notes, never an indicator.
constexpr auto kAsideHeaders = {"stt", "tt", "so tt", "so thu tu", "no", "no.", "#", "ghi chu", "note", "notes", "ghi chu khac"};
constexpr auto kProvinceNames = {"toan tinh", "tinh ha giang", "toan tinh ha giang", "ca tinh", "cong", "tong",
                                 "tong cong", "tong so", "cong toan tinh", "tong toan tinh", "province", "whole province",
                                 "total", "ha giang province"};

std::optional<std::size_t> find_column(const RawTable& t, std::initializer_list<const char*> names) {
  for (std::size_t i = 0; i < t.headers.size(); ++i)
    if (header_is(t.headers[i], names)) return i;
  return std::nullopt;
}

const Indicator* match_indicator(const IndicatorTable& table, const std::string& text) {
  const std::string f = fold_for_matching(text);
  for (const Indicator& ind : table.indicators())
    if (text == ind.id || f == fold_for_matching(ind.id) || f == fold_for_matching(ind.name_vi) ||
        f == fold_for_matching(ind.name_en))
      return &ind;
  return nullptr;
}

std::string cell(const RawTable::Row& row, std::size_t i) { return i < row.cells.size() ? row.cells[i] : std::string(); }

bool cell_numeric(const RawTable::Row& row, std::size_t i) { return i < row.numeric.size() && row.numeric[i]; }

// Made as Importer{table, registry, into, options}: every other member has a default
// initialiser (give one to any member added), so the list names only what it is given.
struct Importer {
  const RawTable& t;
  const DistrictRegistry& registry;
  IndicatorTable& into;
  const ImportOptions& options;
  ImportReport report{};
  std::vector<std::size_t> district_cols{};      // the columns naming districts (district_columns)
  std::vector<bool> conflicting_columns{};       // by column: its cells mix decimal marks
  OfferedValues offered{};                       // values read, loaded by load_offered
  struct ProvinceFigure {
    std::string indicator, period, where, text;
    double value = 0;
    bool conflict = false;
  };
  std::vector<ProvinceFigure> province_figures{};  // from "Toàn tỉnh" rows, set by load_province
  std::map<std::string, const Indicator*> long_names{};  // long layout: indicator cell -> indicator
  std::optional<ColumnMatcher> matcher{};              // made again when a mapping adds an indicator

  const ColumnMatcher& column_matcher() {
    if (!matcher || !matcher->made_for(into.indicators())) matcher.emplace(into.indicators());
    return *matcher;
  }

  std::string where(const RawTable::Row& row) const { return t.source + ":" + std::to_string(row.line); }
  std::string say(Msg msg, std::initializer_list<std::pair<const char*, std::string>> values = {}) const {
    return tr(options.lang, msg, values);
  }
  std::string column_name(const std::string& header) const { return say(Msg::import_column, {{"name", header}}); }

  std::string name_reason(const NameMatch& m) const {
    switch (m.why) {
      case NameMatch::Why::empty: return say(Msg::import_empty_district);
      case NameMatch::Why::city_or_province: return say(Msg::import_city_or_province);
      case NameMatch::Why::marks_differ: return say(Msg::import_marks_differ);
      case NameMatch::Why::same_name: return say(Msg::import_same_name);
      default: return say(Msg::import_no_such_name);
    }
  }

  // A record with cells past the header (io's CSV reader keeps them): in a comma-separated
  // file a decimal comma splits a number, "55,5" into 55 and 5. The row is listed and not
  // read: never a figure cut short.
  bool split_record(const RawTable::Row& row) {
    if (split_into_next_column(row)) return true;
    if (row.cells.size() <= t.headers.size()) return false;
    std::string past;
    for (std::size_t i = t.headers.size(); i < row.cells.size(); ++i) past += (past.empty() ? "'" : "', '") + row.cells[i];
    issue(ImportIssue::Kind::bad_value, row, past + "'",
          say(Msg::import_cells_past_header, {{"cells", past + "'"}, {"columns", std::to_string(t.headers.size())}}));
    return true;
  }

  // The same split where the header has a column after the figure (a note): "55,5" read as
  // 55 with a note of "5". A whole number followed by a cell of digits alone (or digits and
  // '%') in a comma-separated file is listed and not read.
  std::vector<bool> figure_columns{};  // by column: it holds an indicator's figures
  bool split_into_next_column(const RawTable::Row& row) {
    if (!t.comma_separated) return false;
    const auto digits = [](const std::string& text, bool sign, bool percent) {
      const std::string v = trim_spaces(text);
      std::size_t from = sign && !v.empty() && v.front() == '-' ? 1 : 0, to = v.size();
      if (percent && to > from && v.back() == '%') --to;
      return to > from && std::all_of(v.begin() + static_cast<std::ptrdiff_t>(from), v.begin() + static_cast<std::ptrdiff_t>(to),
                                      [](char c) { return c >= '0' && c <= '9'; });
    };
    for (std::size_t c = 0; c + 1 < figure_columns.size() && c + 1 < row.cells.size(); ++c) {
      if (!figure_columns[c] || figure_columns[c + 1]) continue;
      if (!digits(row.cells[c], true, false) || !digits(row.cells[c + 1], false, true)) continue;
      const std::string value = trim_spaces(row.cells[c]), rest = trim_spaces(row.cells[c + 1]);
      const std::string number = value + "," + rest;
      issue(ImportIssue::Kind::bad_value, row, number,
            say(Msg::import_split_into_column,
                {{"value", value}, {"rest", rest}, {"column", column_name(t.headers[c + 1])}, {"number", number}}));
      return true;
    }
    return false;
  }

  void issue(ImportIssue::Kind kind, const RawTable::Row& row, std::string text, std::string reason,
             std::vector<std::string> candidates = {}) {
    add_issue({kind, where(row), std::move(text), std::move(reason), std::move(candidates)});
  }
  // Counts every issue; keeps it unless options.issues_kept of its kind are kept already.
  void add_issue(ImportIssue i) {
    int& n = report.counts[static_cast<std::size_t>(i.kind)];
    ++n;
    if (options.issues_kept == 0 || static_cast<std::size_t>(n) <= options.issues_kept)
      report.issues.push_back(i);
  }

  // What a district cell's text names: a district, or why not (the issue's kind, reason and
  // closest names). Worked out once per distinct text, up to kLookupsKept texts: a table of a
  // million rows names a few hundred places, and matching a name folds it several ways.
  struct DistrictLookup {
    bool province = false;  // the text names the whole province ("Toàn tỉnh")
    std::optional<std::size_t> district;
    ImportIssue::Kind kind = ImportIssue::Kind::unmatched_district;
    std::string reason;
    std::vector<std::string> candidates;
  };
  static constexpr std::size_t kLookupsKept = 1000;
  std::unordered_map<std::string, DistrictLookup> lookups{};
  // Once kLookupsKept texts are kept, the last text looked up (a row asks twice: province, district).
  std::optional<std::string> past_cap_text{};
  DistrictLookup past_cap_lookup{};

  DistrictLookup look_up(const std::string& text) const {
    const bool province = is_province_row_name(text);
    // A layer's units may have codes of letters and digits ("VNM-ADM2-12"), found as written.
    if (auto i = registry.find_code(text)) return {province, i, ImportIssue::Kind::unmatched_district, {}, {}};
    if (!text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      if (auto i = registry.find_code(text)) return {province, i, ImportIssue::Kind::unmatched_district, {}, {}};
      return {province, std::nullopt, ImportIssue::Kind::unmatched_district, say(Msg::import_no_such_code), {}};
    }
    const NameMatch m = registry.match_name(text);
    if (m.status == NameMatch::Status::matched) return {province, m.index, ImportIssue::Kind::unmatched_district, {}, {}};
    std::vector<std::string> names;
    for (std::size_t c : m.candidates) names.push_back(registry.at(c).name_vi);
    return {province, std::nullopt,
            m.status == NameMatch::Status::ambiguous ? ImportIssue::Kind::ambiguous_district
                                                     : ImportIssue::Kind::unmatched_district,
            name_reason(m), std::move(names)};
  }

  // `text` trimmed. The reference holds until the next call.
  const DistrictLookup& lookup_district(const std::string& text) {
    if (auto it = lookups.find(text); it != lookups.end()) return it->second;
    if (lookups.size() < kLookupsKept) return lookups.emplace(text, look_up(text)).first->second;
    if (past_cap_text != text) {
      past_cap_lookup = look_up(text);
      past_cap_text = text;
    }
    return past_cap_lookup;
  }

  // Rows are taken a chunk at a time: the district cells of a chunk whose texts are not
  // known yet are looked up on every core first (matching a name that names no district,
  // with the closest names for the message, was two fifths of a million-row table's time),
  // then the rows in order as before. Each row's cell: chunk_found[(row - chunk_first) *
  // district_cols.size() + k] when chunk_ready says so.
  static constexpr std::size_t kChunkRows = std::size_t{1} << 14;
  std::size_t chunk_first = 0, chunk_end = 0;
  std::vector<DistrictLookup> chunk_found{};
  std::vector<char> chunk_ready{};

  void prepare_lookups(std::size_t first) {
    if (first % kChunkRows != 0) return;
    chunk_first = first;
    chunk_end = std::min(t.rows.size(), first + kChunkRows);
    const std::size_t cols = district_cols.size();
    chunk_found.assign((chunk_end - chunk_first) * cols, DistrictLookup{});
    chunk_ready.assign(chunk_found.size(), 0);
    std::vector<std::string> texts(chunk_found.size());
    std::size_t unknown = 0;
    for (std::size_t r = chunk_first; r < chunk_end; ++r)
      for (std::size_t k = 0; k < cols; ++k) {
        std::string text = trim_spaces(cell(t.rows[r], district_cols[k]));
        if (lookups.count(text) != 0) continue;
        const std::size_t i = (r - chunk_first) * cols + k;
        texts[i] = std::move(text);
        chunk_ready[i] = 1;
        ++unknown;
      }
    const auto work = [&](std::size_t from, std::size_t to) {
      for (std::size_t i = from; i < to; ++i)
        if (chunk_ready[i]) chunk_found[i] = look_up(texts[i]);
    };
    // A few texts (most tables) are not worth a thread.
    const std::size_t n = chunk_found.size();
    const std::size_t threads = unknown < 512 ? 1 : std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 4);
    std::vector<std::thread> helpers;
    for (std::size_t k = 1; k < threads; ++k) helpers.emplace_back(work, n * k / threads, n * (k + 1) / threads);
    work(0, n / threads);
    for (std::thread& helper : helpers) helper.join();
  }

  // The lookup of a row's cell in district column `column` (its text trimmed: `text`): the
  // one prepared for the chunk, else lookup_district's. The reference holds until the next call.
  const DistrictLookup& lookup_cell(const RawTable::Row& row, std::size_t column, const std::string& text) {
    const auto r = static_cast<std::size_t>(&row - t.rows.data());
    if (&row >= t.rows.data() && r >= chunk_first && r < chunk_end) {
      const auto k = static_cast<std::size_t>(std::find(district_cols.begin(), district_cols.end(), column) - district_cols.begin());
      const std::size_t i = (r - chunk_first) * district_cols.size() + k;
      if (k < district_cols.size() && chunk_ready[i]) {
        if (lookups.size() < kLookupsKept) return lookups.emplace(text, chunk_found[i]).first->second;
        return chunk_found[i];
      }
    }
    return lookup_district(text);
  }

  // The district a row names in one column, or nothing (listed as an issue).
  std::optional<std::size_t> district_in(const RawTable::Row& row, std::size_t column) {
    const std::string text = trim_spaces(cell(row, column));
    const DistrictLookup& found = lookup_cell(row, column, text);
    if (!found.district) issue(found.kind, row, text, found.reason, found.candidates);
    return found.district;
  }

  // Whether a cell names a district by code or by name, without listing anything.
  bool names_a_district(const std::string& cell_text) { return lookup_district(trim_spaces(cell_text)).district.has_value(); }

  // Every column whose header names districts ("Mã huyện", "Tên huyện") and whose cells name at
  // least one; a header like "Đơn vị" holding units ("%") is noted and left out. None: the first.
  std::vector<std::size_t> district_columns() {
    std::vector<std::size_t> found, named;
    for (std::size_t c = 0; c < t.headers.size(); ++c)
      if (header_is(t.headers[c], kDistrictHeaders)) found.push_back(c);
    // One such column is the district column whatever its cells hold: no need to read them.
    if (found.size() == 1) return found;
    for (std::size_t c : found) {
      const bool names = std::any_of(t.rows.begin(), t.rows.end(),
                                     [&](const RawTable::Row& row) { return names_a_district(cell(row, c)); });
      if (names) named.push_back(c);
      else
        report.decisions.push_back(say(Msg::import_not_district_column, {{"column", column_name(t.headers[c])}}));
    }
    if (named.empty() && !found.empty()) named.push_back(found.front());
    return named;
  }

  // The district a row names; with a code and a name column, both must name the same one (an
  // empty cell defers to the other). A disagreement is a conflict and the row is not loaded.
  std::optional<std::size_t> district_of(const RawTable::Row& row) {
    std::optional<std::size_t> found;
    std::size_t found_column = 0;
    for (std::size_t c : district_cols) {
      if (district_cols.size() > 1 && trim_spaces(cell(row, c)).empty()) continue;
      const auto d = district_in(row, c);
      if (!d) return std::nullopt;
      if (found && *found != *d) {
        const std::string both = trim_spaces(cell(row, found_column)) + " / " + trim_spaces(cell(row, c));
        issue(ImportIssue::Kind::conflict, row, both,
              say(Msg::import_district_columns_disagree, {{"column", column_name(t.headers[found_column])},
                                                          {"district", district_name(*found)},
                                                          {"other_column", column_name(t.headers[c])},
                                                          {"other_district", district_name(*d)}}));
        return std::nullopt;
      }
      found = d;
      found_column = c;
    }
    if (!found) return district_in(row, district_cols.front());  // every cell empty: say so
    return found;
  }

  // Place names keep their Vietnamese spelling in both languages.
  std::string district_name(std::size_t district) const { return registry.at(district).name_vi; }

  NumberConvention convention_for(std::size_t column, const std::vector<std::size_t>& rows_of_interest) {
    const std::string& header = t.headers[column];
    if (auto declared = options.conventions.find(header); declared != options.conventions.end()) {
      const bool vi_numbers = declared->second == NumberConvention::vietnamese;
      report.decisions.push_back(say(vi_numbers ? Msg::import_declared_vietnamese : Msg::import_declared_decimal_point,
                                     {{"column", column_name(header)}}));
      return declared->second;
    }
    std::vector<std::string> cells;
    for (std::size_t r : rows_of_interest)
      if (!cell_numeric(t.rows[r], column)) cells.push_back(cell(t.rows[r], column));
    const ConventionDecision d = detect_convention(cells);
    report.decisions.push_back(convention_reason(d, column_name(header), options.lang));
    if (d.conflicting) conflicting_columns[column] = true;
    return d.convention;
  }

  // GDAL gives a spreadsheet's percent-formatted cell as its stored fraction (10% -> 0.1) and
  // does not say the cell was so formatted. A % column whose spreadsheet numbers (cells typed as
  // numbers, not text) are all within [-1, 1] is therefore refused: its first such cell, or
  // nothing. `rows` are the rows that hold this indicator's values.
  struct Fraction {
    std::string cell;  // as read, for the issue's text
    double value = 0;  // for the message, in the reader's number format
  };
  std::optional<Fraction> percent_as_fraction(std::size_t column, const Indicator& ind,
                                              const std::vector<std::size_t>& rows) const {
    if (ind.unit != "%" && t.headers[column].find('%') == std::string::npos) return std::nullopt;
    std::optional<Fraction> example;
    for (std::size_t r : rows) {
      if (!cell_numeric(t.rows[r], column)) continue;
      const CellParse p = parse_stated_cell(cell(t.rows[r], column), NumberConvention::decimal_point);
      if (!p.ok || !p.value.is_exact()) continue;
      if (std::abs(p.value.value) > 1.0) return std::nullopt;
      if (!example) example = Fraction{cell(t.rows[r], column), p.value.value};
    }
    return example;
  }
  void refuse_percent_fraction(std::size_t column, const Fraction& example, std::size_t first_row,
                               const std::string& indicator = {}) {
    std::string shown = format_number(example.value, decimals_needed(example.value, 6), options.lang);
    if (!indicator.empty()) shown += " (" + indicator + ")";
    issue(ImportIssue::Kind::bad_column, t.rows[first_row], example.cell,
          say(Msg::import_percent_fraction, {{"column", column_name(t.headers[column])}, {"example", shown}}));
  }

  std::string period_of(const RawTable::Row& row, std::optional<std::size_t> column) {
    if (!column) return given_period();
    const std::string text = trim_spaces(cell(row, *column));
    if (text.empty()) return given_period();
    if (auto p = parse_period(text)) return *p;
    issue(ImportIssue::Kind::bad_period, row, text,
          say(Msg::import_bad_period));
    return {};
  }

  bool add_value(const RawTable::Row& row, std::size_t column, NumberConvention conv, const Indicator& ind,
                 const std::string& period, std::size_t district, const Provenance& provenance) {
    const std::string text = cell(row, column);
    CellParse parsed;
    if (column < row.boolean.size() && row.boolean[column]) {
      issue(ImportIssue::Kind::bad_value, row, text == "1" ? "TRUE" : "FALSE",
            say(Msg::import_boolean_cell, {{"column", column_name(t.headers[column])}}));
      return false;
    }
    if (cell_numeric(row, column)) {
      parsed = parse_stated_cell(text, NumberConvention::decimal_point);
    } else if (conflicting_columns[column] &&
               text.find_first_of(".,") != std::string::npos) {
      issue(ImportIssue::Kind::bad_value, row, text,
            say(Msg::import_mixed_cell, {{"column", column_name(t.headers[column])}, {"text", text}}));
      return false;
    } else {
      parsed = parse_stated_cell(text, conv);
    }
    if (!parsed.ok) {
      issue(ImportIssue::Kind::bad_value, row, text,
            say(parsed.approximate ? Msg::import_approximate : Msg::import_unreadable,
                {{"column", column_name(t.headers[column])}, {"text", text}, {"detail", parsed.error}}));
      return false;
    }
    if (parsed.value.kind == ValueKind::no_data) return true;
    parsed.value.provenance = provenance;
    offered.offer(ind.id, period, district, {where(row), t.headers[column], text, std::move(parsed.value)});
    return true;
  }

  // "'5' ở bang.csv:3 (cột 'A'); '6' ở bang.csv:7 (cột 'A')"
  std::string offers_text(const std::vector<OfferedValue>& offers) const {
    std::vector<std::string> parts;
    for (const OfferedValue& o : offers)
      parts.push_back(say(Msg::import_offered, {{"text", o.text}, {"where", o.where}, {"column", column_name(o.column)}}));
    return join(parts, "; ");
  }

  // "báo cáo, mục I.5.a" or "bảng a.csv:3": where a value already loaded came from.
  std::string source_of(const Provenance& p) const {
    if (!p.from_report()) return source_name(p.section.empty() ? p.document : p.section, options.lang);
    std::string name = source_name(p.document, options.lang);
    if (!p.section.empty()) name += ", " + std::string(tr(options.lang, Msg::section)) + " " + p.section;
    return name;
  }

  // Loads what the rows offered: a cell given two different values is a conflict and is not
  // loaded; a value that differs from one already in `into` replaces it, listed, and keeps
  // what it replaced in its provenance.
  void load_offered() {
    for (OfferedValues::Entry& e : offered.take()) {
      OfferedValue& first = e.offers.front();
      const bool agree = std::all_of(e.offers.begin(), e.offers.end(),
                                     [&](const OfferedValue& o) { return same_statement(o.value, first.value); });
      const std::string period = period_title(e.period, options.lang);
      if (!agree) {
        add_issue({ImportIssue::Kind::conflict, first.where, first.text,
                                 say(Msg::import_conflict, {{"district", district_name(e.district)},
                                                            {"indicator", e.indicator},
                                                            {"period", period},
                                                            {"values", offers_text(e.offers)}}),
                                 {}});
        continue;
      }
      const std::string& code = registry.at(e.district).code;
      StatedValue value = std::move(first.value);
      if (const StatedValue* loaded = into.find(e.indicator, e.period, code); loaded && !same_statement(*loaded, value)) {
        add_issue({ImportIssue::Kind::replaces, first.where, first.text,
                                 say(Msg::import_replaces, {{"other", loaded->shown()},
                                                            {"source", source_of(loaded->provenance)},
                                                            {"district", district_name(e.district)},
                                                            {"indicator", e.indicator},
                                                            {"period", period}}),
                                 {}});
        value.provenance.replaced_document = loaded->provenance.document.empty() ? kReportDocument
                                                                                   : loaded->provenance.document;
        value.provenance.replaced_section = loaded->provenance.section;
        value.provenance.replaced_stated = loaded->shown();
      }
      into.set_value(e.indicator, e.period, code, std::move(value));
      ++report.values;
      ++added(e.indicator, e.period).districts;
    }
    load_province();
  }

  AddedValues& added(const std::string& indicator, const std::string& period) {
    for (AddedValues& a : report.added)
      if (a.indicator == indicator && a.period == period) return a;
    report.added.push_back({indicator, period, 0, std::nullopt, {}});
    return report.added.back();
  }

  bool is_province_row(const RawTable::Row& row) {
    return std::any_of(district_cols.begin(), district_cols.end(),
                       [&](std::size_t c) { return lookup_cell(row, c, trim_spaces(cell(row, c))).province; });
  }

  // A "Toàn tỉnh" row's cell: one exact number, kept for load_province. Empty or '-': nothing.
  bool offer_province(const RawTable::Row& row, std::size_t column, NumberConvention conv, const Indicator& ind,
                      const std::string& period) {
    const std::string text = trim_spaces(cell(row, column));
    const CellParse parsed = parse_stated_cell(text, cell_numeric(row, column) ? NumberConvention::decimal_point : conv);
    if (parsed.ok && parsed.value.kind == ValueKind::no_data) return true;
    if (!parsed.ok || !parsed.value.is_exact()) {
      issue(ImportIssue::Kind::bad_value, row, text,
            say(Msg::import_province_not_exact, {{"column", column_name(t.headers[column])}, {"text", text}}));
      return false;
    }
    for (ProvinceFigure& f : province_figures)
      if (f.indicator == ind.id && f.period == period) {
        if (f.value != parsed.value.value && !f.conflict) {
          f.conflict = true;
          issue(ImportIssue::Kind::conflict, row, text,
                say(Msg::import_conflict, {{"district", std::string(tr(options.lang, Msg::province_reference))},
                                           {"indicator", ind.id},
                                           {"period", period_title(period, options.lang)},
                                           {"values", "'" + f.text + "' (" + f.where + "), '" + text + "' (" + where(row) + ")"}}));
        }
        return true;
      }
    province_figures.push_back({ind.id, period, where(row), text, parsed.value.value, false});
    return true;
  }

  // The province figures become the indicators' references, as the report's own are.
  void load_province() {
    for (const ProvinceFigure& f : province_figures) {
      if (f.conflict) continue;
      const std::string shown = format_number(f.value, decimals_needed(f.value, 6), options.lang);
      if (const ProvinceReference* had = into.reference(f.indicator, f.period); had && had->value != f.value)
        add_issue({ImportIssue::Kind::replaces, f.where, f.text,
                   say(Msg::import_province_replaces, {{"indicator", f.indicator},
                                                       {"period", period_title(f.period, options.lang)},
                                                       {"other", had->stated},
                                                       {"value", shown}}),
                   {}});
      ProvinceReference ref;
      ref.value = f.value;
      ref.stated = f.text;
      ref.definition_vi = "Toàn tỉnh, theo " + t.source;
      ref.definition_en = "Whole province, from " + t.source;
      ref.provenance.document = t.source;
      ref.provenance.section = f.where;
      into.set_reference(f.indicator, f.period, std::move(ref));
      AddedValues& a = added(f.indicator, f.period);
      a.province = f.value;
      a.province_stated = f.text;
    }
  }

  // The columns a value's provenance is read from, found once by run().
  std::optional<std::size_t> document_col{}, section_col{}, quote_col{};

  Provenance provenance_of(const RawTable::Row& row) const {
    Provenance p;
    p.document = t.source;
    if (document_col) p.document = cell(row, *document_col);
    if (section_col) p.section = cell(row, *section_col);
    if (quote_col) p.quote = cell(row, *quote_col);
    if (p.section.empty()) p.section = t.source + ":" + std::to_string(row.line);
    return p;
  }

  void note_sheet() {
    if (t.sheets.size() < 2) return;
    const std::string all = join(t.sheets);
    // The window has no --sheet to offer: it says which sheet was read.
    report.decisions.push_back(say(t.sheet_chosen && !window() ? Msg::import_sheet_chosen : Msg::import_sheet_named,
                                   {{"sheet", t.sheet}, {"sheets", all}}));
  }

  // The period the table does not state, taken from the options: said once the rows are
  // read, when a value went to it (the window's table then takes the period on screen).
  bool took_given_period = false;
  std::string given_period() {
    took_given_period = !options.period.empty();
    return options.period;
  }
  void note_given_period() {
    if (!took_given_period) return;
    if (std::none_of(report.added.begin(), report.added.end(), [&](const AddedValues& a) { return a.period == options.period; }))
      return;
    report.given_period = options.period;
    report.decisions.push_back(say(window() ? Msg::import_period_given_window : Msg::import_period_given,
                                   {{"period", period_title(options.period, options.lang)}}));
  }

  void run() {
    read_rows();
    note_given_period();
  }

  void read_rows() {
    report.source = t.source;
    note_sheet();
    report.rows_read = static_cast<int>(t.rows.size());
    conflicting_columns.assign(t.headers.size(), false);
    document_col = find_column(t, kDocumentHeaders);
    section_col = find_column(t, kSectionHeaders);
    quote_col = find_column(t, kQuoteHeaders);
    district_cols = district_columns();
    if (district_cols.empty()) {
      add_issue({ImportIssue::Kind::bad_column, t.source + ":1", "",
                               say(Msg::import_no_district_column), {}});
      return;
    }
    const auto indicator_col = find_column(t, kIndicatorHeaders);
    const auto value_col = find_column(t, kValueHeaders);
    const auto period_col = find_column(t, kPeriodHeaders);
    std::vector<std::size_t> all_rows(t.rows.size());
    for (std::size_t i = 0; i < all_rows.size(); ++i) all_rows[i] = i;
    if (indicator_col && value_col) {
      if (!period_col && options.period.empty()) {
        add_issue({ImportIssue::Kind::bad_period, t.source + ":1", "", say(Msg::import_no_period), {}});
        return;
      }
      run_long(*indicator_col, *value_col, period_col, all_rows);
      return;
    }
    run_wide(period_col, all_rows);
  }

  // The indicator a long table's cell names: by id or exact name, by a mapping, or by a
  // confident match of its words.
  const Indicator* long_indicator(const std::string& text) {
    if (auto it = long_names.find(text); it != long_names.end()) return it->second;
    const Indicator* ind = match_indicator(into, text);
    for (const ColumnMapping& m : options.mappings)
      if (!ind && mapping_names(m, text)) ind = mapped_indicator(m, text);
    if (!ind) {
      const ColumnMatch match = column_matcher().match(text);
      if (match.status == ColumnMatch::Status::confident && match.period.empty()) ind = match.indicator;
    }
    long_names.emplace(text, ind);
    return ind;
  }

  void run_long(std::size_t indicator_col, std::size_t value_col, std::optional<std::size_t> period_col,
                const std::vector<std::size_t>& all_rows) {
    report.decisions.push_back(
        say(Msg::import_long_layout, {{"indicator", t.headers[indicator_col]}, {"value", t.headers[value_col]}}));
    const NumberConvention conv = convention_for(value_col, all_rows);
    std::vector<std::pair<const Indicator*, std::vector<std::size_t>>> rows_of;  // in order of appearance
    for (std::size_t r = 0; r < t.rows.size(); ++r)
      if (const Indicator* ind = long_indicator(cell(t.rows[r], indicator_col))) {
        auto it = std::find_if(rows_of.begin(), rows_of.end(), [&](const auto& e) { return e.first == ind; });
        if (it == rows_of.end()) rows_of.push_back({ind, {r}});
        else it->second.push_back(r);
      }
    std::vector<const Indicator*> refused;
    for (const auto& [ind, rows] : rows_of)
      if (auto example = percent_as_fraction(value_col, *ind, rows)) {
        refuse_percent_fraction(value_col, *example, rows.front(), ind->id);
        refused.push_back(ind);
      }
    figure_columns.assign(t.headers.size(), false);
    figure_columns[value_col] = true;
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
      prepare_lookups(r);
      const RawTable::Row& row = t.rows[r];
      if (split_record(row)) continue;
      const bool province = is_province_row(row);
      const auto district = province ? std::nullopt : district_of(row);
      const Indicator* ind = long_indicator(cell(row, indicator_col));
      if (ind && std::find(refused.begin(), refused.end(), ind) != refused.end()) continue;
      if (!ind) issue(ImportIssue::Kind::unknown_indicator, row, cell(row, indicator_col),
                      say(Msg::import_unknown_indicator));
      const std::string period = period_of(row, period_col);
      if ((!district && !province) || !ind || period.empty()) continue;
      const bool ok = province ? offer_province(row, value_col, conv, *ind, period)
                               : add_value(row, value_col, conv, *ind, period, *district, provenance_of(row));
      if (ok) ++report.rows_matched;
    }
    load_offered();
  }

  // The indicator a mapping names, added to the table first when it is a new one; nullptr
  // (listed) when it names none.
  const Indicator* mapped_indicator(const ColumnMapping& m, const std::string& header) {
    if (m.new_indicator && !into.find_indicator(m.indicator)) {
      into.add_indicator(*m.new_indicator);
      const char* polarity = polarity_id(m.new_indicator->polarity);
      report.decisions.push_back(say(Msg::import_new_indicator, {{"column", column_name(header)},
                                                                 {"indicator", m.indicator},
                                                                 {"unit", m.new_indicator->unit},
                                                                 {"polarity", polarity}}));
      return into.find_indicator(m.indicator);
    }
    if (const Indicator* ind = into.find_indicator(m.indicator)) {
      report.decisions.push_back(say(window() ? Msg::import_column_mapped_window : Msg::import_column_mapped,
                                     {{"column", column_name(header)}, {"indicator", ind->id}}));
      return ind;
    }
    add_issue({ImportIssue::Kind::unknown_indicator, t.source + ":1", header,
               say(Msg::import_map_no_indicator, {{"column", column_name(header)}, {"id", m.indicator}}),
               {}});
    return nullptr;
  }

  bool window() const { return options.asker == ImportOptions::Asker::window; }

  // The column as the user is asked about it: the closest indicators and a few of its cells.
  void ask_about(std::size_t c, const ColumnMatch& match) {
    ColumnQuestion q;
    q.header = t.headers[c];
    q.proposed = match.status == ColumnMatch::Status::uncertain;
    for (const Indicator* ind : match.candidates) q.candidates.push_back(ind->id);
    q.unit_differs = match.unit_differs;
    q.unit = split_header(q.header).unit;
    q.period = match.period;
    constexpr std::size_t kSamples = 4;
    for (const RawTable::Row& row : t.rows) {
      if (q.samples.size() >= kSamples) break;
      const std::string text = trim_spaces(cell(row, c));
      if (!text.empty()) q.samples.push_back(text);
    }
    report.questions.push_back(std::move(q));
  }

  bool is_aside(const std::string& header) const {
    return header_is(header, kSectionHeaders) || header_is(header, kQuoteHeaders) ||
           header_is(header, kDocumentHeaders) || header_is(header, kDistrictHeaders) || header_is(header, kAsideHeaders);
  }

  struct Column {
    std::size_t index = 0;
    const Indicator* indicator = nullptr;
    std::string period;  // from the header; empty: the row's
  };

  // Which indicator a wide table's column holds: the user's mapping first, then a confident
  // match of the header; an uncertain match or none is listed with what to do.
  std::optional<Column> resolve_column(std::size_t c) {
    const std::string& header = t.headers[c];
    const ColumnMatch match = column_matcher().match(header);
    Column column{c, nullptr, match.period};
    const auto mapping = std::find_if(options.mappings.begin(), options.mappings.end(),
                                      [&](const ColumnMapping& m) { return mapping_names(m, header); });
    if (mapping != options.mappings.end() && mapping->ignored) {
      report.decisions.push_back(say(Msg::import_column_ignored, {{"column", column_name(header)}}));
      return std::nullopt;
    }
    if (mapping != options.mappings.end()) {
      column.indicator = mapped_indicator(*mapping, header);
    } else if (match.status == ColumnMatch::Status::confident) {
      column.indicator = match.indicator;
      // A header that is the indicator's id or whole name needs no note; one read from a
      // planner's own words says which indicator it was taken for.
      if (!match.whole_name)
        report.decisions.push_back(say(Msg::import_column_matched, {{"column", column_name(header)},
                                                                  {"indicator", match.indicator->id},
                                                                  {"name", pick(options.lang, match.indicator->name_vi,
                                                                                match.indicator->name_en)}}));
    } else {
      std::vector<std::string> ids;
      for (const Indicator* ind : match.candidates) ids.push_back(ind->id + " (" + pick(options.lang, ind->name_vi, ind->name_en) + ")");
      const bool none = match.status == ColumnMatch::Status::none;
      std::string reason = say(window() ? (none ? Msg::import_column_unmatched_window : Msg::import_column_proposed_window)
                                        : (none ? Msg::import_column_unmatched : Msg::import_column_proposed),
                               {{"column", column_name(header)}, {"header", header}});
      ask_about(c, match);
      if (match.unit_differs && !match.candidates.empty()) {
        const Indicator& ind = *match.candidates.front();
        reason = say(Msg::import_column_unit, {{"column", column_name(header)},
                                               {"unit", split_header(header).unit},
                                               {"indicator", ind.id},
                                               {"indicator_unit", ind.unit}}) + "; " + reason;
      }
      add_issue({ImportIssue::Kind::unknown_indicator, t.source + ":1", header, std::move(reason), std::move(ids)});
    }
    if (!column.indicator) return std::nullopt;
    if (!column.period.empty())
      report.decisions.push_back(say(Msg::import_column_period, {{"column", column_name(header)}, {"period", column.period}}));
    return column;
  }

  // Wide layout: every other column is an indicator, or is listed.
  void run_wide(std::optional<std::size_t> period_col, const std::vector<std::size_t>& all_rows) {
    if (!period_col && options.period.empty() &&
        std::none_of(t.headers.begin(), t.headers.end(), [](const std::string& h) { return !split_header(h).period.empty(); })) {
      add_issue({ImportIssue::Kind::bad_period, t.source + ":1", "", say(Msg::import_no_period), {}});
      return;
    }
    for (const ColumnMapping& m : options.mappings) {
      if (std::any_of(t.headers.begin(), t.headers.end(), [&](const std::string& h) { return mapping_names(m, h); }))
        continue;
      if (window())  // a saved mapping outliving a column is no fault of this table
        report.decisions.push_back(
            say(Msg::import_map_no_column_window, {{"column", column_name(m.column)}, {"columns", join(t.headers)}}));
      else
        add_issue({ImportIssue::Kind::bad_column, t.source + ":1", m.column,
                   say(Msg::import_map_no_column, {{"column", column_name(m.column)}, {"columns", join(t.headers)}}), {}});
    }
    std::vector<Column> columns;
    for (std::size_t c = 0; c < t.headers.size(); ++c) {
      if (period_col && c == *period_col) continue;
      if (is_aside(t.headers[c])) {
        if (header_is(t.headers[c], kAsideHeaders))
          report.decisions.push_back(say(Msg::import_not_indicator, {{"column", column_name(t.headers[c])}}));
        continue;
      }
      auto column = resolve_column(c);
      if (!column) continue;
      if (column->period.empty() && !period_col && options.period.empty()) {
        add_issue({ImportIssue::Kind::bad_period, t.source + ":1", t.headers[c],
                   say(Msg::import_column_no_period, {{"column", column_name(t.headers[c])}}), {}});
        continue;
      }
      if (auto example = percent_as_fraction(c, *column->indicator, all_rows)) refuse_percent_fraction(c, *example, 0);
      else columns.push_back(*column);
    }
    report.decisions.push_back(say(Msg::import_wide_layout, {{"n", std::to_string(columns.size())}}));
    note_columns_sharing_an_indicator(columns);
    std::vector<NumberConvention> conventions;
    for (const Column& c : columns) conventions.push_back(convention_for(c.index, all_rows));
    const bool every_column_dated = std::all_of(columns.begin(), columns.end(), [](const Column& c) { return !c.period.empty(); });
    figure_columns.assign(t.headers.size(), false);
    for (const Column& c : columns) figure_columns[c.index] = true;
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
      prepare_lookups(r);
      const RawTable::Row& row = t.rows[r];
      if (split_record(row)) continue;
      const bool province = is_province_row(row);
      const auto district = province ? std::nullopt : district_of(row);
      // A row's period is read (and its problems listed) only when a column needs it.
      const std::string row_period = every_column_dated ? std::string() : period_of(row, period_col);
      if (!district && !province) continue;
      const Provenance provenance = province ? Provenance{} : provenance_of(row);
      bool all_ok = true;
      for (std::size_t k = 0; k < columns.size(); ++k) {
        const Column& c = columns[k];
        const std::string& period = c.period.empty() ? row_period : c.period;
        if (period.empty()) {
          all_ok = false;
          continue;
        }
        all_ok &= province ? offer_province(row, c.index, conventions[k], *c.indicator, period)
                           : add_value(row, c.index, conventions[k], *c.indicator, period, *district, provenance);
      }
      if (all_ok) ++report.rows_matched;
    }
    load_offered();
  }

  // Two columns for one indicator: said once here; rows where they differ become conflicts.
  void note_columns_sharing_an_indicator(const std::vector<Column>& columns) {
    std::vector<const Indicator*> noted;
    for (const Column& c : columns) {
      const Indicator* ind = c.indicator;
      if (std::find(noted.begin(), noted.end(), ind) != noted.end()) continue;
      std::vector<std::string> names;
      for (const Column& other : columns)
        if (other.indicator == ind && other.period == c.period) names.push_back(column_name(t.headers[other.index]));
      if (names.size() < 2) continue;
      noted.push_back(ind);
      report.decisions.push_back(say(Msg::import_same_indicator_columns, {{"columns", join(names)}, {"indicator", ind->id}}));
    }
  }
};

}  // namespace

bool is_district_header(const std::string& header) { return header_is(header, kDistrictHeaders); }

bool is_province_row_name(const std::string& text) {
  std::string f = fold_for_matching(text);
  while (!f.empty() && (f.back() == ':' || f.back() == '.' || f.back() == ' ')) f.pop_back();
  return std::any_of(kProvinceNames.begin(), kProvinceNames.end(), [&](const char* n) { return f == n; });
}

static_assert(static_cast<std::size_t>(ImportIssue::Kind::replaces) + 1 == kIssueKinds, "one count per kind");

int ImportReport::total_issues() const {
  int total = 0;
  for (const int n : counts) total += n;
  return total;
}

const char* issue_kind_id(ImportIssue::Kind kind) {
  switch (kind) {
    case ImportIssue::Kind::unmatched_district: return "unmatched";
    case ImportIssue::Kind::ambiguous_district: return "ambiguous";
    case ImportIssue::Kind::bad_value: return "bad_value";
    case ImportIssue::Kind::unknown_indicator: return "unknown_indicator";
    case ImportIssue::Kind::bad_period: return "bad_period";
    case ImportIssue::Kind::bad_column: return "bad_column";
    case ImportIssue::Kind::conflict: return "conflict";
    case ImportIssue::Kind::replaces: return "replaces";
  }
  return "bad_value";
}

std::optional<std::string> parse_period(const std::string& text) {
  const std::string f = fold_for_matching(text);  // "quy i/2021" -> "quy i/2021" ('/' kept)
  int quarter = 0, year = 0;
  // Collect the year (4 digits) and the quarter (1-4 or I..IV) from the tokens.
  std::string token;
  std::vector<std::string> tokens;
  for (char c : f + " ") {
    if (c == ' ' || c == '/' || c == '-') {
      if (!token.empty()) tokens.push_back(token);
      token.clear();
    } else {
      token += c;
    }
  }
  for (std::string tok : tokens) {
    if (tok.size() == 4 && std::all_of(tok.begin(), tok.end(), ::isdigit)) {
      year = std::stoi(tok);
      continue;
    }
    if (tok == "quy" || tok == "q" || tok == "quarter") continue;
    if (tok[0] == 'q') tok = tok.substr(1);
    if (tok == "1" || tok == "i") quarter = 1;
    else if (tok == "2" || tok == "ii") quarter = 2;
    else if (tok == "3" || tok == "iii") quarter = 3;
    else if (tok == "4" || tok == "iv") quarter = 4;
    else return std::nullopt;
  }
  if (!quarter || year < 1900 || year > 2200) return std::nullopt;
  return std::to_string(year) + "-Q" + std::to_string(quarter);
}

ImportReport import_table(const RawTable& table, const DistrictRegistry& registry, IndicatorTable& into,
                          const ImportOptions& options) {
  // The columns resolved first hold pointers into the table's indicators: a new indicator
  // of a later column must not move them.
  into.reserve_more_indicators(options.mappings.size());
  Importer importer{table, registry, into, options};
  importer.run();
  // Conflicts are found once every row is read: put them among the others, in line order.
  importer.report.issues.sort_by_line();
  return std::move(importer.report);
}

}  // namespace hgm
