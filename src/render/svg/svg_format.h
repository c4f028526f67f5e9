#pragma once
// The pieces SVG elements are written from: numbers rounded to 0.01 pixel, paints,
// path data and unique district ids. The same input always gives the same text.
#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "core/layout/frame.h"

namespace hgm::render::svg {

// A pixel value rounded to 0.01, without trailing zeros ("12.5", "-3", "0").
std::string num(double v);
// An alpha as an opacity rounded to 0.001 ("0.502").
std::string opacity(std::uint8_t alpha);
// ` name="value"`; the value must already be escaped.
std::string attr(const char* name, const std::string& value);
// fill="#rrggbb" and, below full alpha, fill-opacity; fill="none" when transparent.
std::string fill_paint(hgm::Color c);
std::string stroke_paint(hgm::Color c, double width);

// Path data for rings or polylines in pixels: "M x y L x y ... Z". Points equal after
// rounding are written once; pieces with fewer than two points are left out.
class PathData {
 public:
  void add(const std::vector<hgm::Vec2>& points, bool close);
  // Every ring of `shape` (outer rings and holes), through `transform`, closed.
  void add_shape(const hgm::MultiPolygon& shape, const hgm::MapTransform& transform);
  bool empty() const { return data_.empty(); }
  const std::string& str() const { return data_; }

 private:
  std::string data_;
};

// Feature ids: "district-<code>" with characters outside [A-Za-z0-9._-] replaced, unique.
class FeatureIds {
 public:
  std::string next(const std::string& code, std::size_t index);

 private:
  std::set<std::string> used_;
};

}  // namespace hgm::render::svg
