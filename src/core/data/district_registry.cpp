#include "core/data/district_registry.h"

#include <algorithm>
#include <array>

#include "core/data/csv.h"
#include "core/errors.h"
#include "core/text/text_fold.h"

namespace hgm {

namespace {

// Type prefixes of district-level units (longest first).
constexpr std::array<std::string_view, 6> kPrefixes = {"thành phố", "thị xã", "huyện", "tp", "tx", "h"};

// `key` is fold_for_matching or lower_keep_marks of a name; the prefixes get the same treatment.
std::string strip_prefix(const std::string& key, bool keep_marks) {
  for (std::string_view raw : kPrefixes) {
    const std::string prefix = (keep_marks ? lower_keep_marks(raw) : fold_for_matching(raw)) + " ";
    if (key.size() > prefix.size() && key.compare(0, prefix.size(), prefix) == 0) return key.substr(prefix.size());
  }
  return key;
}

// Levenshtein distance on bytes of folded ASCII text: enough to rank near misses.
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j)
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0u : 1u)});
    std::swap(prev, cur);
  }
  return prev[b.size()];
}


}  // namespace

DistrictRegistry DistrictRegistry::from_csv(std::string_view text, const std::string& source_name) {
  DistrictRegistry registry;
  for_each_data_row(text, source_name, /*required=*/true, [&](const CsvHeader& header, const CsvRow& row) {
    District d{trim_spaces(header.field(row, "code")), trim_spaces(header.field(row, "name_vi")),
               trim_spaces(header.field(row, "name_full")), trim_spaces(header.field(row, "name_en")),
               header.has("short_vi") ? trim_spaces(header.field(row, "short_vi")) : std::string(),
               header.has("short_en") ? trim_spaces(header.field(row, "short_en")) : std::string(),
               header.has("type_vi") ? trim_spaces(header.field(row, "type_vi")) : std::string()};
    if (d.code.empty() || d.name_vi.empty())
      throw DataError(source_name + ":" + std::to_string(row.line) +
                      ": code and name_vi must not be empty.");
    if (registry.find_code(d.code))
      throw DataError(source_name + ":" + std::to_string(row.line) + ": code " + d.code +
                      " appears twice; each GSO code must be listed once.");
    if (d.short_vi.empty()) d.short_vi = d.name_vi;
    if (d.short_en.empty()) d.short_en = d.name_en.empty() ? d.short_vi : d.name_en;
    registry.districts_.push_back(std::move(d));
  });
  return registry;
}

std::optional<std::size_t> DistrictRegistry::find_code(std::string_view code) const {
  std::string wanted = trim_spaces(code);
  if (wanted.empty() || !std::all_of(wanted.begin(), wanted.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  while (wanted.size() < 3) wanted.insert(wanted.begin(), '0');
  for (std::size_t i = 0; i < districts_.size(); ++i)
    if (districts_[i].code == wanted) return i;
  return std::nullopt;
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
      if (fold_for_matching(districts_[i].name_vi) == "thanh pho ha giang") result.candidates.push_back(i);
    result.why = NameMatch::Why::city_or_province;
    return result;
  }
  const bool keep_marks = has_non_ascii(name);
  const std::string key = strip_prefix(keep_marks ? lower_keep_marks(name) : folded_full, keep_marks);
  const std::string folded_key = strip_prefix(folded_full, false);

  std::vector<std::pair<std::size_t, std::size_t>> ranked;  // (distance, index)
  for (std::size_t i = 0; i < districts_.size(); ++i) {
    const District& d = districts_[i];
    const std::string candidate =
        strip_prefix(keep_marks ? lower_keep_marks(d.name_vi) : fold_for_matching(d.name_vi), keep_marks);
    if (candidate == key) {
      result.status = NameMatch::Status::matched;
      result.index = i;
      result.candidates = {i};
      return result;
    }
    ranked.emplace_back(edit_distance(folded_key, strip_prefix(fold_for_matching(d.name_vi), false)), i);
  }
  std::sort(ranked.begin(), ranked.end());
  for (std::size_t k = 0; k < ranked.size() && k < 3; ++k) result.candidates.push_back(ranked[k].second);
  const bool marks_differ = keep_marks && ranked.front().first == 0;
  result.why = marks_differ ? NameMatch::Why::marks_differ : NameMatch::Why::unknown_name;
  return result;
}

}  // namespace hgm
