#pragma once
// Runs the real binary and captures exit code, stdout and stderr.
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace hgm::test {

struct ProcessResult {
  int exit_code = -1;
  std::string out, err;
};

inline std::string shell_quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

inline ProcessResult run_process(const std::string& binary, const std::vector<std::string>& args,
                                 const std::string& env_prefix = {}) {
  namespace fs = std::filesystem;
  static int counter = 0;
  const fs::path err_file = fs::temp_directory_path() / ("hgm_err_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
  std::string cmd = env_prefix + shell_quote(binary);
  for (const std::string& a : args) cmd += " " + shell_quote(a);
  cmd += " 2>" + shell_quote(err_file.string());
  ProcessResult r;
  FILE* pipe = ::popen(cmd.c_str(), "r");
  if (!pipe) return r;
  std::array<char, 4096> buf{};
  std::size_t n;
  while ((n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0) r.out.append(buf.data(), n);
  const int status = ::pclose(pipe);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream err(err_file);
  std::stringstream s;
  s << err.rdbuf();
  r.err = s.str();
  fs::remove(err_file);
  return r;
}

// What a shell command prints, or nothing when it fails (e.g. a tool is not installed).
inline std::string shell_output(const std::string& command) {
  const ProcessResult r = run_process("/bin/sh", {"-c", command});
  return r.exit_code == 0 ? r.out : std::string();
}

}  // namespace hgm::test
