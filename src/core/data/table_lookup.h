#pragma once
// Looking up what a user named in the indicator table, with a message that lists what
// exists when it is not there.
#include <optional>
#include <string>

#include "core/data/indicator.h"
#include "core/text/lang.h"

namespace hgm {

// Why `id` names no indicator ("không có chỉ tiêu 'x'; các chỉ tiêu: …"), or nullopt when it does.
std::optional<std::string> unknown_indicator_message(const IndicatorTable& table, const std::string& id, Lang lang);
// Why `period` is not in the table (listing the known periods), or nullopt when it is.
std::optional<std::string> unknown_period_message(const IndicatorTable& table, const std::string& period, Lang lang);

// Throws UsageError ("không có chỉ tiêu 'x'; các chỉ tiêu: …") for an unknown id.
const Indicator& indicator_or_throw(const IndicatorTable& table, const std::string& id, Lang lang);
// Throws UsageError listing the known periods.
void require_period(const IndicatorTable& table, const std::string& period, Lang lang);

}  // namespace hgm
