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

// Whether `program` is on the PATH (the window tests need xvfb-run and xdotool).
inline bool have_program(const std::string& program) {
  return std::system(("command -v " + program + " > /dev/null 2>&1").c_str()) == 0;
}

#ifdef HGM_APP_TEST_OUTPUT
// A fresh folder per test under the build tree, kept afterwards for inspection.
inline std::filesystem::path fresh_output_dir(const std::string& name) {
  const std::filesystem::path dir = std::filesystem::path(HGM_APP_TEST_OUTPUT) / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}
#endif

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
