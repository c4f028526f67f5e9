#pragma once
// What Esc does in the window, decided in this one place: the first of these that applies,
// in this order —
//   0. an open dialog (export) closes, even while one of its fields is being typed in;
//   1. a blanked presentation screen (B, W) comes back;
//   2. the spotlit district is put out;
//   3. presenting ends (pins made while presenting stay);
//   4. every pinned district is unpinned;
//   5. full screen ends.
// The buttons that do one of these say "(Esc)" only while Esc would do the same.
#include <string>

namespace hgm::app {

enum class EscapeAction { close_dialog, unblank, clear_spotlight, leave_presenting, unpin, leave_fullscreen, nothing };

struct EscapeState {
  bool dialog = false;
  bool blanked = false;
  bool spotlight = false;
  bool presenting = false;
  bool pinned = false;
  bool fullscreen = false;
};

EscapeAction escape_action(const EscapeState& state);

// `label` with " (Esc)" when Esc does now what the button does (`button`).
std::string with_escape_key(const char* label, EscapeAction button, EscapeAction escape);

}  // namespace hgm::app
