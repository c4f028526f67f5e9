#pragma once
// The label boxes of `inspect --json` ("label_boxes_px": each name's text and halo, in
// pixels), read once, for the tests that sample a district's fill away from its name.
#include <algorithm>
#include <nlohmann/json.hpp>
#include <vector>

namespace hgm::test {

class LabelBoxes {
 public:
  // Each box `margin` pixels wider on every side than inspect's (the halo's soft edge).
  LabelBoxes(const nlohmann::json& label_boxes_px, double margin) {
    for (const auto& label : label_boxes_px) {
      const auto& b = label["box"];
      boxes_.push_back({b[0].get<double>() - margin, b[1].get<double>() - margin, b[2].get<double>() + margin,
                        b[3].get<double>() + margin});
    }
  }

  // Whether the pixel (x, y) is under any label.
  bool cover(double x, double y) const {
    return std::any_of(boxes_.begin(), boxes_.end(),
                       [&](const Box& b) { return x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1; });
  }

 private:
  struct Box {
    double x0, y0, x1, y1;
  };
  std::vector<Box> boxes_;
};

}  // namespace hgm::test
