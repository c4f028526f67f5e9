#pragma once
// Which indicator a planner's column header means, matched as district names are: ignoring
// diacritics, case and spacing, with abbreviations spelt out (NSNN = ngân sách nhà nước), a
// unit in a closing parenthesis ("(%)") checked against the indicator's, and a period in the
// header ("quý II/2021", "Q2 2021", "2021-Q2") taken as the column's period.
// A match is confident only when the words name one indicator (its whole name, or the start
// of exactly one name, at least two words long) and the unit does not contradict it; anything
// less is a proposal, listed with candidates and never used without the user's word.
// The user's word: "COLUMN=indicator_id", "COLUMN=ignore" or
// "COLUMN=new:id:unit:polarity[:name_vi[:name_en]]" (--map), or a mapping file of the same
// (CSV: column,indicator[,unit,polarity,name,name_en]); the window's mapping step writes one.
#include <optional>
#include <string>
#include <vector>

#include "core/data/indicator.h"
#include "core/text/lang.h"

namespace hgm {

struct HeaderParts {
  std::vector<std::string> words;       // the whole header, period removed (indicator_words)
  std::vector<std::string> bare_words;  // without the closing parenthesis, period removed
  std::vector<std::string> unit_words;  // inside the closing parenthesis; empty: none
  std::string unit;                     // as written: "%"
  std::string period;                   // "2021-Q2"; empty: the header names none
};

HeaderParts split_header(const std::string& header);

struct ColumnMatch {
  enum class Status { confident, uncertain, none };
  Status status = Status::none;
  const Indicator* indicator = nullptr;      // when confident
  std::vector<const Indicator*> candidates;  // when uncertain: best first, at most three
  std::string period;                        // from the header; empty: none
  bool unit_differs = false;                 // a name matched but the header's unit is not the indicator's
  bool whole_name = false;                   // confident on the indicator's id or whole name (nothing guessed)
};

ColumnMatch match_column(const std::string& header, const std::vector<Indicator>& indicators);

// The word a mapping uses to leave a column out ("COLUMN=ignore").
inline constexpr const char* kIgnoreColumn = "ignore";
// The same for many headers (a table of 10,000 columns): the indicators' names are split into
// words once. Holds on to `indicators`, which must not change while it is used.
class ColumnMatcher {
 public:
  explicit ColumnMatcher(const std::vector<Indicator>& indicators);
  ColumnMatch match(const std::string& header) const;
  // Whether it was made for this list as it is now (same place, same length).
  bool made_for(const std::vector<Indicator>& indicators) const {
    return &indicators == indicators_ && indicators.data() == first_ && indicators.size() == names_.size();
  }

  // An indicator's name as words, whole and without its closing parenthesis.
  struct NameWords {
    std::vector<std::string> whole, bare, english, id;
  };

 private:
  const std::vector<Indicator>* indicators_;
  const Indicator* first_;
  std::vector<NameWords> names_;
};

struct ColumnMapping {
  std::string column;                      // the header as written
  std::string indicator;                   // an indicator id; empty when ignored
  std::optional<Indicator> new_indicator;  // a column made into a new indicator
  bool ignored = false;                    // the column is not an indicator: not read, not asked about
};

// "Thu NSNN quý II/2021 (%)=budget_revenue_attainment", "Ghi chú=ignore" or
// "Tỷ lệ hộ nghèo (%)=new:poor_households:%:lower_is_better:Tỷ lệ hộ nghèo:Poor households".
// The names are optional: without them both languages show the header; with one only, both
// show it. The column is what comes before the first '='. Throws UsageError saying what is
// expected.
ColumnMapping parse_column_mapping(const std::string& text, Lang lang);

// A mapping file's CSV text: a header "column,indicator" (and optionally unit, polarity,
// name (or name_vi), name_en, which make the indicator new). Throws DataError naming the
// file and line.
std::vector<ColumnMapping> parse_mapping_csv(const std::string& text, const std::string& source, Lang lang);

// The mapping file's text for `mappings` (what parse_mapping_csv reads back the same).
std::string mapping_csv(const std::vector<ColumnMapping>& mappings);

// An id for a new indicator from its name ("Tỷ lệ hộ nghèo" -> "ty_le_ho_ngheo"), not among
// `taken` (a number is added then); "new_indicator" when the name has no letter or digit.
std::string id_from_name(const std::string& name, const std::vector<std::string>& taken);

// A new indicator as the mapping step or --map makes it; throws UsageError (messages begin
// with `where`) for an id that is not lower-case ASCII, digits and '_', or an unknown polarity.
Indicator make_new_indicator(const std::string& column, const std::string& id, const std::string& unit,
                             const std::string& polarity, const std::string& name_vi, const std::string& name_en,
                             const std::string& where, Lang lang);

// Whether a mapping names this header: as written, or ignoring case, marks and spacing.
bool mapping_names(const ColumnMapping& mapping, const std::string& header);

}  // namespace hgm
