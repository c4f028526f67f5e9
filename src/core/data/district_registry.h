#pragma once
// The project's own list of Hà Giang's 11 district-level units (geodata/districts.csv),
// and matching of names and codes found in boundary files and tables against it.
#include <optional>
#include <string>
#include <string_view>
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

struct NameMatch {
  enum class Status { matched, unmatched, ambiguous };
  Status status = Status::unmatched;
  std::size_t index = 0;                // valid when matched
  std::vector<std::size_t> candidates;  // closest districts, best first
  enum class Why { none, empty, city_or_province, marks_differ, unknown_name } why = Why::none;
};

class DistrictRegistry {
 public:
  // Parses geodata/districts.csv text. Throws DataError naming the file and line.
  static DistrictRegistry from_csv(std::string_view text, const std::string& source_name);

  const std::vector<District>& districts() const { return districts_; }
  std::size_t size() const { return districts_.size(); }
  const District& at(std::size_t i) const { return districts_.at(i); }

  // "024", "24" and " 024 " all find Thành phố Hà Giang.
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
  std::vector<District> districts_;
  std::vector<NameKeys> keys_;
};

}  // namespace hgm
