#include "app/present/slide_reserve.h"

#include "app/present/slides.h"
#include "core/errors.h"
#include "core/spec/make_scene.h"

namespace hgm::app {

namespace {

std::vector<MapSpec> shown_specs(const MapState& state, const std::vector<Slide>& slides) {
  std::vector<MapSpec> shown;
  shown.reserve(slides.size());
  for (const Slide& slide : slides) shown.push_back(shown_spec(slide, state));
  return shown;
}

LayoutReserve reserve_of(const MapState& state, const std::vector<MapSpec>& shown, PixelSize size,
                         const TextMeasurer& measurer, const LayoutOptions& layout) {
  LayoutReserve reserve;
  for (MapSpec spec : shown) {
    spec.view = ViewKind::map;  // the room is the map's, whichever view is on screen (as MapState builds it)
    try {
      const MapPicture picture = make_picture(state.inputs(), state.table(), spec);
      reserve = largest(reserve, reserve_for(picture.scene, size.width, size.height, measurer, layout));
    } catch (const UsageError&) {
      continue;
    }
  }
  return reserve;
}

}  // namespace

LayoutReserve slides_reserve(const MapState& state, const std::vector<Slide>& slides, PixelSize size,
                             const TextMeasurer& measurer, const LayoutOptions& layout) {
  return reserve_of(state, shown_specs(state, slides), size, measurer, layout);
}

const LayoutReserve& SlideReserve::get(const MapState& state, const std::vector<Slide>& slides, PixelSize size,
                                       const TextMeasurer& measurer, const LayoutOptions& layout) {
  std::vector<MapSpec> shown = shown_specs(state, slides);
  if (!valid_ || size_ != size || !(layout_ == layout) || tables_ != state.table_loads().size() || shown_ != shown) {
    reserve_ = reserve_of(state, shown, size, measurer, layout);
    shown_ = std::move(shown);
    size_ = size;
    layout_ = layout;
    tables_ = state.table_loads().size();
    valid_ = true;
  }
  return reserve_;
}

}  // namespace hgm::app
