#pragma once
// Typed errors for set-up and I/O. Each carries where the problem is and what to do;
// front ends map them to messages and exit codes.
#include <stdexcept>
#include <string>

namespace hgm {

class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Bad data in a file: names the file, the line or feature, and the fix.
class DataError : public Error {
 public:
  using Error::Error;
};

// A user choice that does not exist (unknown indicator, period, option value).
class UsageError : public Error {
 public:
  using Error::Error;
};

// The machine lacks something (display, GL, font).
class EnvironmentError : public Error {
 public:
  using Error::Error;
};

// Runs `body` and turns what it throws into a message on `err` (prefixed with the
// program's name) and the exit code both front ends use:
// 0 ok, 1 unexpected, 2 usage, 3 data, 4 environment (display, OpenGL, font).
template <typename Body, typename Stream>
int run_with_exit_codes(const char* program, Stream& err, Body&& body) {
  try {
    return body();
  } catch (const UsageError& e) {
    err << program << ": " << e.what() << "\n";
    return 2;
  } catch (const DataError& e) {
    err << program << ": " << e.what() << "\n";
    return 3;
  } catch (const EnvironmentError& e) {
    err << program << ": " << e.what() << "\n";
    return 4;
  } catch (const std::exception& e) {
    err << program << ": unexpected error: " << e.what() << "\n";
    return 1;
  }
}

}  // namespace hgm
