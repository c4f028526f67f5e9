#include "core/data/district_registry.h"

#include <algorithm>
#include <array>
#include <cstdint>

#include "core/data/csv.h"
#include "core/errors.h"
#include "core/text/text_fold.h"

namespace hgm {

namespace {

// Type prefixes of district-level units (longest first).
constexpr std::array<std::string_view, 8> kPrefixes = {"thành phố", "thị xã", "huyện", "quận", "tp", "tx", "h", "q"};

// The prefixes as lower_keep_marks or fold_for_matching gives them, each with its space.
const std::array<std::string, kPrefixes.size()>& prefix_keys(bool keep_marks) {
  static const auto make = [](bool marks) {
    std::array<std::string, kPrefixes.size()> keys;
    for (std::size_t i = 0; i < kPrefixes.size(); ++i)
      keys[i] = (marks ? lower_keep_marks(kPrefixes[i]) : fold_for_matching(kPrefixes[i])) + " ";
    return keys;
  };
  static const auto marked = make(true), folded = make(false);
  return keep_marks ? marked : folded;
}

// `key` is fold_for_matching or lower_keep_marks of a name; the prefixes get the same treatment.
std::string strip_prefix(const std::string& key, bool keep_marks) {
  for (const std::string& prefix : prefix_keys(keep_marks))
    if (key.size() > prefix.size() && key.compare(0, prefix.size(), prefix) == 0) return key.substr(prefix.size());
  return key;
}

// Levenshtein distance on bytes of folded ASCII text: enough to rank near misses. Every name a
// table gives that matches no district is measured against all of them, so a name of up to 64
// bytes is measured with Myers' bit-parallel algorithm (in Hyyrö's form: one step per byte of
// the other name), a longer one with the plain table.
class EditDistance {
 public:
  explicit EditDistance(std::string_view name) : name_(name) {
    if (name.size() > 64) return;
    for (std::size_t i = 0; i < name.size(); ++i) positions_[static_cast<unsigned char>(name[i])] |= std::uint64_t{1} << i;
  }

  std::size_t to(std::string_view other) {
    const std::size_t m = name_.size();
    if (m == 0) return other.size();
    if (m > 64) return by_table(other);
    // Bit i of pv/mv: the table's column rises/falls by one at row i; ph/mh the same along a row.
    std::uint64_t pv = ~std::uint64_t{0}, mv = 0;
    const std::uint64_t last = std::uint64_t{1} << (m - 1);
    std::size_t distance = m;
    for (const char c : other) {
      const std::uint64_t eq = positions_[static_cast<unsigned char>(c)];
      const std::uint64_t xv = eq | mv;
      const std::uint64_t xh = (((eq & pv) + pv) ^ pv) | eq;
      std::uint64_t ph = mv | ~(xh | pv);
      std::uint64_t mh = pv & xh;
      if (ph & last) ++distance;
      else if (mh & last) --distance;
      ph = (ph << 1) | 1;  // the first row counts up: distance from the empty prefix
      mh <<= 1;
      pv = mh | ~(xv | ph);
      mv = ph & xv;
    }
    return distance;
  }

 private:
  std::size_t by_table(std::string_view b) {
    const std::string_view a = name_;
    rows_.assign(2 * (b.size() + 1), 0);
    std::size_t* prev = rows_.data();
    std::size_t* cur = prev + b.size() + 1;
    for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
      cur[0] = i;
      for (std::size_t j = 1; j <= b.size(); ++j)
        cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0u : 1u)});
      std::swap(prev, cur);
    }
    return prev[b.size()];
  }

  std::string_view name_;
  std::array<std::uint64_t, 256> positions_{};  // by byte: the bits of the positions it holds
  std::vector<std::size_t> rows_;
};


bool all_digits(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Codes of digits compare as numbers ("24" is "024"); others as written.
std::string code_key(std::string_view code) {
  std::string key = trim_spaces(code);
  if (!all_digits(key)) return key;
  const std::size_t first = key.find_first_not_of('0');
  return first == std::string::npos ? "0" : key.substr(first);
}

}  // namespace

District unit_from_layer(std::string code, std::string name) {
  District d;
  d.code = trim_spaces(code);
  d.name_vi = trim_spaces(name);
  d.name_full = d.name_vi;
  d.name_en = d.name_vi;  // place names keep their diacritics in English maps too
  // The type is the name's first one or two words ("Huyện", "Thành phố"), compared as
  // folded text: folding may change a word's bytes, so the name is cut at a space.
  for (const std::string_view type : {std::string_view("thành phố"), std::string_view("thị xã"), std::string_view("huyện"),
                                      std::string_view("quận")}) {
    const std::size_t words = static_cast<std::size_t>(std::count(type.begin(), type.end(), ' ')) + 1;
    std::size_t cut = 0;
    for (std::size_t w = 0; w < words && cut != std::string::npos; ++w) cut = d.name_vi.find(' ', cut + (w ? 1 : 0));
    if (cut == std::string::npos || lower_keep_marks(d.name_vi.substr(0, cut)) != lower_keep_marks(type)) continue;
    const std::string rest = trim_spaces(std::string_view(d.name_vi).substr(cut));
    d.type_vi = d.name_vi.substr(0, cut);
    if (!rest.empty() && !all_digits(rest)) d.short_vi = rest;
    break;
  }
  if (d.short_vi.empty()) d.short_vi = d.name_vi;
  d.short_en = d.short_vi;
  return d;
}

void DistrictRegistry::add(District d) {
  const std::size_t i = districts_.size();
  NameKeys keys{strip_prefix(lower_keep_marks(d.name_vi), true), strip_prefix(fold_for_matching(d.name_vi), false),
                fold_for_matching(d.name_vi) == "thanh pho ha giang"};
  by_code_.emplace(code_key(d.code), i);
  by_marked_[keys.marked].push_back(i);
  by_folded_[keys.folded].push_back(i);
  keys_.push_back(std::move(keys));
  districts_.push_back(std::move(d));
}

DistrictRegistry DistrictRegistry::from_units(std::vector<District> units) {
  DistrictRegistry registry;
  for (District& d : units) {
    if (d.short_vi.empty()) d.short_vi = d.name_vi;
    if (d.short_en.empty()) d.short_en = d.name_en.empty() ? d.short_vi : d.name_en;
    registry.add(std::move(d));
  }
  return registry;
}

DistrictRegistry DistrictRegistry::from_csv(std::string_view text, const std::string& source_name) {
  DistrictRegistry registry;
  for_each_data_row(text, source_name, /*required=*/true, [&](const CsvHeader& header, const CsvRow& row) {
    District d{trim_spaces(header.field(row, "code")), trim_spaces(header.field(row, "name_vi")),
               trim_spaces(header.field(row, "name_full")), trim_spaces(header.field(row, "name_en")),
               header.has("short_vi") ? trim_spaces(header.field(row, "short_vi")) : std::string(),
               header.has("short_en") ? trim_spaces(header.field(row, "short_en")) : std::string(),
               header.has("type_vi") ? trim_spaces(header.field(row, "type_vi")) : std::string()};
    if (d.code.empty() || d.name_vi.empty())
      throw data_error(Msg::data_district_empty, {{"where", source_name + ":" + std::to_string(row.line)}});
    if (registry.find_code(d.code))
      throw data_error(Msg::data_code_twice, {{"where", source_name + ":" + std::to_string(row.line)}, {"code", d.code}});
    if (d.short_vi.empty()) d.short_vi = d.name_vi;
    if (d.short_en.empty()) d.short_en = d.name_en.empty() ? d.short_vi : d.name_en;
    registry.add(std::move(d));
  });
  return registry;
}

std::optional<std::size_t> DistrictRegistry::find_code(std::string_view code) const {
  const std::string key = code_key(code);
  if (key.empty()) return std::nullopt;
  const auto it = by_code_.find(key);
  if (it == by_code_.end()) return std::nullopt;
  return it->second;
}

NameMatch DistrictRegistry::match_name(std::string_view name, bool district_level_only) const {
  NameMatch result;
  const std::string folded_full = fold_for_matching(name);
  if (folded_full.empty()) {
    result.why = NameMatch::Why::empty;
    return result;
  }
  if (folded_full == "ha giang" && !district_level_only) {
    // Without a type this names the province as often as the city.
    result.status = NameMatch::Status::ambiguous;
    for (std::size_t i = 0; i < districts_.size(); ++i)
      if (keys_[i].is_city) result.candidates.push_back(i);
    result.why = NameMatch::Why::city_or_province;
    return result;
  }
  const bool keep_marks = has_non_ascii(name);
  const std::string key = strip_prefix(keep_marks ? lower_keep_marks(name) : folded_full, keep_marks);
  const std::string folded_key = strip_prefix(folded_full, false);

  const auto& index = keep_marks ? by_marked_ : by_folded_;
  if (const auto it = index.find(key); it != index.end()) {
    result.candidates = it->second;
    if (it->second.size() == 1) {
      result.status = NameMatch::Status::matched;
      result.index = it->second.front();
    } else {
      result.status = NameMatch::Status::ambiguous;
      result.why = NameMatch::Why::same_name;
    }
    return result;
  }
  if (districts_.empty()) {
    result.why = NameMatch::Why::unknown_name;
    return result;
  }
  std::vector<std::pair<std::size_t, std::size_t>> ranked;  // (distance, index)
  ranked.reserve(districts_.size());
  EditDistance distance_from(folded_key);
  for (std::size_t i = 0; i < districts_.size(); ++i) ranked.emplace_back(distance_from.to(keys_[i].folded), i);
  std::sort(ranked.begin(), ranked.end());
  for (std::size_t k = 0; k < ranked.size() && k < 3; ++k) result.candidates.push_back(ranked[k].second);
  const bool marks_differ = keep_marks && ranked.front().first == 0;
  result.why = marks_differ ? NameMatch::Why::marks_differ : NameMatch::Why::unknown_name;
  return result;
}

}  // namespace hgm
