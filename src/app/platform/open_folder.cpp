#include "app/platform/open_folder.h"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace hgm::app {

void open_folder(const std::filesystem::path& folder) {
  const std::string path = folder.string();
  // Fork twice: the grandchild runs xdg-open (re-parented, so never a zombie of the
  // window), the child is reaped at once.
  const pid_t child = ::fork();
  if (child < 0) return;
  if (child == 0) {
    ::setsid();
    if (::fork() == 0) {
      const int null = ::open("/dev/null", O_RDWR);
      if (null >= 0) {
        ::dup2(null, STDIN_FILENO);
        ::dup2(null, STDOUT_FILENO);
        ::dup2(null, STDERR_FILENO);
      }
      ::execlp("xdg-open", "xdg-open", path.c_str(), static_cast<char*>(nullptr));
    }
    ::_exit(0);
  }
  int status = 0;
  ::waitpid(child, &status, 0);
}

}  // namespace hgm::app
