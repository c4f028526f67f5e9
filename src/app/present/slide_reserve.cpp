#include "app/present/slide_reserve.h"

#include "app/present/slides.h"
#include "core/errors.h"
#include "core/spec/make_scene.h"

namespace hgm::app {

LayoutReserve slides_reserve(const MapState& state, const std::vector<MapSpec>& slides, PixelSize size,
                             const TextMeasurer& measurer, const LayoutOptions& layout) {
  LayoutReserve reserve;
  for (const MapSpec& slide : slides) {
    try {
      const MapPicture picture = make_picture(state.inputs(), state.table(), as_presented(slide, state.selection()));
      reserve = largest(reserve, reserve_for(picture.scene, size.width, size.height, measurer, layout));
    } catch (const UsageError&) {
      continue;
    }
  }
  return reserve;
}

const LayoutReserve& SlideReserve::get(const MapState& state, const std::vector<MapSpec>& slides, PixelSize size,
                                       const TextMeasurer& measurer, const LayoutOptions& layout) {
  const Lang lang = state.selection().lang;
  if (!valid_ || size_ != size || lang_ != lang || !(layout_ == layout) || tables_ != state.table_loads().size() ||
      slides_ != slides) {
    reserve_ = slides_reserve(state, slides, size, measurer, layout);
    slides_ = slides;
    size_ = size;
    lang_ = lang;
    layout_ = layout;
    tables_ = state.table_loads().size();
    valid_ = true;
  }
  return reserve_;
}

}  // namespace hgm::app
