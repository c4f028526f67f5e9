#pragma once
// Joining a planner's table to the districts and indicators, without guessing.
// Two layouts are understood:
//  - wide: one row per district, one column per indicator (header = indicator id or name);
//  - long: columns for indicator, district and value (and optionally period, section, quote).
// Districts are matched by GSO code or by name (DistrictRegistry::match_name); rows that
// match nothing, or more than one thing, are listed with file:line and candidates.
// Conflicts are never settled silently: two different values for one district, indicator and
// period within the table (two rows, two columns for one indicator), or a code column and a
// name column naming different districts, leave that cell unloaded and are listed with both
// values; a figure that differs from one already loaded (the report's) replaces it, is listed
// with both values, and its provenance keeps what it replaced for the map's source line.
#include <array>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/data/column_match.h"
#include "core/data/district_registry.h"
#include "core/data/indicator.h"
#include "core/text/lang.h"
#include "core/data/stated_value_parser.h"

namespace hgm {

struct RawTable {
  std::string source;             // file name, for messages
  std::vector<std::string> headers;
  struct Row {
    int line = 0;  // line (CSV) or spreadsheet row number
    std::vector<std::string> cells;  // by column; any past the headers: a record that had more (listed, not read)
    // By cell, or empty when no cell is flagged (a CSV's rows): one byte a cell, as a
    // std::vector<bool> takes 40 bytes even empty, for each of a million rows.
    std::vector<std::uint8_t> numeric;  // the cell was a number in the spreadsheet (not text)
    std::vector<std::uint8_t> boolean;  // the cell was TRUE/FALSE in the spreadsheet (cells hold "1"/"0")
  };
  std::vector<Row> rows;
  // A workbook's sheets: the one read, and all of them (empty for a CSV or a single sheet).
  std::string sheet;
  std::vector<std::string> sheets;
  bool sheet_chosen = false;  // picked as the first sheet with a district column (no --sheet)
  // A CSV split on commas, where an unquoted decimal comma splits a number into two cells.
  bool comma_separated = false;
};

struct ImportOptions {
  std::string period;  // used when the table has no period column
  Lang lang = Lang::vi;  // of the reasons and decisions in the report
  // Declared number conventions per column header; others are detected.
  std::map<std::string, NumberConvention> conventions;
  // How many issues of each kind the report keeps (0: all). Every one is still counted; the
  // window keeps a few hundred so a table of a million unmatched rows stays small.
  std::size_t issues_kept = 0;
  // The user's word on which column is which indicator (--map, a mapping file): used before
  // any matching by name. A mapping to a new indicator adds it to the table.
  std::vector<ColumnMapping> mappings;
  // Who is asked about uncertain columns: the messages name --map for the command line and
  // the mapping step for the window (a window user is never told of an option).
  enum class Asker { command_line, window };
  Asker asker = Asker::command_line;
};

// A column the import could not take on its own: what the user is asked about (the window's
// mapping step). Filled for wide tables only (a long table's indicators are cells).
struct ColumnQuestion {
  std::string header;                  // as written
  bool proposed = false;               // some indicators came close (else none did)
  std::vector<std::string> candidates; // indicator ids, best first
  bool unit_differs = false;           // the first candidate's name matched, its unit did not
  std::string unit;                    // the header's unit ("%"); empty: none
  std::string period;                  // from the header; empty: none
  std::vector<std::string> samples;    // the first few non-empty cells
};

struct ImportIssue {
  enum class Kind {
    unmatched_district,
    ambiguous_district,
    bad_value,
    unknown_indicator,
    bad_period,
    bad_column,
    conflict,  // the table gives two different values for one cell of the map; neither is loaded
    replaces,  // the table's figure differs from one already loaded (the report's) and replaces it
  };
  Kind kind = Kind::bad_value;
  std::string where;   // "file.csv:12"
  std::string text;    // the cell or name at fault
  std::string reason;  // what is wrong and what to do
  std::vector<std::string> candidates;  // closest district names, best first
};

inline constexpr std::size_t kIssueKinds = 8;

// A report's issues, in order. A table of a million unmatched rows gives a million issues
// that differ in their line and cell only: each reason, list of closest names and file name is
// kept once, the cells in one buffer, and an issue is put together when it is read (by value).
class IssueList {
 public:
  class const_iterator {
   public:
    using iterator_category = std::random_access_iterator_tag;
    using value_type = ImportIssue;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = ImportIssue;
    const_iterator() = default;
    const_iterator(const IssueList* list, std::size_t at) : list_(list), at_(at) {}
    ImportIssue operator*() const { return (*list_)[at_]; }
    ImportIssue operator[](difference_type n) const { return (*list_)[at_ + static_cast<std::size_t>(n)]; }
    const_iterator& operator++() { ++at_; return *this; }
    const_iterator operator++(int) { auto old = *this; ++at_; return old; }
    const_iterator& operator--() { --at_; return *this; }
    const_iterator operator--(int) { auto old = *this; --at_; return old; }
    const_iterator& operator+=(difference_type n) { at_ += static_cast<std::size_t>(n); return *this; }
    const_iterator& operator-=(difference_type n) { at_ -= static_cast<std::size_t>(n); return *this; }
    friend const_iterator operator+(const_iterator i, difference_type n) { return i += n; }
    friend const_iterator operator+(difference_type n, const_iterator i) { return i += n; }
    friend const_iterator operator-(const_iterator i, difference_type n) { return i -= n; }
    friend difference_type operator-(const const_iterator& a, const const_iterator& b) {
      return static_cast<difference_type>(a.at_) - static_cast<difference_type>(b.at_);
    }
    friend auto operator<=>(const const_iterator& a, const const_iterator& b) { return a.at_ <=> b.at_; }
    friend bool operator==(const const_iterator& a, const const_iterator& b) { return a.at_ == b.at_; }

   private:
    const IssueList* list_ = nullptr;
    std::size_t at_ = 0;
  };

  void push_back(const ImportIssue& issue);
  std::size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }
  ImportIssue operator[](std::size_t i) const;
  ImportIssue front() const { return (*this)[0]; }
  ImportIssue back() const { return (*this)[size() - 1]; }
  const_iterator begin() const { return {this, 0}; }
  const_iterator end() const { return {this, size()}; }
  // In order of the line each names ("file.csv:12" -> 12), keeping the order within a line.
  void sort_by_line();

 private:
  struct Entry {
    std::size_t text_at = 0;      // in texts_
    std::uint32_t text_size = 0;
    std::uint32_t where = 0;      // in strings_: the whole of it, or "file.csv:" before `line`
    std::uint32_t reason = 0;     // in strings_
    std::uint32_t candidates = 0; // in candidate_lists_
    int line = 0;                 // the number after the last ':' (0 if none)
    std::uint8_t kind = 0;        // an ImportIssue::Kind
    bool where_has_line = false;  // where = strings_[where] + line
  };
  std::uint32_t keep(const std::string& s);
  std::uint32_t keep_candidates(const std::vector<std::string>& names);
  std::uint32_t last_reason_ = 0, last_candidates_ = 0;  // the last issue's: most repeat them
  std::vector<Entry> entries_;
  std::string texts_;
  std::vector<std::string> strings_;
  std::unordered_map<std::string, std::uint32_t> string_ids_;
  std::vector<std::vector<std::string>> candidate_lists_;
  std::map<std::vector<std::string>, std::uint32_t> candidate_list_ids_;
};

// What a load added for one indicator and period: district values, and the province figure.
struct AddedValues {
  std::string indicator;
  std::string period;
  int districts = 0;
  std::optional<double> province;
  std::string province_stated;  // as the table wrote it
};

struct ImportReport {
  std::string source;
  std::vector<AddedValues> added;       // in order of appearance
  int rows_read = 0;
  int rows_matched = 0;
  int values = 0;                       // district values added to the table
  std::vector<std::string> decisions;   // e.g. column conventions, layout, ignored columns
  std::string given_period;             // values went to ImportOptions::period, the table stating none
  std::vector<ColumnQuestion> questions; // columns waiting for the user's word, in column order
  IssueList issues;                     // in line order: all, or the first ImportOptions::issues_kept of each kind
  std::array<int, kIssueKinds> counts{};  // every issue found, by kind (kept or not)

  int count(ImportIssue::Kind kind) const { return counts[static_cast<std::size_t>(kind)]; }
  int total_issues() const;
  // A load that added nothing is never a success, however clean its rows.
  bool added_anything() const { return !added.empty(); }
  bool ok() const { return total_issues() == 0 && added_anything(); }
  bool all_kept() const { return static_cast<std::size_t>(total_issues()) == issues.size(); }
};

// Adds what it can to `into`; everything it could not take is in the report.
ImportReport import_table(const RawTable& table, const DistrictRegistry& registry, IndicatorTable& into,
                          const ImportOptions& options);

// Whether a cell names the whole province ("Toàn tỉnh", "Tỉnh Hà Giang", "Cộng", "Tổng"):
// such a row gives the province figure, not a district's.
bool is_province_row_name(const std::string& cell);

// Whether a column header names districts ("Huyện", "Mã huyện", "District"): how the sheet
// with the figures is told from a cover sheet.
bool is_district_header(const std::string& header);

// "2021-Q1", "Q1/2021", "Quý I/2021", "quy 1 2021" -> "2021-Q1".
std::optional<std::string> parse_period(const std::string& text);

const char* issue_kind_id(ImportIssue::Kind kind);

}  // namespace hgm
