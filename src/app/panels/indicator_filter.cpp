#include "app/panels/indicator_filter.h"

#include "core/text/text_fold.h"

namespace hgm::app {

std::vector<std::size_t> filter_indicators(const std::vector<Indicator>& indicators, Lang lang,
                                           const std::string& query) {
  const std::string key = fold_for_matching(query);
  std::vector<std::size_t> shown;
  for (std::size_t i = 0; i < indicators.size(); ++i) {
    const Indicator& ind = indicators[i];
    const std::string& name = pick(lang, ind.name_vi, ind.name_en);
    if (key.empty() || fold_for_matching(name).find(key) != std::string::npos ||
        fold_for_matching(ind.id).find(key) != std::string::npos)
      shown.push_back(i);
  }
  return shown;
}

}  // namespace hgm::app
