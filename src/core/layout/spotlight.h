#pragma once
// A presenter's spotlight on one district (drawn by layout_frame when a SeriesPlace asks):
// the others dimmed, its outline heavy, its name and figure in large type beside it.
#include <string>

namespace hgm {

struct Spotlight {
  std::string code;    // GSO code of the district
  std::string name;    // "Huyện Xín Mần"
  std::string figure;  // as the report states it: "47,4%", "dưới 51%", "không có số liệu"
  friend bool operator==(const Spotlight&, const Spotlight&) = default;
};

}  // namespace hgm
