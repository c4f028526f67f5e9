#pragma once
// Runs the app binary through the shell (for env and xvfb-run), under `timeout` so a hung
// window cannot stall the suite, and collects its exit code and everything it printed.
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace hgm::test {

struct AppRun {
  int exit_code = -1;
  std::string output;  // stdout and stderr together
};

// Single quotes for the shell, with embedded quotes escaped.
inline std::string shell_quote(const std::string& s) {
  std::string q = "'";
  for (const char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

// `prefix` goes before the binary unquoted (e.g. "env -u DISPLAY" or an xvfb-run call);
// `dir` is the working folder.
inline AppRun run_app(const std::string& prefix, const std::vector<std::string>& args,
                      const std::filesystem::path& dir, int timeout_s = 180) {
  const std::filesystem::path log = dir / "app-run.log";
  std::string command = "cd " + shell_quote(dir.string()) + " && " + prefix + " timeout " +
                        std::to_string(timeout_s) + " " + shell_quote(HGM_APP_BINARY);
  for (const std::string& a : args) command += " " + shell_quote(a);
  command += " > " + shell_quote(log.string()) + " 2>&1";
  const int status = std::system(command.c_str());
  AppRun run;
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream in(log);
  std::stringstream text;
  text << in.rdbuf();
  run.output = text.str();
  return run;
}

}  // namespace hgm::test
