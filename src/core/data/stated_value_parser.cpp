#include "core/data/stated_value_parser.h"

#include <cctype>
#include <cmath>
#include <cstdlib>

#include "core/text/i18n.h"
#include "core/text/text_fold.h"

namespace hgm {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Number-like token: digits with '.' and ',' only.
bool numeric_shape(std::string_view t) {
  bool digit = false;
  for (char c : t) {
    if (is_digit(c)) digit = true;
    else if (c != '.' && c != ',') return false;
  }
  return digit;
}

// "1.234.567" style: groups of exactly three digits after each separator.
bool grouped_by(std::string_view t, char sep) {
  const auto first = t.find(sep);
  if (first == std::string_view::npos || first == 0 || first > 3) return false;
  std::size_t pos = first;
  while (pos != std::string_view::npos) {
    const auto next = t.find(sep, pos + 1);
    const std::size_t len = (next == std::string_view::npos ? t.size() : next) - pos - 1;
    if (len != 3) return false;
    pos = next;
  }
  return true;
}

std::string strip_number_decorations(std::string_view text, bool& percent) {
  std::string t = trim_spaces(text);
  percent = false;
  if (!t.empty() && t.back() == '%') {
    percent = true;
    t.pop_back();
    t = trim_spaces(t);
  }
  std::string out;
  for (char c : t)
    if (c != ' ') out += c;  // "19 559,8"
  // Narrow/no-break spaces used as thousands separators.
  for (const char* sp : {"\xC2\xA0", "\xE2\x80\xAF", "\xE2\x80\x89"}) {
    std::size_t p;
    while ((p = out.find(sp)) != std::string::npos) out.erase(p, std::char_traits<char>::length(sp));
  }
  return out;
}

}  // namespace


NumberParse parse_number(std::string_view text, NumberConvention convention) {
  NumberParse r;
  std::string t = strip_number_decorations(text, r.percent);
  bool negative = false;
  if (!t.empty() && (t[0] == '-' || t[0] == '+')) {
    negative = t[0] == '-';
    t.erase(0, 1);
  } else if (t.rfind("\xE2\x88\x92", 0) == 0) {  // U+2212 minus sign
    negative = true;
    t.erase(0, 3);
  }
  if (t.empty() || !numeric_shape(t)) {
    r.error = "'" + trim_spaces(text) + "' is not a number";
    return r;
  }
  const char group = convention == NumberConvention::vietnamese ? '.' : ',';
  const char decimal = convention == NumberConvention::vietnamese ? ',' : '.';
  const auto dec_pos = t.find(decimal);
  if (dec_pos != std::string::npos && t.find(decimal, dec_pos + 1) != std::string::npos) {
    r.error = "'" + trim_spaces(text) + "' has two decimal marks";
    return r;
  }
  std::string integer = t.substr(0, dec_pos);
  const std::string fraction = dec_pos == std::string::npos ? "" : t.substr(dec_pos + 1);
  if (fraction.find(group) != std::string::npos) {
    r.error = "'" + trim_spaces(text) + "' has a thousands mark after the decimal mark";
    return r;
  }
  if (integer.find(group) != std::string::npos) {
    if (!grouped_by(integer, group)) {
      r.error = "'" + trim_spaces(text) + "': thousands must be grouped by three (e.g. " +
                (convention == NumberConvention::vietnamese ? "19.559,8" : "19,559.8") + ")";
      return r;
    }
    std::string digits;
    for (char c : integer)
      if (c != group) digits += c;
    integer = digits;
  }
  if (integer.empty() && fraction.empty()) {
    r.error = "'" + trim_spaces(text) + "' is not a number";
    return r;
  }
  const std::string canonical = (integer.empty() ? "0" : integer) + (fraction.empty() ? "" : "." + fraction);
  if (canonical.size() > 40) {
    r.error = "'" + trim_spaces(text) + "' is too long to be a figure";
    return r;
  }
  const double v = std::strtod(canonical.c_str(), nullptr);
  if (!std::isfinite(v)) {
    r.error = "'" + trim_spaces(text) + "' is out of range";
    return r;
  }
  r.value = negative ? -v : v;
  return r;
}

ConventionDecision detect_convention(const std::vector<std::string>& cells) {
  ConventionDecision d;
  std::string vi_example, point_example;
  for (const std::string& raw : cells) {
    bool percent = false;
    std::string t = strip_number_decorations(raw, percent);
    // Take the numbers inside phrases too ("trên 40,5%").
    std::string token;
    auto judge = [&](const std::string& tok) {
      if (!numeric_shape(tok)) return;
      const auto dot = tok.find('.'), comma = tok.find(',');
      if (dot != std::string::npos && comma != std::string::npos) {
        (dot < comma ? vi_example : point_example) = tok;  // "19.559,8" vs "19,559.8"
      } else if (comma != std::string::npos) {
        if (!grouped_by(tok, ',')) vi_example = tok;  // "47,4": a decimal comma
      } else if (dot != std::string::npos) {
        if (!grouped_by(tok, '.')) point_example = tok;  // "19559.8", "47.4"
      }
    };
    for (char c : t) {
      if (is_digit(c) || c == '.' || c == ',') token += c;
      else {
        judge(token);
        token.clear();
      }
    }
    judge(token);
  }
  if (!vi_example.empty() && !point_example.empty()) {
    d.conflicting = true;
  } else if (!vi_example.empty()) {
    d.detected = true;
    d.convention = NumberConvention::vietnamese;
  } else if (!point_example.empty()) {
    d.detected = true;
    d.convention = NumberConvention::decimal_point;
  }
  d.comma_example = vi_example;
  d.point_example = point_example;
  return d;
}

std::string convention_reason(const ConventionDecision& d, const std::string& column, Lang lang) {
  if (d.conflicting)
    return tr(lang, Msg::import_mixed_column, {{"column", column}, {"comma", d.comma_example}, {"point", d.point_example}});
  if (!d.comma_example.empty()) return tr(lang, Msg::import_decimal_comma, {{"column", column}, {"example", d.comma_example}});
  if (!d.point_example.empty()) return tr(lang, Msg::import_decimal_point, {{"column", column}, {"example", d.point_example}});
  return tr(lang, Msg::import_no_decimal_mark, {{"column", column}});
}

namespace {

struct Phrase {
  std::string_view words;  // folded (no diacritics, lower case)
  enum Role { above, above_or_equal, below, below_or_equal, exact_word } role;
};

// Longest first so that "tu ... tro len" wins over "tu".
constexpr Phrase kLeading[] = {
    {"cao hon", Phrase::above},          {"lon hon", Phrase::above},     {"nhieu hon", Phrase::above},
    {"tren", Phrase::above},             {"hon", Phrase::above},         {">=", Phrase::above_or_equal},
    {"\xE2\x89\xA5", Phrase::above_or_equal}, {"it nhat", Phrase::above_or_equal}, {"toi thieu", Phrase::above_or_equal},
    {"tu", Phrase::above_or_equal},      {">", Phrase::above},           {"<=", Phrase::below_or_equal},
    {"\xE2\x89\xA4", Phrase::below_or_equal}, {"khong qua", Phrase::below_or_equal}, {"toi da", Phrase::below_or_equal},
    {"thap hon", Phrase::below},         {"nho hon", Phrase::below},     {"duoi", Phrase::below},
    {"<", Phrase::below},                {"dat", Phrase::exact_word},    {"tang", Phrase::exact_word},
    {"bang", Phrase::exact_word},        {"=", Phrase::exact_word}};

bool starts_with_word(const std::string& s, std::string_view w) {
  if (s.compare(0, w.size(), w) != 0) return false;
  if (s.size() == w.size()) return true;
  const char next = s[w.size()];
  const bool symbol = !std::isalpha(static_cast<unsigned char>(w[0]));
  return symbol || next == ' ' || is_digit(next);
}

std::string trimmed_after(const std::string& s, std::size_t n) { return trim_spaces(std::string_view(s).substr(n)); }

struct Bound {
  std::optional<double> value;
  bool inclusive = false;
  bool lower_side = false;  // above/above_or_equal
  bool exact = false;       // a plain figure ("47,4", "đạt 47,4%"), not a bound
  bool ok = false;
  std::string error;
};

Bound parse_bound(const std::string& folded, NumberConvention conv) {
  Bound b;
  for (const Phrase& p : kLeading) {
    if (!starts_with_word(folded, p.words)) continue;
    std::string rest = trimmed_after(folded, p.words.size());
    if (p.role == Phrase::above_or_equal && p.words == "tu") {
      // "từ 40% trở lên"
      const auto tl = rest.find("tro len");
      if (tl != std::string::npos) rest = trim_spaces(rest.substr(0, tl));
    }
    const NumberParse n = parse_number(rest, conv);
    if (!n.value) {
      b.error = n.error;
      return b;
    }
    b.value = n.value;
    b.ok = true;
    b.lower_side = p.role == Phrase::above || p.role == Phrase::above_or_equal;
    b.inclusive = p.role == Phrase::above_or_equal || p.role == Phrase::below_or_equal || p.role == Phrase::exact_word;
    if (p.role == Phrase::exact_word) b.lower_side = b.inclusive = b.exact = true;
    return b;
  }
  const NumberParse n = parse_number(folded, conv);
  if (n.value) {
    b.value = n.value;
    b.ok = b.exact = b.inclusive = true;
  } else {
    b.error = n.error;
  }
  return b;
}

// The cell lower-cased and without diacritics, like fold_for_matching, but keeping the
// punctuation numbers and comparisons need ('.', ',', '-' would become spaces there),
// trimmed, with runs of spaces collapsed.
std::string comparable_text(const std::string& stated) {
  std::string lower;
  std::u32string code_points;
  decode_utf8(stated, code_points);
  for (const char32_t cp : code_points) {
    const std::string ch = encode_utf8(std::u32string_view(&cp, 1));
    const bool number_or_sign = (cp >= '0' && cp <= '9') || cp == '.' || cp == ',' || cp == '-' || cp == '%' ||
                                cp == '<' || cp == '>' || cp == '=' || cp == 0x2265 || cp == 0x2264 ||
                                cp == 0x2212 || cp == 0x2013;
    if (number_or_sign) {
      lower += ch;
    } else {
      const std::string folded_ch = fold_for_matching(ch);
      lower += folded_ch.empty() ? " " : folded_ch;
    }
  }
  const std::string t = trim_spaces(lower);
  std::string collapsed;
  for (char ch : t)
    if (!(ch == ' ' && !collapsed.empty() && collapsed.back() == ' ')) collapsed += ch;
  return collapsed;
}

// `t` is the comparable text, `folded` the fully folded one (for the worded forms).
bool says_no_data(const std::string& t, const std::string& folded) {
  return t.empty() || t == "-" || t == "\xE2\x80\x93" || t == "--" || t == "n/a" || t == "na" ||
         folded == "khong co so lieu" || folded == "no data" || folded == "kcsl";
}

bool says_yes(const std::string& t, const std::string& folded) {
  return t == "x" || folded == "co" || folded == "yes" || t == "\xE2\x9C\x93";
}

// "khoảng 30%", "gần 40", "~25": a guess the map cannot class as a figure or a bound.
bool says_approximately(const std::string& t, const std::string& folded) {
  return folded.rfind("khoang", 0) == 0 || folded.rfind("gan", 0) == 0 || folded.rfind("xap xi", 0) == 0 ||
         t.find('~') != std::string::npos;
}

// Where an interval splits: "<lower phrase> đến <upper phrase>" or "a - b"; npos if none.
std::size_t interval_split(const std::string& t, std::size_t& split_len) {
  std::size_t split = t.find(" den ");
  split_len = 5;
  if (split != std::string::npos) return split;
  for (const char* dash : {" - ", " \xE2\x80\x93 ", "\xE2\x80\x93"}) {
    const auto p = t.find(dash, 1);
    if (p != std::string::npos) {
      split_len = std::char_traits<char>::length(dash);
      return p;
    }
  }
  return std::string::npos;
}

void parse_interval(const std::string& t, std::size_t split, std::size_t split_len, NumberConvention conv,
                    CellParse& r) {
  const std::string& stated = r.value.stated;
  std::string left = trim_spaces(t.substr(0, split));
  std::string right = trim_spaces(t.substr(split + split_len));
  const Bound lo = parse_bound(left, conv);
  Bound hi = parse_bound(right, conv);
  if (!lo.ok || !hi.ok) {
    r.error = "'" + stated + "': " + (!lo.ok ? lo.error : hi.error);
    return;
  }
  if ((!lo.exact && !lo.lower_side) || (!hi.exact && hi.lower_side)) {
    r.error = "'" + stated + "' is not a range from a lower to an upper bound";
    return;
  }
  if (*lo.value > *hi.value) {
    r.error = "'" + stated + "': the lower bound is above the upper bound";
    return;
  }
  r.ok = true;
  r.value.kind = ValueKind::interval;
  r.value.lower = lo.value;
  r.value.upper = hi.value;
  r.value.lower_inclusive = lo.inclusive;
  r.value.upper_inclusive = hi.inclusive;
}

// A plain figure ("47,4") or one bound ("trên 40%", "không quá 15,8%").
void parse_figure_or_bound(const std::string& t, NumberConvention conv, CellParse& r) {
  const Bound b = parse_bound(t, conv);
  if (!b.ok) {
    r.error = b.error.empty() ? "'" + r.value.stated + "' is not a figure" : b.error;
    r.error += "; write a number (47,4 or 47.4), a bound (trên 40%, dưới 51%), a range, or '-' for no data";
    return;
  }
  r.ok = true;
  if (b.exact) {
    r.value.kind = ValueKind::exact;
    r.value.value = *b.value;
  } else if (b.lower_side) {
    r.value.kind = ValueKind::at_least;
    r.value.lower = b.value;
    r.value.lower_inclusive = b.inclusive;
  } else {
    r.value.kind = ValueKind::at_most;
    r.value.upper = b.value;
    r.value.upper_inclusive = b.inclusive;
  }
}

}  // namespace

CellParse parse_stated_cell(std::string_view text, NumberConvention conv) {
  CellParse r;
  const std::string stated = trim_spaces(text);
  r.value.stated = stated;
  const std::string folded = fold_for_matching(stated);  // also lower-cases and drops marks
  const std::string t = comparable_text(stated);
  if (says_no_data(t, folded)) {
    r.ok = true;
    r.value.kind = ValueKind::no_data;
    return r;
  }
  if (says_yes(t, folded)) {
    r.ok = true;
    r.value.kind = ValueKind::flag;
    return r;
  }
  if (says_approximately(t, folded)) {
    r.approximate = true;  // the caller says so in the user's language (Msg::import_approximate)
    return r;
  }
  std::size_t split_len = 0;
  const std::size_t split = interval_split(t, split_len);
  if (split != std::string::npos) parse_interval(t, split, split_len, conv, r);
  else parse_figure_or_bound(t, conv, r);
  return r;
}

}  // namespace hgm
