#include <gtest/gtest.h>

#include "core/text/i18n.h"

namespace hgm {
namespace {

TEST(I18nFill, FillsEveryPlaceholderAndLeavesUnknownOnesAlone) {
  EXPECT_EQ(fill("{n} huyện, {n} lần, {m}", {{"n", "3"}}), "3 huyện, 3 lần, {m}");
  EXPECT_EQ(fill("{{n}} {", {{"n", "3"}}), "{3} {");
}

// A value holding another placeholder's name (a file called "a{ext}.jpg") is put in as
// given, whatever the order of the values.
TEST(I18nFill, ValuesAreNotFilledInTurn) {
  EXPECT_EQ(fill("{path} / {ext}", {{"path", "a{ext}.jpg"}, {"ext", "jpg"}}), "a{ext}.jpg / jpg");
  EXPECT_EQ(fill("{path} / {ext}", {{"ext", "x{path}"}, {"path", "p"}}), "p / x{path}");
}

TEST(I18nFill, ExportFileNamesAreSaidInBothLanguages) {
  EXPECT_EQ(tr(Lang::en, Msg::export_unknown_format, {{"path", "out/a{ext}.jpg"}, {"ext", "jpg"}}),
            "cannot write a map to 'out/a{ext}.jpg': cannot write format '.jpg'; the supported extensions are .png, "
            ".svg and .pdf");
  EXPECT_EQ(tr(Lang::vi, Msg::export_no_extension, {{"path", "bản đồ"}}),
            "không ghi được bản đồ ra 'bản đồ': thiếu phần mở rộng; chỉ hỗ trợ .png, .svg và .pdf");
}

}  // namespace
}  // namespace hgm
