#pragma once
// A story written out as files: one per slide, numbered in the story's order
// ("01_budget_revenue_attainment_2021-Q1.png", "02_overview_2021-Q1.png" …), or the pages
// of one PDF. The same BatchPlan a batch export writes, so progress, failures and the
// summary work the same.
#include <optional>
#include <string>

#include "core/spec/batch_plan.h"
#include "core/story/story.h"

namespace hgm {

struct StoryExportOptions {
  std::string extension = "png";
  std::optional<Lang> lang;          // given: every slide in it; else each slide's own
  std::optional<OutputSize> size;    // given: every slide at it; else each slide's own
};

// Slides keep their whole spec; a slide's spotlit district is highlighted on paper (there
// is no pointer to spotlight with), when the slide has room for one more highlight.
BatchPlan plan_story_export(const Story& story, const StoryExportOptions& options);

}  // namespace hgm
