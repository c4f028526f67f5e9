#include "app/escape.h"

namespace hgm::app {

EscapeAction escape_action(const EscapeState& s) {
  if (s.dialog) return EscapeAction::close_dialog;
  if (s.blanked) return EscapeAction::unblank;
  if (s.spotlight) return EscapeAction::clear_spotlight;
  if (s.presenting) return EscapeAction::leave_presenting;
  if (s.pinned) return EscapeAction::unpin;
  if (s.fullscreen) return EscapeAction::leave_fullscreen;
  return EscapeAction::nothing;
}

std::string with_escape_key(const char* label, EscapeAction button, EscapeAction escape) {
  std::string text = label;
  if (button == escape && button != EscapeAction::nothing) text += " (Esc)";
  return text;
}

}  // namespace hgm::app
