// Fuzzes the figure parser (core/data/stated_value_parser.h) with any bytes as a cell.
// Properties beyond "does not crash":
//  - a number is either a finite value or an error, never both, never neither;
//  - format → parse gives the same number back (to the printed precision), in both
//    conventions;
//  - a cell that parses has a consistent kind: exact values finite, bounds finite,
//    intervals ordered; a cell that does not parse says why; `stated` is the trimmed text;
//  - detect_convention never says both "detected" and "conflicting", and always gives a reason.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/text/number_format.h"
#include "core/data/stated_value_parser.h"
#include "core/text/text_fold.h"
#include "fuzz_support.h"

namespace {

using hgm::NumberConvention;

void check_number(std::string_view text, NumberConvention convention) {
  const hgm::NumberParse n = hgm::parse_number(text, convention);
  HGM_FUZZ_CHECK(n.value.has_value() != !n.error.empty());
  if (!n.value) return;
  const double v = *n.value;
  HGM_FUZZ_CHECK(std::isfinite(v));
  if (std::fabs(v) >= 1e30) return;  // printed with 6 decimals it is too long to be a figure
  for (const auto& [lang, conv] : {std::pair{hgm::Lang::vi, NumberConvention::vietnamese},
                                   std::pair{hgm::Lang::en, NumberConvention::decimal_point}}) {
    const std::string printed = hgm::format_number(v, 6, lang);
    const hgm::NumberParse again = hgm::parse_number(printed, conv);
    if (!again.value) {
      std::fprintf(stderr, "'%s' formatted as '%s' does not parse: %s\n", std::string(text).c_str(),
                   printed.c_str(), again.error.c_str());
    }
    HGM_FUZZ_CHECK(again.value.has_value());
    HGM_FUZZ_CHECK(std::fabs(*again.value - v) <= 0.5e-6 + 1e-15 * std::fabs(v));
  }
}

void check_cell(std::string_view text, NumberConvention convention) {
  const hgm::CellParse c = hgm::parse_stated_cell(text, convention);
  HGM_FUZZ_CHECK(c.value.stated == hgm::trim_spaces(text));
  // A refused cell has exactly one reason: an estimate, or an error text.
  HGM_FUZZ_CHECK(c.ok == (c.error.empty() && !c.approximate));
  if (c.approximate) HGM_FUZZ_CHECK(c.error.empty());
  if (!c.ok) return;
  const hgm::StatedValue& s = c.value;
  switch (s.kind) {
    case hgm::ValueKind::exact:
      HGM_FUZZ_CHECK(std::isfinite(s.value));
      HGM_FUZZ_CHECK(!s.lower && !s.upper);
      break;
    case hgm::ValueKind::at_least:
      HGM_FUZZ_CHECK(s.lower && std::isfinite(*s.lower) && !s.upper);
      break;
    case hgm::ValueKind::at_most:
      HGM_FUZZ_CHECK(s.upper && std::isfinite(*s.upper) && !s.lower);
      break;
    case hgm::ValueKind::interval:
      HGM_FUZZ_CHECK(s.lower && s.upper && std::isfinite(*s.lower) && std::isfinite(*s.upper));
      HGM_FUZZ_CHECK(*s.lower <= *s.upper);
      break;
    case hgm::ValueKind::no_data:
    case hgm::ValueKind::flag:
      HGM_FUZZ_CHECK(std::isnan(s.value) && !s.lower && !s.upper);
      break;
    default:
      HGM_FUZZ_CHECK(false && "a table cell never becomes a category or a group fact");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  for (const NumberConvention convention : {NumberConvention::vietnamese, NumberConvention::decimal_point}) {
    check_number(text, convention);
    check_cell(text, convention);
  }
  // The input as a column: cells split at newlines.
  std::vector<std::string> cells;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    cells.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  const hgm::ConventionDecision d = hgm::detect_convention(cells);
  HGM_FUZZ_CHECK(!(d.detected && d.conflicting));
  HGM_FUZZ_CHECK(!hgm::convention_reason(d, "x", hgm::Lang::en).empty() &&
                 !hgm::convention_reason(d, "x", hgm::Lang::vi).empty());
  // A decision that was detected names the cell that decided it.
  if (d.detected) HGM_FUZZ_CHECK(!d.comma_example.empty() || !d.point_example.empty());
  return 0;
}
