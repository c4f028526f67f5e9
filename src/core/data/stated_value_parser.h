#pragma once
// Reading figures as planners and reports write them: Vietnamese numbers (`19.559,8`,
// `47,4%`, `4.094`), software numbers (`19559.8`), and phrases such as `trên 40%`,
// `dưới 51%`, `từ 30% đến dưới 40%`, `>40`, `<51`; empty cells and `-` are no data.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/data/indicator.h"
#include "core/text/text_fold.h"

namespace hgm {

// How a column writes numbers. A number such as `1.234` is 1234 in Vietnamese and 1.234
// in software notation: it is decided by the column, never per cell.
enum class NumberConvention {
  vietnamese,  // '.' groups thousands, ',' is the decimal mark
  decimal_point,  // '.' is the decimal mark, ',' (if any) groups thousands
};

struct ConventionDecision {
  NumberConvention convention = NumberConvention::vietnamese;
  bool detected = false;   // false: nothing in the column told, the default was taken
  bool conflicting = false;  // cells disagree: the column needs a declared convention
  // What told, for the user ("'47,4' has a decimal comma"): the cells that decided.
  std::string comma_example, point_example;
};

// The decision in words, in `lang`, for the import report: "{column}: '47,4' có dấu phẩy thập phân …".
std::string convention_reason(const ConventionDecision& d, const std::string& column, Lang lang);

// Looks at every cell of a column for unambiguous evidence ("47,4", "19559.8",
// "19.559,8"). Ambiguous cells ("1.234", "4.094") alone decide nothing.
ConventionDecision detect_convention(const std::vector<std::string>& cells);

struct NumberParse {
  std::optional<double> value;
  bool percent = false;
  std::string error;  // why it is not a number, for the user
};
NumberParse parse_number(std::string_view text, NumberConvention convention);

struct CellParse {
  bool ok = false;
  StatedValue value;  // kind, value/lower/upper, stated (the cell text, trimmed)
  std::string error;  // when !ok and not approximate: what is wrong and how to write it
  bool approximate = false;  // refused because it is an estimate ("khoảng 40%"); error stays empty
};
// One cell of a table: a number, a bound or interval phrase, a flag mark, or no data.
CellParse parse_stated_cell(std::string_view text, NumberConvention convention);


}  // namespace hgm
