#include "app/map_state.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "app/app_text.h"
#include "core/errors.h"
#include "core/spec/make_scene.h"

namespace hgm::app {

namespace {

// The limits between a map's classes, as manual breaks: every class's upper end but the
// last, rounded to hundredths (a standard-deviation break such as 24,7333 reads badly).
std::vector<double> inner_breaks(const Choropleth& map) {
  std::vector<double> breaks;
  const std::vector<double>& upper = map.classes.upper;
  for (std::size_t i = 0; i + 1 < upper.size(); ++i) {
    if (!std::isfinite(upper[i])) continue;
    const double rounded = std::round(upper[i] * 100) / 100;
    if (breaks.empty() || rounded > breaks.back()) breaks.push_back(rounded);
  }
  if (!breaks.empty()) return breaks;
  // One class: one break in the middle of the values, so there are two to start from.
  double lo = INFINITY, hi = -INFINITY;
  for (const DistrictShading& s : map.districts)
    if (s.value && s.value->is_exact()) {
      lo = std::min(lo, s.value->value);
      hi = std::max(hi, s.value->value);
    }
  if (std::isfinite(lo)) breaks.push_back(std::round((lo + hi) / 2 * 100) / 100);
  return breaks;
}

template <typename T>
std::size_t wrapped_step(const std::vector<T>& items, std::size_t at, int steps) {
  const long n = static_cast<long>(items.size());
  return static_cast<std::size_t>(((static_cast<long>(at) + steps) % n + n) % n);
}

}  // namespace

MapState::MapState(const io::MapInputs& inputs, MapSelection selection, const std::vector<std::string>& tables)
    : inputs_(inputs), table_(std::make_unique<IndicatorTable>(inputs.data.table)) {
  for (const std::string& path : tables) {
    TableLoad load = load_table_file(path, inputs_.data.registry, *table_, selection.period, selection.lang);
    if (!load.read()) throw DataError(load.error);
    loads_.push_back(std::move(load));
  }
  select(selection);
}

void MapState::select(const MapSelection& selection) {
  // Build it all before touching anything, so a failure leaves the current map in place.
  // The map is built for every view (a chart view is laid out from the spec when drawn).
  MapSpec map = selection;
  map.view = ViewKind::map;
  MapPicture picture = make_picture(inputs_, *table_, map);
  automatic_title_ = std::move(picture.automatic_title);
  automatic_subtitle_ = std::move(picture.automatic_subtitle);
  choropleth_ = std::move(picture.choropleth);
  scene_ = std::move(picture.scene);
  selection_ = selection;
  if (selection.method == ClassMethod::manual) manual_breaks_[selection.indicator] = selection.breaks;
  titles_[selection.indicator] = {selection.title, selection.subtitle};
  ++revision_;
}

void MapState::edit_selection(const std::function<void(MapSelection&)>& edit) {
  MapSelection next = selection_;
  edit(next);
  if (next == selection_) return;
  select(next);
}

void MapState::select_indicator(const std::string& id) {
  const MapSpec next = with_indicator(id);
  if (next != selection_) select(next);
}

MapSpec MapState::with_indicator(const std::string& id) const {
  MapSpec next = selection_;
  if (next.indicator == id) return next;
  next.indicator = id;
  // Breaks are in the indicator's unit and titles name it: another indicator has its own.
  if (next.method == ClassMethod::manual) {
    // Without exact figures there is nothing to classify and the breaks go unused; the
    // current ones keep the selection valid.
    if (std::vector<double> breaks = starting_breaks(next); !breaks.empty()) next.breaks = std::move(breaks);
  }
  const auto titles = titles_.find(id);
  next.title = titles == titles_.end() ? std::string() : titles->second.first;
  next.subtitle = titles == titles_.end() ? std::string() : titles->second.second;
  return next;
}

void MapState::select_period(const std::string& period) {
  // Manual breaks stay: the same limits make periods comparable.
  edit_selection([&](MapSelection& next) { next.period = period; });
}

void MapState::select_lang(Lang lang) {
  edit_selection([&](MapSelection& next) { next.lang = lang; });
}

void MapState::select_method(ClassMethod method) {
  edit_selection([&](MapSelection& next) {
    if (next.method == method) return;  // the same method keeps its breaks
    next.method = method;
    if (method == ClassMethod::manual) next.breaks = starting_breaks(next);
  });
}

void MapState::select_classes(int classes) {
  edit_selection([&](MapSelection& next) { next.classes = classes; });
}

void MapState::select_breaks(std::vector<double> breaks) {
  edit_selection([&](MapSelection& next) {
    next.method = ClassMethod::manual;
    next.breaks = std::move(breaks);
  });
}

void MapState::select_palette(const std::string& palette) {
  edit_selection([&](MapSelection& next) { next.palette = palette; });
}

void MapState::set_titles(const std::string& title, const std::string& subtitle) {
  edit_selection([&](MapSelection& next) {
    next.title = title;
    next.subtitle = subtitle;
  });
}

void MapState::select_view(ViewKind view) {
  edit_selection([&](MapSelection& next) {
    next.view = view;
    if (view == ViewKind::multiples && next.indicators.size() < 2 && next.compared_period.empty())
      next.indicators = default_panel_indicators(next);
    if (view == ViewKind::change && next.compared_period.empty()) next.compared_period = other_period(next.period);
  });
}

void MapState::set_panel_indicators(std::vector<std::string> indicators) {
  edit_selection([&](MapSelection& next) {
    next.indicators = std::move(indicators);
    if (!next.indicators.empty()) next.compared_period.clear();  // several indicators, one period
  });
}

void MapState::select_compared_period(const std::string& period) {
  edit_selection([&](MapSelection& next) {
    next.compared_period = period;
    if (next.view != ViewKind::multiples) return;
    // Side by side: one indicator in two periods, or several in one.
    if (!period.empty()) next.indicators.clear();
    else if (next.indicators.size() < 2) next.indicators = default_panel_indicators(next);
  });
}

void MapState::select_overview(bool all, OverviewOrder order) {
  edit_selection([&](MapSelection& next) {
    next.overview_all = all;
    next.overview_order = order;
  });
}

std::vector<std::string> MapState::default_panel_indicators(const MapSelection& selection) const {
  std::vector<std::string> ids{selection.indicator};
  const auto& all = table_->indicators();
  const auto at = std::find_if(all.begin(), all.end(), [&](const Indicator& i) { return i.id == selection.indicator; });
  const std::size_t from = at == all.end() ? 0 : static_cast<std::size_t>(at - all.begin());
  for (std::size_t step = 1; step < all.size(); ++step) {
    const Indicator& next = all[(from + step) % all.size()];
    if (table_->has_district_values(next.id, selection.period)) {
      ids.push_back(next.id);
      break;
    }
  }
  return ids;
}

std::string MapState::other_period(const std::string& period) const {
  // The latest period other than this one: a change is usually read forward in time.
  const std::vector<std::string>& periods = table_->periods();
  for (auto it = periods.rbegin(); it != periods.rend(); ++it)
    if (*it != period) return *it;
  return {};
}

void MapState::toggle_pin(const std::string& code) {
  edit_selection([&](MapSelection& next) {
    auto& pinned = next.pinned;
    if (const auto it = std::find(pinned.begin(), pinned.end(), code); it != pinned.end()) {
      pinned.erase(it);
      return;
    }
    if (pinned.size() >= kMaxMarkedDistricts)
      throw UsageError(ui_text(next.lang, UiText::pin_limit, {{"most", std::to_string(kMaxMarkedDistricts)}}));
    pinned.push_back(code);
  });
}

void MapState::clear_pins() {
  edit_selection([&](MapSelection& next) { next.pinned.clear(); });
}

void MapState::step_indicator(int steps) {
  const auto& indicators = table_->indicators();
  if (indicators.empty()) return;
  const auto current = std::find_if(indicators.begin(), indicators.end(),
                                    [&](const Indicator& i) { return i.id == selection_.indicator; });
  const std::size_t at = current == indicators.end() ? 0 : static_cast<std::size_t>(current - indicators.begin());
  select_indicator(indicators[wrapped_step(indicators, at, steps)].id);
}

void MapState::step_period(int steps) {
  const std::vector<std::string>& periods = table_->periods();
  if (periods.empty()) return;
  const auto current = std::find(periods.begin(), periods.end(), selection_.period);
  const std::size_t at = current == periods.end() ? 0 : static_cast<std::size_t>(current - periods.begin());
  select_period(periods[wrapped_step(periods, at, steps)]);
}

const TableLoad& MapState::remap_table(std::size_t index, const std::vector<ColumnMapping>& mappings) {
  return reload_table(index, &mappings, nullptr);
}

const TableLoad& MapState::reperiod_table(std::size_t index, const std::string& period) {
  return reload_table(index, nullptr, &period);
}

const TableLoad& MapState::reload_table(std::size_t index, const std::vector<ColumnMapping>* mappings,
                                        const std::string* period) {
  TableLoad& remapped = loads_.at(index);
  if (!remapped.before) return remapped;  // never read: nothing to map
  auto candidate = std::make_unique<IndicatorTable>(*remapped.before);
  std::vector<TableLoad> again;
  for (std::size_t i = index; i < loads_.size(); ++i) {
    const TableLoad& was = loads_[i];
    if (!was.read()) {  // kept as it was: it added nothing
      again.push_back(was);
      continue;
    }
    const bool this_one = i == index;
    TableLoad load = load_table_file(was.path, inputs_.data.registry, *candidate,
                                     this_one && period ? *period : was.period, selection_.lang,
                                     this_one && mappings ? *mappings : was.mappings);
    if (!load.read()) throw DataError(load.error);  // the file no longer reads: the map stays as it was
    again.push_back(std::move(load));
  }
  std::unique_ptr<IndicatorTable> previous = std::exchange(table_, std::move(candidate));
  try {
    MapSelection next = selection_;
    if (period) next.period = *period;
    select(next);
  } catch (const UsageError&) {
    table_ = std::move(previous);
    throw;
  }
  std::move(again.begin(), again.end(), loads_.begin() + static_cast<std::ptrdiff_t>(index));
  return loads_[index];
}

const TableLoad& MapState::load_table(const std::string& path) {
  // Import into a copy and swap it in only when the map builds from it; the old table
  // stays alive until then because the current choropleth points into it.
  auto candidate = std::make_unique<IndicatorTable>(*table_);
  TableLoad load = load_table_file(path, inputs_.data.registry, *candidate, selection_.period, selection_.lang);
  if (load.read()) {
    std::unique_ptr<IndicatorTable> previous = std::exchange(table_, std::move(candidate));
    try {
      MapSelection next = selection_;
      // The change view waiting for a second period compares with the table's.
      if (next.view == ViewKind::change && next.compared_period.empty()) next.compared_period = other_period(next.period);
      select(next);
    } catch (const UsageError& e) {
      table_ = std::move(previous);
      load.error = e.what();
      load.report.reset();
    }
  }
  loads_.push_back(std::move(load));
  return loads_.back();
}

std::vector<double> MapState::starting_breaks(const MapSelection& selection) const {
  if (const auto it = manual_breaks_.find(selection.indicator); it != manual_breaks_.end() && !it->second.empty())
    return it->second;
  if (selection.indicator == selection_.indicator && selection.period == selection_.period &&
      selection_.method != ClassMethod::manual)
    return inner_breaks(choropleth_);  // the classes on the map now
  MapSelection probe = selection;
  probe.method = ClassMethod::natural_breaks;
  probe.breaks.clear();
  return inner_breaks(build_choropleth(inputs_.data.registry, *table_, choropleth_options(probe)));
}

}  // namespace hgm::app
