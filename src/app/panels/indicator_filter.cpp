#include "app/panels/indicator_filter.h"

#include "core/data/indicator_search.h"

namespace hgm::app {

std::vector<std::size_t> filter_indicators(const std::vector<Indicator>& indicators, Lang lang,
                                           const std::string& query) {
  return search_indicators(indicators, lang, query);
}

}  // namespace hgm::app
