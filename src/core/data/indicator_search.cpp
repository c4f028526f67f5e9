#include "core/data/indicator_search.h"

#include "core/data/indicator_words.h"
#include "core/text/text_fold.h"

namespace hgm {

bool indicator_found(const Indicator& ind, Lang lang, const std::string& query) {
  const std::string folded = fold_for_matching(query);
  if (folded.empty()) return true;
  const std::string& name = pick(lang, ind.name_vi, ind.name_en);
  // As typed: a part of a word ("ngân s") or of the id ("budget_rev").
  if (fold_for_matching(name).find(folded) != std::string::npos ||
      fold_for_matching(ind.id).find(folded) != std::string::npos)
    return true;
  // As words, abbreviations spelt out on both sides.
  const std::string key = indicator_key(query);
  return !key.empty() && (indicator_key(name).find(key) != std::string::npos ||
                          indicator_key(ind.id).find(key) != std::string::npos);
}

std::vector<std::size_t> search_indicators(const std::vector<Indicator>& indicators, Lang lang,
                                           const std::string& query) {
  std::vector<std::size_t> shown;
  for (std::size_t i = 0; i < indicators.size(); ++i)
    if (indicator_found(indicators[i], lang, query)) shown.push_back(i);
  return shown;
}

}  // namespace hgm
