#include "render/text/gpos_kerning.h"

#include <algorithm>
#include <bit>

namespace hgm::render {

namespace {
constexpr std::uint32_t kPairAdjustment = 2;
constexpr std::uint32_t kExtension = 9;
constexpr std::uint32_t kXPlacement = 0x0001, kYPlacement = 0x0002, kXAdvance = 0x0004;

std::uint32_t tag(const char (&t)[5]) {
  return (static_cast<std::uint32_t>(t[0]) << 24) | (static_cast<std::uint32_t>(t[1]) << 16) |
         (static_cast<std::uint32_t>(t[2]) << 8) | static_cast<std::uint32_t>(t[3]);
}

// Size in bytes of a ValueRecord with this format (each set bit is one 16-bit field).
std::uint32_t value_size(std::uint32_t format) { return 2u * static_cast<std::uint32_t>(std::popcount(format & 0xFFu)); }

// Offset of XAdvance inside a ValueRecord, or -1 when the record has none.
int x_advance_offset(std::uint32_t format) {
  if ((format & kXAdvance) == 0) return -1;
  return 2 * (((format & kXPlacement) ? 1 : 0) + ((format & kYPlacement) ? 1 : 0));
}
}  // namespace

std::uint32_t GposKerning::u16(std::uint32_t offset) const {
  if (static_cast<std::size_t>(offset) + 2 > table_.size()) return 0;
  return (static_cast<std::uint32_t>(table_[offset]) << 8) | table_[offset + 1];
}

std::uint32_t GposKerning::u32(std::uint32_t offset) const { return (u16(offset) << 16) | u16(offset + 2); }

GposKerning::GposKerning(std::vector<std::uint8_t> table) : table_(std::move(table)) {
  if (table_.size() < 10 || u16(0) != 1) return;
  const std::uint32_t feature_list = u16(6);
  const std::uint32_t lookup_list = u16(8);
  if (feature_list == 0 || lookup_list == 0) return;

  // Every lookup any 'kern' feature uses (all scripts and languages alike).
  std::vector<std::uint32_t> lookups;
  const std::uint32_t feature_count = u16(feature_list);
  for (std::uint32_t i = 0; i < feature_count; ++i) {
    const std::uint32_t record = feature_list + 2 + i * 6;
    if (u32(record) != tag("kern")) continue;
    const std::uint32_t feature = feature_list + u16(record + 4);
    const std::uint32_t count = u16(feature + 2);
    for (std::uint32_t k = 0; k < count; ++k) lookups.push_back(u16(feature + 4 + k * 2));
  }
  std::sort(lookups.begin(), lookups.end());
  lookups.erase(std::unique(lookups.begin(), lookups.end()), lookups.end());

  const std::uint32_t lookup_count = u16(lookup_list);
  for (std::uint32_t index : lookups) {
    if (index >= lookup_count) continue;
    const std::uint32_t lookup = lookup_list + u16(lookup_list + 2 + index * 2);
    const std::uint32_t type = u16(lookup);
    const std::uint32_t count = u16(lookup + 4);
    std::vector<std::uint32_t> pair_subtables;
    for (std::uint32_t s = 0; s < count; ++s) {
      std::uint32_t sub = lookup + u16(lookup + 6 + s * 2);
      std::uint32_t sub_type = type;
      if (type == kExtension) {  // ExtensionPosFormat1: real type and 32-bit offset
        sub_type = u16(sub + 2);
        sub += u32(sub + 4);
      }
      if (sub_type == kPairAdjustment && sub < table_.size()) pair_subtables.push_back(sub);
    }
    if (!pair_subtables.empty()) subtables_.push_back(std::move(pair_subtables));
  }
}

int GposKerning::coverage_index(std::uint32_t coverage, std::uint32_t glyph) const {
  const std::uint32_t format = u16(coverage);
  const std::uint32_t count = u16(coverage + 2);
  if (format == 1) {  // sorted glyph array
    std::uint32_t lo = 0, hi = count;
    while (lo < hi) {
      const std::uint32_t mid = (lo + hi) / 2;
      const std::uint32_t g = u16(coverage + 4 + mid * 2);
      if (g == glyph) return static_cast<int>(mid);
      if (g < glyph) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
  } else if (format == 2) {  // ranges: start, end, start coverage index
    std::uint32_t lo = 0, hi = count;
    while (lo < hi) {
      const std::uint32_t mid = (lo + hi) / 2;
      const std::uint32_t range = coverage + 4 + mid * 6;
      if (glyph < u16(range)) {
        hi = mid;
      } else if (glyph > u16(range + 2)) {
        lo = mid + 1;
      } else {
        return static_cast<int>(u16(range + 4) + glyph - u16(range));
      }
    }
  }
  return -1;
}

int GposKerning::glyph_class(std::uint32_t class_def, std::uint32_t glyph) const {
  const std::uint32_t format = u16(class_def);
  if (format == 1) {
    const std::uint32_t start = u16(class_def + 2);
    const std::uint32_t count = u16(class_def + 4);
    if (glyph >= start && glyph < start + count) return static_cast<int>(u16(class_def + 6 + (glyph - start) * 2));
  } else if (format == 2) {
    std::uint32_t lo = 0, hi = u16(class_def + 2);
    while (lo < hi) {
      const std::uint32_t mid = (lo + hi) / 2;
      const std::uint32_t range = class_def + 4 + mid * 6;
      if (glyph < u16(range)) {
        hi = mid;
      } else if (glyph > u16(range + 2)) {
        lo = mid + 1;
      } else {
        return static_cast<int>(u16(range + 4));
      }
    }
  }
  return 0;  // glyphs not listed are class 0
}

int GposKerning::pair_format1(std::uint32_t sub, int coverage_idx, std::uint32_t right, bool& found) const {
  const std::uint32_t format1 = u16(sub + 4), format2 = u16(sub + 6);
  if (static_cast<std::uint32_t>(coverage_idx) >= u16(sub + 8)) return 0;
  const std::uint32_t pair_set = sub + u16(sub + 10 + static_cast<std::uint32_t>(coverage_idx) * 2);
  const std::uint32_t record_size = 2 + value_size(format1) + value_size(format2);
  std::uint32_t lo = 0, hi = u16(pair_set);
  while (lo < hi) {
    const std::uint32_t mid = (lo + hi) / 2;
    const std::uint32_t record = pair_set + 2 + mid * record_size;
    const std::uint32_t second = u16(record);
    if (second == right) {
      found = true;
      const int at = x_advance_offset(format1);
      return at < 0 ? 0 : static_cast<std::int16_t>(u16(record + 2 + static_cast<std::uint32_t>(at)));
    }
    if (second < right) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return 0;
}

int GposKerning::pair_format2(std::uint32_t sub, std::uint32_t left, std::uint32_t right, bool& found) const {
  const std::uint32_t format1 = u16(sub + 4), format2 = u16(sub + 6);
  const std::uint32_t class_def1 = sub + u16(sub + 8), class_def2 = sub + u16(sub + 10);
  const std::uint32_t class1_count = u16(sub + 12), class2_count = u16(sub + 14);
  const auto c1 = static_cast<std::uint32_t>(glyph_class(class_def1, left));
  const auto c2 = static_cast<std::uint32_t>(glyph_class(class_def2, right));
  if (c1 >= class1_count || c2 >= class2_count) return 0;
  found = true;  // a class-based subtable covering the first glyph decides the pair
  const std::uint32_t record_size = value_size(format1) + value_size(format2);
  const std::uint32_t record = sub + 16 + (c1 * class2_count + c2) * record_size;
  const int at = x_advance_offset(format1);
  return at < 0 ? 0 : static_cast<std::int16_t>(u16(record + static_cast<std::uint32_t>(at)));
}

int GposKerning::lookup_pair(std::uint32_t left, std::uint32_t right) const {
  int total = 0;
  for (const auto& lookup : subtables_) {
    for (std::uint32_t sub : lookup) {
      const int covered = coverage_index(sub + u16(sub + 2), left);
      if (covered < 0) continue;
      bool found = false;
      const std::uint32_t format = u16(sub);
      const int value = format == 1 ? pair_format1(sub, covered, right, found)
                        : format == 2 ? pair_format2(sub, left, right, found)
                                      : 0;
      if (found) {  // the first subtable of a lookup that knows the pair applies
        total += value;
        break;
      }
    }
  }
  return total;
}

int GposKerning::adjustment(std::uint32_t left, std::uint32_t right) const {
  if (subtables_.empty()) return 0;
  const std::uint64_t key = (static_cast<std::uint64_t>(left) << 32) | right;
  if (auto it = cache_.find(key); it != cache_.end()) return it->second;
  const int value = lookup_pair(left, right);
  cache_.emplace(key, value);
  return value;
}

}  // namespace hgm::render
