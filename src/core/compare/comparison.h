#pragma once
// A district's figure against the province's, with the indicator's polarity, saying only
// what the words allow: "≤ 15,8%" against the province's 15,8% (higher is better) is
// "not better", never "worse".
#include <string>

#include "core/data/indicator.h"
#include "core/text/lang.h"

namespace hgm {

enum class Comparison {
  better,
  same,
  worse,
  not_better,   // a bound that cannot be above the province figure
  not_worse,    // a bound that cannot be below it
  cannot_tell,  // a range that straddles it, a flag, estimate or group fact, or an indicator without polarity
  no_reference, // the province has no figure for this indicator and period
  no_data,
};

// nullptr value: no data; nullptr reference: no province figure.
Comparison compare_with_reference(const StatedValue* value, const ProvinceReference* reference, Polarity polarity);

// "better", "not_better", … as the JSON output writes them.
const char* comparison_id(Comparison comparison);
// "không tốt hơn toàn tỉnh" / "not better than the province"; no data says "không có số liệu".
const char* comparison_label(Comparison comparison, Lang lang);

}  // namespace hgm
