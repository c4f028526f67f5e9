#pragma once
// A file dropped on the window (SDL_DROPFILE): a planner's table is loaded as a typed path is.
#include <optional>
#include <string>

union SDL_Event;

namespace hgm::app {

// Whether `path` names a table the window reads: .csv, .xlsx or .ods, any case.
bool is_table_file(const std::string& path);

// The path of an SDL_DROPFILE event (the event's copy is freed); nothing for other events.
std::optional<std::string> take_dropped_file(const SDL_Event& event);

}  // namespace hgm::app
