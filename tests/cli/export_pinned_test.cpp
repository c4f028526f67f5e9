// `hagiang-map export --pin CODE`: a pinned district is outlined on the exported map (a
// dark line in a white casing), and only a pinned one; the legend says what it means.
#include <gtest/gtest.h>

#include "run_process.h"
#include "temp_dir.h"

namespace hgm {
namespace {

using test::run_process;
using test::slurp;

constexpr const char* kOutline = "stroke=\"#141414\"";  // layout::kPinnedOutline

// The length of the element drawing pinned outlines (lines of one colour share a path); 0 without one.
std::size_t outline_length(const std::string& svg) {
  const auto at = svg.find(kOutline);
  if (at == std::string::npos) return 0;
  const auto start = svg.rfind('<', at);
  return svg.find("/>", at) - start;
}

TEST(ExportPinned, APinnedDistrictIsOutlinedOnTheMap) {
  const test::TempDir dir("hgm-pinned-");
  ASSERT_EQ(run_process(HGM_CLI_BINARY, {"export", "--out", dir / "plain.svg"}).exit_code, 0);
  auto r = run_process(HGM_CLI_BINARY, {"export", "--pin", "033", "--out", dir / "one.svg"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = run_process(HGM_CLI_BINARY, {"export", "--pin", "033", "--pin", "027", "--out", dir / "two.svg"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::size_t plain = outline_length(slurp(dir / "plain.svg"));
  const std::size_t one = outline_length(slurp(dir / "one.svg"));
  const std::size_t two = outline_length(slurp(dir / "two.svg"));
  EXPECT_EQ(plain, 0u);
  EXPECT_GT(one, 0u);
  EXPECT_GT(two, one) << "Mèo Vạc adds its own outline";
  // The legend says what the outline means, only when there is one.
  EXPECT_EQ(slurp(dir / "plain.svg").find("Viền đen đậm: huyện đã ghim"), std::string::npos);
  EXPECT_NE(slurp(dir / "one.svg").find("Viền đen đậm: huyện đã ghim"), std::string::npos);
}

}  // namespace
}  // namespace hgm
