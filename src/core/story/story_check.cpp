#include "core/story/story_check.h"

#include <algorithm>
#include <cmath>

#include "core/errors.h"
#include "core/spec/validate_spec.h"
#include "core/text/i18n.h"
#include "core/text/number_format.h"
#include "core/text/text_join.h"
#include "core/thematic/classify.h"
#include "core/views/multiples_view.h"

namespace hgm {

namespace {

// Collects the problems of one slide; keys are paths in the story file.
class SlideCheck {
 public:
  SlideCheck(std::size_t index, const DistrictRegistry& registry, const IndicatorTable& table, Lang lang,
             std::vector<StoryProblem>& out)
      : index_(index), registry_(registry), table_(table), lang_(lang), out_(out) {}

  void run(const StorySlide& slide) {
    const MapSpec& spec = slide.spec;
    if (const auto problem = validate_spec(spec, registry_, table_, lang_)) {
      add("spec." + problem->key, problem->message);
      return;  // an unknown name makes the checks below meaningless
    }
    check_figures(spec);
    check_breaks(spec);
    if (!slide.spotlight.empty()) check_spotlight(slide.spotlight);
  }

 private:
  void add(const std::string& key, const std::string& message) {
    out_.push_back({index_ + 1, "slides[" + std::to_string(index_) + "]." + key, message});
  }

  void need_figures(const std::string& key, const std::string& indicator, const std::string& period) {
    if (table_.has_district_values(indicator, period)) return;
    std::vector<std::string> with;
    for (const std::string& p : table_.periods())
      if (table_.has_district_values(indicator, p)) with.push_back(p);
    add(key, tr(lang_, Msg::story_no_figures,
                {{"indicator", indicator}, {"period", period}, {"periods", with.empty() ? "—" : join(with)}}));
  }

  void check_figures(const MapSpec& spec) {
    switch (spec.view) {
      case ViewKind::map:
      case ViewKind::rank: need_figures("spec.map.period", spec.indicator, spec.period); break;
      case ViewKind::change:
        need_figures("spec.map.period", spec.indicator, spec.period);
        // The change map needs a second period other than the first (make_change_picture).
        if (spec.compared_period.empty())
          add("spec.map.compared_period", tr(lang_, Msg::change_needs_compared_period));
        else if (spec.compared_period == spec.period)
          add("spec.map.compared_period", tr(lang_, Msg::multiples_same_period, {{"period", spec.period}}));
        else
          need_figures("spec.map.compared_period", spec.indicator, spec.compared_period);
        break;
      case ViewKind::multiples:
        try {
          for (const MultiplesPanel& panel : multiples_panels(spec))
            need_figures(panel.period == spec.period ? "spec.map.indicators" : "spec.map.compared_period",
                         panel.indicator, panel.period);
        } catch (const UsageError& e) {
          add("spec.map.indicators", e.what());
        }
        break;
      case ViewKind::overview:
      case ViewKind::profile: break;  // every indicator; those without figures are left out
    }
  }

  void check_breaks(const MapSpec& spec) {
    if (spec.method != ClassMethod::manual) return;
    // What classify would refuse when the slide is drawn, in its words.
    if (const std::optional<std::string> problem = manual_breaks_problem(spec.breaks, lang_)) {
      add("spec.map.breaks", *problem);
      return;
    }
    if (spec.view != ViewKind::map) return;
    double lo = INFINITY, hi = -INFINITY;
    for (const District& d : registry_.districts())
      if (const StatedValue* v = table_.find(spec.indicator, spec.period, d.code))
        if ((v->kind == ValueKind::exact || v->kind == ValueKind::approximate) && std::isfinite(v->value)) {
          lo = std::min(lo, v->value);
          hi = std::max(hi, v->value);
        }
    if (!(lo < hi)) return;  // one figure or none: nothing to split
    const bool all_below = spec.breaks.back() <= lo, all_above = spec.breaks.front() > hi;
    if (all_below || all_above)
      add("spec.map.breaks", tr(lang_, Msg::story_breaks_outside,
                                {{"lo", format_number(lo, 2, lang_)}, {"hi", format_number(hi, 2, lang_)}}));
  }

  void check_spotlight(const std::string& code) {
    const auto index = registry_.find_code(code);
    if (index && registry_.at(*index).code == code) return;
    std::vector<std::string> known;
    for (const District& d : registry_.districts()) known.push_back(d.code + " (" + pick(lang_, d.name_vi, d.name_en) + ")");
    add("spotlight", tr(lang_, Msg::story_unknown_spotlight, {{"code", code}, {"known", join(known)}}));
  }

  std::size_t index_;
  const DistrictRegistry& registry_;
  const IndicatorTable& table_;
  Lang lang_;
  std::vector<StoryProblem>& out_;
};

}  // namespace

std::vector<StoryProblem> check_story(const Story& story, const DistrictRegistry& registry,
                                      const IndicatorTable& table, Lang lang) {
  std::vector<StoryProblem> problems;
  if (story.slides.empty()) problems.push_back({0, "slides", tr(lang, Msg::story_empty)});
  for (std::size_t i = 0; i < story.slides.size(); ++i)
    SlideCheck(i, registry, table, lang, problems).run(story.slides[i]);
  return problems;
}

std::string story_problem_text(const StoryProblem& problem, Lang lang) {
  if (problem.slide == 0) return problem.key + ": " + problem.message;
  return tr(lang, Msg::story_slide, {{"n", std::to_string(problem.slide)}}) + " (" + problem.key + "): " + problem.message;
}

std::string story_problems_text(const std::string& source, const std::vector<StoryProblem>& problems, Lang lang) {
  std::string text = tr(lang, Msg::story_problems, {{"source", source}, {"count", std::to_string(problems.size())}});
  for (const StoryProblem& p : problems) text += "\n  " + story_problem_text(p, lang);
  return text;
}

}  // namespace hgm
