#include <gtest/gtest.h>

#include <sstream>
#include <stdexcept>

#include "core/data/csv.h"
#include "core/errors.h"
#include "core/text/number_format.h"
#include "core/text/text_fold.h"

namespace hgm {
namespace {

TEST(TextFold, RemovesVietnameseMarksAndCase) {
  EXPECT_EQ(fold_for_matching("Đồng Văn"), "dong van");
  EXPECT_EQ(fold_for_matching("HOÀNG SU PHÌ"), "hoang su phi");
  EXPECT_EQ(fold_for_matching("Quản Bạ"), "quan ba");
  EXPECT_EQ(fold_for_matching("ƯỚC ĐẠT  Ở"), "uoc dat o");
  EXPECT_EQ(fold_for_matching("Mu\xCC\x9Bo\xCC\x9B\xCC\x80i"), "muoi");  // NFD "Mười"
  EXPECT_EQ(fold_for_matching("  a\t b "), "a b");
}

TEST(TextFold, InvalidUtf8DoesNotCrash) {
  std::u32string out;
  EXPECT_FALSE(decode_utf8("ab\xC3", out));
  EXPECT_FALSE(decode_utf8("\xFF\xFE", out));
  EXPECT_EQ(fold_for_matching("X\xFFY"), "x\xEF\xBF\xBDy");
}

TEST(TextFold, LowerKeepsMarks) {
  EXPECT_EQ(lower_keep_marks("Quảng BÌNH"), lower_keep_marks("quảng bình"));
  EXPECT_NE(lower_keep_marks("Quảng Bình"), lower_keep_marks("Quang Bình"));
  EXPECT_EQ(lower_keep_marks("Ậ"), lower_keep_marks("A\xCC\xA3\xCC\x82"));  // NFD, canonical order
  EXPECT_EQ(lower_keep_marks("ĐỒNG Văn"), lower_keep_marks("đồng văn"));
}

TEST(NumberFormat, VietnameseAndEnglish) {
  EXPECT_EQ(format_number(19559.8, 1, Lang::vi), "19.559,8");
  EXPECT_EQ(format_number(19559.8, 1, Lang::en), "19,559.8");
  EXPECT_EQ(format_number(15.8, 2, Lang::vi), "15,8");
  EXPECT_EQ(format_number(15.8, 2, Lang::vi, false), "15,80");
  EXPECT_EQ(format_number(4094, 0, Lang::vi), "4.094");
  EXPECT_EQ(format_number(1234567, 0, Lang::en), "1,234,567");
  EXPECT_EQ(format_number(-2.5, 1, Lang::vi), "−2,5");
  EXPECT_EQ(format_number(0, 1, Lang::vi), "0");
}

TEST(NumberFormat, DecimalsNeededAndUnits) {
  EXPECT_EQ(decimals_needed(47), 0);
  EXPECT_EQ(decimals_needed(47.4), 1);
  EXPECT_EQ(decimals_needed(24.73), 2);
  EXPECT_EQ(decimals_needed(1.0 / 3), 2);  // capped
  EXPECT_EQ(with_unit("47,4", "%"), "47,4%");
  EXPECT_EQ(with_unit("60", "hộ"), "60 hộ");
  EXPECT_EQ(with_unit("60", ""), "60");
}

TEST(Csv, QuotesCommentsBomAndLines) {
  const auto rows = parse_csv("\xEF\xBB\xBF# note\na,b\n\"x, y\",\"say \"\"hi\"\"\"\n\nlast,\n", "t.csv");
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].fields, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(rows[0].line, 2);
  EXPECT_EQ(rows[1].fields, (std::vector<std::string>{"x, y", "say \"hi\""}));
  EXPECT_EQ(rows[2].line, 5);
  EXPECT_EQ(rows[2].fields, (std::vector<std::string>{"last", ""}));
}

TEST(Csv, UnterminatedQuoteNamesFileAndLine) {
  try {
    parse_csv("a,b\n1,\"oops\n", "bad.csv");
    FAIL();
  } catch (const DataError& e) {
    EXPECT_NE(std::string(e.what()).find("bad.csv:2"), std::string::npos) << e.what();
  }
}

}  // namespace
TEST(ExitCodes, TypedErrorsGetTheirCodeAndOthersAreReportedAsUnexpected) {
  std::ostringstream err;
  EXPECT_EQ(run_with_exit_codes("prog", Lang::vi, err, []() -> int { throw DataError("vi: hỏng", "en: broken"); }),
            kExitData);
  EXPECT_EQ(err.str(), "prog: vi: hỏng\n");
  err.str("");
  EXPECT_EQ(run_with_exit_codes("prog", Lang::vi, err, []() -> int { throw std::logic_error("boom"); }),
            kExitUnexpected);
  EXPECT_EQ(err.str(), "prog: lỗi không lường trước (xin báo lại cho nhóm phát triển): boom\n");
  err.str("");
  EXPECT_EQ(run_with_exit_codes("prog", Lang::en, err, []() -> int { throw std::logic_error("boom"); }),
            kExitUnexpected);
  EXPECT_EQ(err.str(), "prog: unexpected error (please report it): boom\n");
}

}  // namespace hgm
