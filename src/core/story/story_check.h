#pragma once
// What would go wrong when a story is presented or exported, found before the meeting:
// every slide is checked (not only up to the first mistake), each problem naming the slide,
// the field as a path in the story file and what is allowed.
#include <string>
#include <vector>

#include "core/data/district_registry.h"
#include "core/data/indicator.h"
#include "core/story/story.h"

namespace hgm {

struct StoryProblem {
  std::size_t slide = 0;  // 1-based, as a presenter counts them
  std::string key;        // "slides[2].spec.map.indicator"
  std::string message;    // in the language asked for
};

// Checks each slide: the names its spec uses (validate_spec), a period without any district
// figure for the indicator(s) it shows, a change slide without a second period (or with the
// same one twice), manual breaks that classify would refuse (none, too many, not rising) or
// that leave every figure in one class, a multiples slide without 2 to 4 panels, and a
// spotlight that names no district. An empty story is a problem of its own (slide 0).
std::vector<StoryProblem> check_story(const Story& story, const DistrictRegistry& registry,
                                      const IndicatorTable& table, Lang lang);

// "slide 3 (slides[2].spec.map.indicator): …" / "trang 3 (…): …".
std::string story_problem_text(const StoryProblem& problem, Lang lang);
// "FILE: 2 chỗ cần sửa:" and each problem on its own indented line.
std::string story_problems_text(const std::string& source, const std::vector<StoryProblem>& problems, Lang lang);

}  // namespace hgm
