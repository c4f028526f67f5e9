#pragma once
// Pair kerning from an OpenType font's GPOS table ('kern' feature, pair adjustment
// lookups). Modern fonts such as Noto Sans keep their kerning only there, and FreeType's
// FT_Get_Kerning reads only the legacy 'kern' table. Horizontal advance adjustments only;
// no contextual positioning (that would need a shaper such as HarfBuzz).
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace hgm::render {

class GposKerning {
 public:
  GposKerning() = default;
  // `table` is the raw GPOS table; malformed or unsupported parts are ignored.
  explicit GposKerning(std::vector<std::uint8_t> table);

  bool empty() const { return subtables_.empty(); }
  // Advance adjustment between two glyphs, in font units (negative: closer).
  int adjustment(std::uint32_t left, std::uint32_t right) const;

 private:
  int lookup_pair(std::uint32_t left, std::uint32_t right) const;
  int pair_format1(std::uint32_t sub, int coverage_index, std::uint32_t right, bool& found) const;
  int pair_format2(std::uint32_t sub, std::uint32_t left, std::uint32_t right, bool& found) const;
  int coverage_index(std::uint32_t coverage, std::uint32_t glyph) const;
  int glyph_class(std::uint32_t class_def, std::uint32_t glyph) const;
  std::uint32_t u16(std::uint32_t offset) const;
  std::uint32_t u32(std::uint32_t offset) const;

  std::vector<std::uint8_t> table_;
  // Pair-adjustment subtables (absolute offsets), grouped by lookup in lookup order.
  std::vector<std::vector<std::uint32_t>> subtables_;
  mutable std::unordered_map<std::uint64_t, int> cache_;
};

}  // namespace hgm::render
