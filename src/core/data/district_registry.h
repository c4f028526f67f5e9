#pragma once
// The project's own list of Hà Giang's 11 district-level units (geodata/districts.csv),
// and matching of names and codes found in boundary files and tables against it.
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace hgm {

struct District {
  std::string code;       // GSO code, "024"
  std::string name_vi;    // "Đồng Văn"; the city keeps its type: "Thành phố Hà Giang"
  std::string name_full;  // "Huyện Đồng Văn"
  std::string name_en;    // "Dong Van"
  std::string short_vi;   // map label, "TP. Hà Giang"
  std::string short_en;   // map label in English: place names keep their diacritics, "Hà Giang City"
  std::string type_vi;    // "Huyện" or "Thành phố": what a statement about "N huyện" can cover
};

// A unit of a polygon layer (--units) from its code and its name as the layer gives it:
// "Huyện Đồng Văn" has the type "Huyện" and the label "Đồng Văn"; "Quận 1" keeps its type
// in the label, which would be a bare number without it.
District unit_from_layer(std::string code, std::string name);

struct NameMatch {
  enum class Status { matched, unmatched, ambiguous };
  Status status = Status::unmatched;
  std::size_t index = 0;                // valid when matched
  std::vector<std::size_t> candidates;  // closest districts, best first
  // same_name: several units of the map bear the name (a national layer has many "Châu Thành").
  enum class Why { none, empty, city_or_province, marks_differ, unknown_name, same_name } why = Why::none;
};

class DistrictRegistry {
 public:
  // Parses geodata/districts.csv text. Throws DataError naming the file and line.
  static DistrictRegistry from_csv(std::string_view text, const std::string& source_name);
  // The units of a polygon layer (--units): each with a code and a name, codes unique.
  static DistrictRegistry from_units(std::vector<District> units);

  const std::vector<District>& districts() const { return districts_; }
  std::size_t size() const { return districts_.size(); }
  const District& at(std::size_t i) const { return districts_.at(i); }

  // "024", "24" and " 024 " all find Thành phố Hà Giang: codes of digits compare as numbers;
  // any other code (a layer's "VNM-ADM2-12") must be the same text.
  std::optional<std::size_t> find_code(std::string_view code) const;
  // By name regardless of case, spacing and type prefixes (Huyện, H., Thành phố, TP.).
  // Without diacritics ("Xin Man") the match ignores marks; with them the marks must
  // agree, so the province "Quảng Bình" never matches the district "Quang Bình".
  // A bare "Hà Giang" could be the city or the province and is reported as ambiguous.
  // In a layer of district-level units the province itself cannot appear, so there a
  // bare "Hà Giang" is the city (`district_level_only`).
  NameMatch match_name(std::string_view name, bool district_level_only = false) const;

 private:
  // Each district's name folded both ways and without its type prefix, made once by
  // from_csv: a table names a district on every row, and folding is the costly part.
  struct NameKeys {
    std::string marked;  // lower_keep_marks, prefix stripped
    std::string folded;  // fold_for_matching, prefix stripped
    bool is_city = false;  // "thanh pho ha giang": a bare "Hà Giang" may mean it
  };
  void add(District d);
  std::vector<District> districts_;
  std::vector<NameKeys> keys_;
  // A national layer has 708 units and a table names each on a row: found by key, not by scan.
  std::unordered_map<std::string, std::size_t> by_code_;                 // code_key(code)
  std::unordered_map<std::string, std::vector<std::size_t>> by_marked_;  // NameKeys::marked
  std::unordered_map<std::string, std::vector<std::size_t>> by_folded_;  // NameKeys::folded
};

}  // namespace hgm
