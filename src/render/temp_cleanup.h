#pragma once
// Named temporary files that SIGINT/SIGTERM must not leave behind. The atomic writer
// registers a temporary while it has a name on disk; the signal handler unlinks every
// registered name, then lets the signal do what it did before (the previous handler, or
// the default: the process ends by that signal). SIGKILL cannot be caught: that is why
// the writer prefers an unnamed O_TMPFILE where the file system has it.
namespace hgm::render {

// Remembers `path` (which must stay valid until forget_temporary) and installs the
// handlers on first use. Returns false when all slots are taken: the file is then
// still written, only not cleaned up on a signal.
bool remember_temporary(const char* path);
void forget_temporary(const char* path);

}  // namespace hgm::render
