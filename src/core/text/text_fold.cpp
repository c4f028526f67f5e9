#include "core/text/text_fold.h"

#include <algorithm>
#include <array>
#include <utility>

namespace hgm {

namespace {

// The code point starting at s[i], moving i past it; an invalid byte gives U+FFFD and moves
// one byte (`valid` set false).
char32_t next_code_point(std::string_view s, std::size_t& i, bool& valid) {
  const auto lead = static_cast<unsigned char>(s[i]);
  if (lead < 0x80) {
    ++i;
    return lead;
  }
  const int extra = (lead >> 5) == 0x6 ? 1 : (lead >> 4) == 0xE ? 2 : (lead >> 3) == 0x1E ? 3 : -1;
  char32_t cp = extra == 1 ? (lead & 0x1Fu) : extra == 2 ? (lead & 0x0Fu) : (lead & 0x07u);
  bool ok = extra >= 0 && i + static_cast<std::size_t>(extra) <= s.size() - 1;
  for (int k = 1; ok && k <= extra; ++k) {
    const auto cont = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
    if ((cont & 0xC0) != 0x80) ok = false;
    cp = (cp << 6) | (cont & 0x3Fu);
  }
  // Only the shortest form of a Unicode scalar value counts: no overlong forms, no
  // surrogates, nothing above U+10FFFF.
  constexpr char32_t kMin[4] = {0, 0x80, 0x800, 0x10000};
  if (ok && (cp < kMin[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))) ok = false;
  if (!ok) {
    valid = false;
    ++i;
    return 0xFFFD;
  }
  i += static_cast<std::size_t>(extra) + 1;
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

}  // namespace

bool decode_utf8(std::string_view s, std::u32string& out) {
  out.clear();
  out.reserve(s.size());
  bool valid = true;
  std::size_t i = 0;
  while (i < s.size()) out.push_back(next_code_point(s, i, valid));
  return valid;
}

std::string encode_utf8(std::u32string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char32_t cp : text) append_utf8(out, cp);
  return out;
}

namespace {

// Base letter of every precomposed Latin letter used in Vietnamese (and the common
// Latin-1 ones), lower-cased. Vietnamese uses the Latin-1 Supplement, Latin Extended-A/B
// and the Latin Extended Additional block U+1EA0..U+1EF9.
char32_t base_letter(char32_t cp) {
  static constexpr std::pair<char32_t, char> kLatin1[] = {
      {0xC0, 'a'}, {0xC1, 'a'}, {0xC2, 'a'}, {0xC3, 'a'}, {0xC4, 'a'}, {0xC5, 'a'}, {0xC7, 'c'},
      {0xC8, 'e'}, {0xC9, 'e'}, {0xCA, 'e'}, {0xCB, 'e'}, {0xCC, 'i'}, {0xCD, 'i'}, {0xCE, 'i'},
      {0xCF, 'i'}, {0xD0, 'd'}, {0xD1, 'n'}, {0xD2, 'o'}, {0xD3, 'o'}, {0xD4, 'o'}, {0xD5, 'o'},
      {0xD6, 'o'}, {0xD8, 'o'}, {0xD9, 'u'}, {0xDA, 'u'}, {0xDB, 'u'}, {0xDC, 'u'}, {0xDD, 'y'},
      {0xE0, 'a'}, {0xE1, 'a'}, {0xE2, 'a'}, {0xE3, 'a'}, {0xE4, 'a'}, {0xE5, 'a'}, {0xE7, 'c'},
      {0xE8, 'e'}, {0xE9, 'e'}, {0xEA, 'e'}, {0xEB, 'e'}, {0xEC, 'i'}, {0xED, 'i'}, {0xEE, 'i'},
      {0xEF, 'i'}, {0xF0, 'd'}, {0xF1, 'n'}, {0xF2, 'o'}, {0xF3, 'o'}, {0xF4, 'o'}, {0xF5, 'o'},
      {0xF6, 'o'}, {0xF8, 'o'}, {0xF9, 'u'}, {0xFA, 'u'}, {0xFB, 'u'}, {0xFC, 'u'}, {0xFD, 'y'},
      {0xFF, 'y'}};
  if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
  // Superscript digits as digits: a unit "m²" is the "m2" planners type.
  if (cp == 0xB2 || cp == 0xB3) return cp - 0xB2 + '2';
  if (cp == 0xB9) return '1';
  if (cp >= 0xC0 && cp <= 0xFF) {
    for (auto [from, to] : kLatin1)
      if (from == cp) return static_cast<char32_t>(to);
    return cp;
  }
  switch (cp) {
    case 0x102: case 0x103: return 'a';  // Ă ă
    case 0x110: case 0x111: return 'd';  // Đ đ
    case 0x128: case 0x129: return 'i';  // Ĩ ĩ
    case 0x168: case 0x169: return 'u';  // Ũ ũ
    case 0x1A0: case 0x1A1: return 'o';  // Ơ ơ
    case 0x1AF: case 0x1B0: return 'u';  // Ư ư
    default: break;
  }
  if (cp >= 0x1EA0 && cp <= 0x1EF9) {
    // The block runs in upper/lower pairs grouped by base letter.
    static constexpr std::array<std::pair<char32_t, char>, 6> kRanges = {{
        {0x1EB7, 'a'}, {0x1EC7, 'e'}, {0x1ECB, 'i'}, {0x1EE3, 'o'}, {0x1EF1, 'u'}, {0x1EF9, 'y'}}};
    for (auto [last, letter] : kRanges)
      if (cp <= last) return static_cast<char32_t>(letter);
  }
  return cp;
}

bool is_combining_mark(char32_t cp) { return cp >= 0x300 && cp <= 0x36F; }

bool is_space(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 || cp == 0x2009 ||
         cp == 0x202F || cp == 0xFEFF;
}

}  // namespace

// Straight from UTF-8 to UTF-8: every cell of a table's district column is folded.
std::string fold_for_matching(std::string_view utf8) {
  std::string folded;
  folded.reserve(utf8.size());
  bool pending_space = false, valid = true;
  std::size_t i = 0;
  while (i < utf8.size()) {
    const char32_t cp = next_code_point(utf8, i, valid);
    if (is_combining_mark(cp)) continue;
    if (is_space(cp) || cp == '.' || cp == '-' || cp == '_' || cp == ',') {
      pending_space = !folded.empty();
      continue;
    }
    if (pending_space) {
      folded.push_back(' ');
      pending_space = false;
    }
    append_utf8(folded, base_letter(cp));
  }
  return folded;
}

}  // namespace hgm

namespace hgm {

namespace {

// Vietnamese letters as base letter + marks, so NFC and NFD spellings compare equal.
constexpr char32_t kGrave = 0x300, kAcute = 0x301, kCirc = 0x302, kTilde = 0x303, kBreve = 0x306,
                   kHook = 0x309, kHorn = 0x31B, kDot = 0x323;

struct Decomposed {
  char32_t base = 0;
  char32_t marks[2] = {0, 0};
};

// U+1EA0..U+1EF9 run in upper/lower pairs; this lists each pair's letter and marks.
constexpr Decomposed kExtendedAdditional[45] = {
    {'a', {kDot, 0}}, {'a', {kHook, 0}}, {'a', {kCirc, kAcute}}, {'a', {kCirc, kGrave}}, {'a', {kCirc, kHook}},
    {'a', {kCirc, kTilde}}, {'a', {kCirc, kDot}}, {'a', {kBreve, kAcute}}, {'a', {kBreve, kGrave}},
    {'a', {kBreve, kHook}}, {'a', {kBreve, kTilde}}, {'a', {kBreve, kDot}},
    {'e', {kDot, 0}}, {'e', {kHook, 0}}, {'e', {kTilde, 0}}, {'e', {kCirc, kAcute}}, {'e', {kCirc, kGrave}},
    {'e', {kCirc, kHook}}, {'e', {kCirc, kTilde}}, {'e', {kCirc, kDot}},
    {'i', {kHook, 0}}, {'i', {kDot, 0}},
    {'o', {kDot, 0}}, {'o', {kHook, 0}}, {'o', {kCirc, kAcute}}, {'o', {kCirc, kGrave}}, {'o', {kCirc, kHook}},
    {'o', {kCirc, kTilde}}, {'o', {kCirc, kDot}}, {'o', {kHorn, kAcute}}, {'o', {kHorn, kGrave}},
    {'o', {kHorn, kHook}}, {'o', {kHorn, kTilde}}, {'o', {kHorn, kDot}},
    {'u', {kDot, 0}}, {'u', {kHook, 0}}, {'u', {kHorn, kAcute}}, {'u', {kHorn, kGrave}}, {'u', {kHorn, kHook}},
    {'u', {kHorn, kTilde}}, {'u', {kHorn, kDot}},
    {'y', {kGrave, 0}}, {'y', {kDot, 0}}, {'y', {kHook, 0}}, {'y', {kTilde, 0}}};

Decomposed decompose(char32_t cp) {
  if (cp >= 'A' && cp <= 'Z') return {cp + 32, {0, 0}};
  if (cp >= 0x1EA0 && cp <= 0x1EF9) return kExtendedAdditional[(cp - 0x1EA0) / 2];
  const char32_t lower = (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) ? cp + 32 : cp;
  switch (lower) {
    case 0xE0: return {'a', {kGrave, 0}};
    case 0xE1: return {'a', {kAcute, 0}};
    case 0xE2: return {'a', {kCirc, 0}};
    case 0xE3: return {'a', {kTilde, 0}};
    case 0xE8: return {'e', {kGrave, 0}};
    case 0xE9: return {'e', {kAcute, 0}};
    case 0xEA: return {'e', {kCirc, 0}};
    case 0xEC: return {'i', {kGrave, 0}};
    case 0xED: return {'i', {kAcute, 0}};
    case 0xF2: return {'o', {kGrave, 0}};
    case 0xF3: return {'o', {kAcute, 0}};
    case 0xF4: return {'o', {kCirc, 0}};
    case 0xF5: return {'o', {kTilde, 0}};
    case 0xF9: return {'u', {kGrave, 0}};
    case 0xFA: return {'u', {kAcute, 0}};
    case 0xFD: return {'y', {kAcute, 0}};
    default: break;
  }
  switch (cp) {
    case 0x102: case 0x103: return {'a', {kBreve, 0}};
    case 0x110: case 0x111: return {0x111, {0, 0}};  // đ is a letter of its own
    case 0x128: case 0x129: return {'i', {kTilde, 0}};
    case 0x168: case 0x169: return {'u', {kTilde, 0}};
    case 0x1A0: case 0x1A1: return {'o', {kHorn, 0}};
    case 0x1AF: case 0x1B0: return {'u', {kHorn, 0}};
    default: return {lower, {0, 0}};
  }
}

}  // namespace

std::string lower_keep_marks(std::string_view utf8) {
  // Each letter followed by its marks in a fixed (sorted) order: NFC and NFD agree.
  std::u32string out;
  out.reserve(utf8.size() + utf8.size() / 2);
  std::size_t letter_start = 0;
  auto sort_marks = [&] { std::sort(out.begin() + static_cast<std::ptrdiff_t>(std::min(letter_start + 1, out.size())), out.end()); };
  bool pending_space = false, valid = true;
  std::size_t i = 0;
  while (i < utf8.size()) {
    const char32_t cp = next_code_point(utf8, i, valid);
    if (cp >= 0x300 && cp <= 0x36F) {
      if (!out.empty()) {
        out.push_back(cp);
        sort_marks();
      }
      continue;
    }
    if (cp == ' ' || cp == '\t' || cp == 0xA0 || cp == '.' || cp == '-' || cp == '_' || cp == ',') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) {
      out.push_back(' ');
      pending_space = false;
    }
    const Decomposed d = decompose(cp);
    letter_start = out.size();
    out.push_back(d.base);
    for (char32_t m : d.marks)
      if (m) out.push_back(m);
    sort_marks();
  }
  return encode_utf8(out);
}

bool has_non_ascii(std::string_view utf8) {
  for (char c : utf8)
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  return false;
}

std::string trim_spaces(std::string_view s) {
  auto is_space = [](unsigned char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  std::size_t b = 0, e = s.size();
  while (b < e && is_space(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && is_space(static_cast<unsigned char>(s[e - 1]))) --e;
  std::string out(s.substr(b, e - b));
  // Trim no-break spaces too.
  while (out.rfind("\xC2\xA0", 0) == 0) out.erase(0, 2);
  while (out.size() >= 2 && out.compare(out.size() - 2, 2, "\xC2\xA0") == 0) out.erase(out.size() - 2);
  return out;
}

}  // namespace hgm
