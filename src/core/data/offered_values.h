#pragma once
// The values a planner's table gives, gathered before any is loaded: when one district's
// value for an indicator and period appears twice (two rows, or two columns for one
// indicator) and the two disagree, both are refused and listed — never decided by which
// came last.
#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/data/indicator.h"

namespace hgm {

struct OfferedValue {
  std::string where;   // "bang.csv:3"
  std::string column;  // the cell's header
  std::string text;    // the cell as read
  StatedValue value;
};

class OfferedValues {
 public:
  struct Entry {
    std::string indicator, period;
    std::size_t district = 0;  // registry index
    std::vector<OfferedValue> offers;  // in table order
  };

  void offer(const std::string& indicator, const std::string& period, std::size_t district, OfferedValue value);
  // In the order each (indicator, period, district) was first offered.
  const std::vector<Entry>& entries() const { return entries_; }
  // The entries, handed over once the table is read (this is left empty).
  std::vector<Entry> take();

 private:
  std::unordered_map<std::string, std::size_t> index_;
  std::vector<Entry> entries_;
};

// Whether two values state the same thing (kind, figures, bounds, labels), whatever their
// wording: "47,4" and "47.4" agree, "47,4" and "3,3" do not.
bool same_statement(const StatedValue& a, const StatedValue& b);

}  // namespace hgm
