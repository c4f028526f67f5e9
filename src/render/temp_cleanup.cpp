#include "render/temp_cleanup.h"

#include <signal.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <mutex>

namespace hgm::render {

namespace {

// A handler may only touch lock-free atomics and call async-signal-safe functions
// (unlink, sigaction, raise), so the names live in fixed slots.
std::array<std::atomic<const char*>, 16> g_slots{};
struct sigaction g_previous_int{}, g_previous_term{};
std::once_flag g_installed;

void on_signal(int signal_number) {
  for (auto& slot : g_slots)
    if (const char* path = slot.exchange(nullptr)) unlink(path);
  const struct sigaction& previous = signal_number == SIGINT ? g_previous_int : g_previous_term;
  if (previous.sa_handler != SIG_DFL && previous.sa_handler != SIG_IGN && !(previous.sa_flags & SA_SIGINFO)) {
    previous.sa_handler(signal_number);  // e.g. SDL's, which turns the signal into a quit event
    return;
  }
  if (previous.sa_handler == SIG_IGN) return;
  // The default (or a three-argument handler, which needs the real siginfo): put it back
  // and raise again; the signal is blocked in here, so it lands once this returns.
  sigaction(signal_number, &previous, nullptr);
  raise(signal_number);
}

void install() {
  struct sigaction action{};
  action.sa_handler = on_signal;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, &g_previous_int);
  sigaction(SIGTERM, &action, &g_previous_term);
}

}  // namespace

bool remember_temporary(const char* path) {
  std::call_once(g_installed, install);
  for (auto& slot : g_slots) {
    const char* empty = nullptr;
    if (slot.compare_exchange_strong(empty, path)) return true;
  }
  return false;
}

void forget_temporary(const char* path) {
  for (auto& slot : g_slots) {
    const char* expected = path;
    if (slot.compare_exchange_strong(expected, nullptr)) return;
  }
}

}  // namespace hgm::render
