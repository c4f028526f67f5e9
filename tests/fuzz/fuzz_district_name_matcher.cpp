// Fuzzes the district name and code matcher (core/data/district_registry.h) against the
// project's real registry (geodata/districts.csv).
// Properties beyond "does not crash":
//  - every index it returns is inside the registry; candidates are distinct, at most
//    three, and a match is its own only candidate;
//  - the outcome is consistent with its reason (empty, city or province, marks differ);
//  - a name without diacritics matches the same way whatever its letter case;
//  - matching is deterministic, and a matched district's own name finds it again;
//  - a code found belongs to the district at that index.
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>

#include "fuzz_support.h"

namespace {

using hgm::NameMatch;

bool same(const NameMatch& a, const NameMatch& b) {
  return a.status == b.status && a.index == b.index && a.candidates == b.candidates && a.why == b.why;
}

void check_match(const hgm::DistrictRegistry& registry, std::string_view name, bool district_level_only) {
  const NameMatch m = registry.match_name(name, district_level_only);
  HGM_FUZZ_CHECK(m.candidates.size() <= 3);
  HGM_FUZZ_CHECK(std::set<std::size_t>(m.candidates.begin(), m.candidates.end()).size() == m.candidates.size());
  for (const std::size_t c : m.candidates) HGM_FUZZ_CHECK(c < registry.size());
  switch (m.status) {
    case NameMatch::Status::matched:
      HGM_FUZZ_CHECK(m.index < registry.size());
      HGM_FUZZ_CHECK(m.candidates.size() == 1 && m.candidates.front() == m.index);
      HGM_FUZZ_CHECK(m.why == NameMatch::Why::none);
      {
        const NameMatch own = registry.match_name(registry.at(m.index).name_vi, district_level_only);
        HGM_FUZZ_CHECK(own.status == NameMatch::Status::matched && own.index == m.index);
      }
      break;
    case NameMatch::Status::ambiguous:
      HGM_FUZZ_CHECK(!m.candidates.empty());
      HGM_FUZZ_CHECK(!district_level_only);
      break;
    case NameMatch::Status::unmatched:
      HGM_FUZZ_CHECK(m.why != NameMatch::Why::none);
      HGM_FUZZ_CHECK((m.why == NameMatch::Why::empty) == m.candidates.empty());
      break;
  }
  HGM_FUZZ_CHECK(same(m, registry.match_name(name, district_level_only)));

  bool ascii = true;
  for (const char c : name) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (ascii) {
    std::string upper(name);
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    HGM_FUZZ_CHECK(same(m, registry.match_name(upper, district_level_only)));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const hgm::DistrictRegistry& registry = hgm::fuzz::project_registry();
  const std::string_view name(reinterpret_cast<const char*>(data), size);
  check_match(registry, name, false);
  check_match(registry, name, true);
  if (const auto i = registry.find_code(name)) {
    HGM_FUZZ_CHECK(*i < registry.size());
    HGM_FUZZ_CHECK(registry.find_code(registry.at(*i).code) == i);
  }
  return 0;
}
