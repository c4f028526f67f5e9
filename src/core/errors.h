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

}  // namespace hgm
