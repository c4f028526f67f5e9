#include "core/story/story_export_plan.h"

#include <algorithm>

namespace hgm {

namespace {

// What the file is named after: the indicator, or the view when it shows many.
std::string subject(const MapSpec& spec) {
  switch (spec.view) {
    case ViewKind::map:
    case ViewKind::rank:
    case ViewKind::change: return spec.indicator;
    case ViewKind::overview:
    case ViewKind::profile:
    case ViewKind::multiples: return view_kind_id(spec.view);
  }
  return spec.indicator;
}

std::string two_digits(std::size_t n) { return (n < 10 ? "0" : "") + std::to_string(n); }

}  // namespace

BatchPlan plan_story_export(const Story& story, const StoryExportOptions& options) {
  BatchPlan plan;
  for (std::size_t i = 0; i < story.slides.size(); ++i) {
    const StorySlide& slide = story.slides[i];
    MapSpec spec = slide.spec;
    if (options.lang) spec.lang = *options.lang;
    if (options.size) spec.size = *options.size;
    const bool highlighted = std::find(spec.highlighted.begin(), spec.highlighted.end(), slide.spotlight) !=
                             spec.highlighted.end();
    if (!slide.spotlight.empty() && !highlighted && spec.highlighted.size() < kMaxMarkedDistricts)
      spec.highlighted.push_back(slide.spotlight);
    std::string name = two_digits(i + 1) + "_" +
                       batch_file_name(kDefaultNamePattern, subject(spec), spec.period, spec.lang, options.extension);
    plan.items.push_back({std::move(spec), std::move(name)});
  }
  return plan;
}

}  // namespace hgm
