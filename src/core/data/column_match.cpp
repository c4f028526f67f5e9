#include "core/data/column_match.h"

#include <algorithm>

#include "core/data/csv.h"
#include "core/data/indicator_words.h"
#include "core/data/table_template.h"
#include "core/errors.h"
#include "core/text/text_fold.h"

namespace hgm {

namespace {

bool is_year(const std::string& w) {
  return w.size() == 4 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
         w >= "1900" && w <= "2200";
}

// "ii", "2", "q2" -> 2; anything else 0.
int quarter_of(std::string w) {
  if (w.size() == 2 && w[0] == 'q') w = w.substr(1);
  if (w == "1" || w == "i") return 1;
  if (w == "2" || w == "ii") return 2;
  if (w == "3" || w == "iii") return 3;
  if (w == "4" || w == "iv") return 4;
  return 0;
}

bool quarter_word(const std::string& w) { return w == "quy" || w == "q" || w == "quarter"; }

// Finds "quy ii 2021", "q2 2021", "quy 2 nam 2021", "2021 q2" among the words, removes them
// and returns "2021-Q2"; leaves the words alone and returns "" when there is none.
std::string take_period(std::vector<std::string>& words) {
  const auto erase = [&](std::size_t from, std::size_t to) {  // [from, to]
    words.erase(words.begin() + static_cast<std::ptrdiff_t>(from), words.begin() + static_cast<std::ptrdiff_t>(to) + 1);
  };
  for (std::size_t y = 0; y < words.size(); ++y) {
    if (!is_year(words[y])) continue;
    const std::string year = words[y];
    std::size_t before = y;
    if (before > 0 && (words[before - 1] == "nam" || words[before - 1] == "year")) --before;
    int quarter = before > 0 ? quarter_of(words[before - 1]) : 0;
    if (quarter != 0) {
      const std::size_t q = before - 1;
      const bool named = q > 0 && quarter_word(words[q - 1]);
      const bool digit_only = words[q].size() == 1 && words[q][0] >= '1' && words[q][0] <= '4';
      if (digit_only && !named) continue;  // "2 2021" alone is no period; "quý 2 2021", "II/2021", "Q2 2021" are
      erase(named ? q - 1 : q, y);
    } else if (y + 1 < words.size() && words[y + 1].size() == 2 && words[y + 1][0] == 'q' &&
               (quarter = quarter_of(words[y + 1])) != 0) {
      erase(y, y + 1);
    } else {
      continue;
    }
    return year + "-Q" + std::to_string(quarter);
  }
  return {};
}

// The text inside a closing parenthesis ("Thu NSNN (%)" -> "%"), and what stands before it.
std::pair<std::string, std::string> closing_parenthesis(const std::string& header) {
  const std::string t = trim_spaces(header);
  if (t.empty() || t.back() != ')') return {t, {}};
  int depth = 0;
  for (std::size_t i = t.size(); i-- > 0;) {
    if (t[i] == ')') ++depth;
    else if (t[i] == '(' && --depth == 0) return {trim_spaces(t.substr(0, i)), trim_spaces(t.substr(i + 1, t.size() - i - 2))};
  }
  return {t, {}};
}

bool starts_with(const std::vector<std::string>& words, const std::vector<std::string>& start) {
  return start.size() <= words.size() && std::equal(start.begin(), start.end(), words.begin());
}

using NameWords = ColumnMatcher::NameWords;

NameWords name_words(const Indicator& ind) {
  NameWords n;
  n.whole = indicator_words(ind.name_vi);
  n.bare = indicator_words(closing_parenthesis(ind.name_vi).first);
  n.english = indicator_words(ind.name_en);
  n.id = indicator_words(ind.id);
  return n;
}

// The header's unit agrees with the indicator's unless both are given and differ.
bool unit_agrees(const HeaderParts& h, const Indicator& ind) {
  if (h.unit_words.empty() || ind.unit.empty()) return true;
  return starts_with(h.unit_words, indicator_words(ind.unit)) ||
         (!ind.unit_en.empty() && starts_with(h.unit_words, indicator_words(ind.unit_en)));
}

// Words too common in indicator names to make two of them alike ("Tỷ lệ … (%)").
bool common_word(const std::string& w) {
  static const std::vector<std::string> common{"%",   "ty",  "le",  "so",   "luong", "va",   "cua", "cac",
                                               "tren", "duoc", "theo", "trong", "the", "of",  "and", "in",
                                               "per", "rate", "share", "number", "nam", "thang", "ke", "hoach"};
  return std::find(common.begin(), common.end(), w) != common.end();
}

// The share of the header's telling words found in the name, 0..1.
double overlap(const std::vector<std::string>& header, const std::vector<std::string>& name) {
  std::size_t telling = 0, found = 0;
  for (const std::string& w : header) {
    if (common_word(w)) continue;
    ++telling;
    if (std::find(name.begin(), name.end(), w) != name.end()) ++found;
  }
  return telling == 0 ? 0 : static_cast<double>(found) / static_cast<double>(telling);
}

bool valid_id(const std::string& id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

std::string say(Lang lang, const std::string& vi, const std::string& en) { return lang == Lang::vi ? vi : en; }

// "indicator_id", "ignore" or "new:id:unit:polarity[:name_vi[:name_en]]".
ColumnMapping mapping_to(const std::string& column, const std::string& target, const std::string& where, Lang lang) {
  ColumnMapping m;
  m.column = column;
  if (trim_spaces(target) == kIgnoreColumn) {
    m.ignored = true;
    return m;
  }
  if (target.rfind("new:", 0) != 0) {
    m.indicator = trim_spaces(target);
    return m;
  }
  std::vector<std::string> parts;
  std::size_t pos = 4;
  for (int i = 0; i < 3; ++i) {
    const std::size_t colon = target.find(':', pos);
    if (colon == std::string::npos && i < 2)
      throw UsageError(say(lang, where + "chỉ tiêu mới cần new:MÃ:ĐƠN_VỊ:CHIỀU[:TÊN_VI[:TÊN_EN]], vd. new:ho_ngheo:%:lower_is_better, không phải '" + target + "'",
                           where + "a new indicator needs new:ID:UNIT:POLARITY[:NAME_VI[:NAME_EN]], e.g. new:poor_households:%:lower_is_better, not '" + target + "'"));
    parts.push_back(target.substr(pos, colon == std::string::npos ? std::string::npos : colon - pos));
    pos = colon == std::string::npos ? target.size() : colon + 1;
  }
  // The names: the Vietnamese one up to the next ':', the English one after it.
  const std::string names = pos < target.size() ? target.substr(pos) : std::string();
  const std::size_t colon = names.find(':');
  const std::string name_vi = trim_spaces(names.substr(0, colon));
  const std::string name_en = colon == std::string::npos ? std::string() : trim_spaces(names.substr(colon + 1));
  m.new_indicator = make_new_indicator(column, parts[0], parts[1], parts[2], name_vi, name_en, where, lang);
  m.indicator = m.new_indicator->id;
  return m;
}

}  // namespace

Indicator make_new_indicator(const std::string& column, const std::string& id, const std::string& unit,
                             const std::string& polarity, const std::string& name_vi, const std::string& name_en,
                             const std::string& where, Lang lang) {
  if (!valid_id(id))
    throw UsageError(say(lang, where + "mã chỉ tiêu mới '" + id + "' chỉ được gồm chữ thường không dấu, số và '_' (vd. ho_ngheo)",
                         where + "the new indicator id '" + id + "' may hold only lower-case letters, digits and '_' (e.g. poor_households)"));
  const auto p = polarity_named(polarity);
  if (!p)
    throw UsageError(say(lang, where + "chiều của chỉ tiêu '" + polarity + "' không có; dùng higher_is_better, lower_is_better hoặc neutral",
                         where + "unknown polarity '" + polarity + "'; use higher_is_better, lower_is_better or neutral"));
  Indicator ind;
  ind.id = id;
  // A name given in one language only shows in both; none: the header without its unit.
  const std::string vi = !name_vi.empty() ? name_vi : !name_en.empty() ? name_en : closing_parenthesis(column).first;
  ind.name_vi = vi;
  ind.name_en = name_en.empty() ? vi : name_en;
  ind.unit = unit;
  ind.unit_en = unit;
  ind.polarity = *p;
  return ind;
}

std::string id_from_name(const std::string& name, const std::vector<std::string>& taken) {
  std::string id;
  for (const char c : fold_for_matching(name)) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) id += c;
    else if (!id.empty() && id.back() != '_') id += '_';
  }
  while (!id.empty() && id.back() == '_') id.pop_back();
  if (id.size() > 40) id.resize(40);
  while (!id.empty() && id.back() == '_') id.pop_back();
  if (id.empty()) id = "new_indicator";
  const auto is_taken = [&](const std::string& s) { return std::find(taken.begin(), taken.end(), s) != taken.end(); };
  if (!is_taken(id)) return id;
  for (int n = 2;; ++n)
    if (!is_taken(id + "_" + std::to_string(n))) return id + "_" + std::to_string(n);
}

HeaderParts split_header(const std::string& header) {
  HeaderParts h;
  const auto [before, inside] = closing_parenthesis(header);
  h.words = indicator_words(header);
  h.period = take_period(h.words);
  h.bare_words = indicator_words(before);
  take_period(h.bare_words);
  h.unit_words = indicator_words(inside);
  take_period(h.unit_words);
  h.unit = h.unit_words.empty() ? std::string() : inside;  // "(quý II/2021)" is a period, not a unit
  return h;
}

ColumnMatch match_column(const std::string& header, const std::vector<Indicator>& indicators) {
  return ColumnMatcher(indicators).match(header);
}

ColumnMatcher::ColumnMatcher(const std::vector<Indicator>& indicators)
    : indicators_(&indicators), first_(indicators.data()) {
  names_.reserve(indicators.size());
  for (const Indicator& ind : indicators) names_.push_back(name_words(ind));
}

ColumnMatch ColumnMatcher::match(const std::string& header) const {
  ColumnMatch m;
  const HeaderParts h = split_header(header);
  m.period = h.period;
  if (h.words.empty()) return m;
  std::vector<const Indicator*> exact, prefix;
  std::vector<std::pair<double, const Indicator*>> near;
  for (std::size_t k = 0; k < indicators_->size(); ++k) {
    const Indicator& ind = (*indicators_)[k];
    const NameWords& n = names_[k];
    const bool is_exact = h.words == n.whole || h.words == n.bare || h.bare_words == n.whole ||
                          h.bare_words == n.bare || h.words == n.english || h.bare_words == n.english ||
                          h.words == n.id || trim_spaces(header) == ind.id;
    if (is_exact) {
      exact.push_back(&ind);
      continue;
    }
    const auto& words = h.bare_words.empty() ? h.words : h.bare_words;
    if (words.size() >= 2 && (starts_with(n.whole, words) || starts_with(n.english, words))) prefix.push_back(&ind);
    const double score = std::max(overlap(words, n.whole), overlap(words, n.english));
    if (score > 0.5) near.emplace_back(score, &ind);
  }
  const std::vector<const Indicator*>& named = !exact.empty() ? exact : prefix;
  if (named.size() == 1 && unit_agrees(h, *named.front())) {
    m.status = ColumnMatch::Status::confident;
    m.indicator = named.front();
    m.whole_name = !exact.empty();
    return m;
  }
  m.unit_differs = named.size() == 1;
  std::stable_sort(near.begin(), near.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  m.candidates = named;
  for (const auto& [score, ind] : near)
    if (std::find(m.candidates.begin(), m.candidates.end(), ind) == m.candidates.end()) m.candidates.push_back(ind);
  if (m.candidates.size() > 3) m.candidates.resize(3);
  m.status = m.candidates.empty() ? ColumnMatch::Status::none : ColumnMatch::Status::uncertain;
  return m;
}

ColumnMapping parse_column_mapping(const std::string& text, Lang lang) {
  const std::size_t eq = text.find('=');
  if (eq == std::string::npos || trim_spaces(text.substr(0, eq)).empty() || trim_spaces(text.substr(eq + 1)).empty())
    throw UsageError(say(lang, "--map cần \"CỘT=mã_chỉ_tiêu\", \"CỘT=ignore\" hoặc \"CỘT=new:MÃ:ĐƠN_VỊ:CHIỀU[:TÊN_VI[:TÊN_EN]]\", không phải '" + text + "'",
                         "--map needs \"COLUMN=indicator_id\", \"COLUMN=ignore\" or \"COLUMN=new:ID:UNIT:POLARITY[:NAME_VI[:NAME_EN]]\", not '" + text + "'"));
  return mapping_to(trim_spaces(text.substr(0, eq)), trim_spaces(text.substr(eq + 1)), "--map: ", lang);
}

std::vector<ColumnMapping> parse_mapping_csv(const std::string& text, const std::string& source, Lang lang) {
  std::vector<ColumnMapping> mappings;
  const auto rows = parse_csv(text, source);
  if (rows.empty())
    throw DataError(say(lang, source + ": tệp trống; cần dòng tiêu đề column,indicator và mỗi dòng một cột",
                        source + ": the file is empty; it needs a header column,indicator and one line per column"));
  std::vector<std::string> names;
  for (const std::string& f : rows.front().fields) names.push_back(fold_for_matching(f));
  const auto index = [&](const char* name) -> std::optional<std::size_t> {
    const auto it = std::find(names.begin(), names.end(), fold_for_matching(name));
    if (it == names.end()) return std::nullopt;
    return static_cast<std::size_t>(it - names.begin());
  };
  const auto column = index("column"), indicator = index("indicator");
  if (!column || !indicator)
    throw DataError(say(lang, source + ":" + std::to_string(rows.front().line) + ": cần các cột 'column' và 'indicator' (thêm 'unit', 'polarity', 'name', 'name_en' cho chỉ tiêu mới)",
                        source + ":" + std::to_string(rows.front().line) + ": needs the columns 'column' and 'indicator' ('unit', 'polarity', 'name', 'name_en' for a new indicator)"));
  const auto unit = index("unit"), polarity = index("polarity"), name_en = index("name_en");
  const auto name = index("name") ? index("name") : index("name_vi");
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const CsvRow& row = rows[r];
    const auto field = [&](std::optional<std::size_t> i) { return i && *i < row.fields.size() ? trim_spaces(row.fields[*i]) : std::string(); };
    const std::string where = source + ":" + std::to_string(row.line) + ": ";
    try {
      if (field(column).empty() || field(indicator).empty())
        throw UsageError(say(lang, where + "cần tên cột và mã chỉ tiêu", where + "needs a column name and an indicator id"));
      if (!field(polarity).empty())
        mappings.push_back({field(column), field(indicator),
                            make_new_indicator(field(column), field(indicator), field(unit), field(polarity),
                                               field(name), field(name_en), where, lang),
                            false});
      else
        mappings.push_back(mapping_to(field(column), field(indicator), where, lang));
    } catch (const UsageError& e) {
      throw DataError(e.what());
    }
  }
  return mappings;
}

std::string mapping_csv(const std::vector<ColumnMapping>& mappings) {
  TableSheet sheet;
  sheet.headers = {"column", "indicator", "unit", "polarity", "name", "name_en"};
  for (const ColumnMapping& m : mappings) {
    if (m.ignored) sheet.rows.push_back({m.column, kIgnoreColumn, "", "", "", ""});
    else if (!m.new_indicator) sheet.rows.push_back({m.column, m.indicator, "", "", "", ""});
    else {
      const Indicator& ind = *m.new_indicator;
      sheet.rows.push_back({m.column, ind.id, ind.unit, polarity_id(ind.polarity), ind.name_vi, ind.name_en});
    }
  }
  return sheet_csv(sheet);
}

bool mapping_names(const ColumnMapping& mapping, const std::string& header) {
  return mapping.column == header || fold_for_matching(mapping.column) == fold_for_matching(header);
}

}  // namespace hgm
