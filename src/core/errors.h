#pragma once
// Typed errors for set-up and I/O. Each carries where the problem is and what to do;
// front ends map them to messages and exit codes (the table is run_with_exit_codes).
#include <stdexcept>
#include <string>
#include <utility>

#include "core/text/i18n.h"
#include "core/text/lang.h"

namespace hgm {

// what() is the message as thrown. A thrower that does not know the user's language
// (the renderer, the file writer) gives both; message(lang) picks one.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
  Error(std::string vi, const std::string& en) : std::runtime_error(en), vi_(std::move(vi)) {}
  std::string message(Lang lang) const { return lang == Lang::vi && !vi_.empty() ? vi_ : what(); }

 private:
  std::string vi_;
};

// Bad data in a file: names the file, the line or feature, and the fix.
class DataError : public Error {
 public:
  using Error::Error;
};

// The DataError of one message of the table in both languages, for loaders that know no
// language (geodata/*.csv): the front end shows the one asked for.
inline DataError data_error(Msg msg, std::initializer_list<std::pair<const char*, std::string>> values) {
  return DataError(tr(Lang::vi, msg, values), tr(Lang::en, msg, values));
}

// A user choice that does not exist (unknown indicator, period, option value).
class UsageError : public Error {
 public:
  using Error::Error;
};

// The machine lacks something (display, GL, font), or its OpenGL cannot draw what was
// asked (a size beyond the driver's limits).
class EnvironmentError : public Error {
 public:
  using Error::Error;
};

// The result could not be written: a missing folder, a full disk, no permission, or a
// target that exists and is not a regular file. Nothing was replaced.
class OutputError : public Error {
 public:
  using Error::Error;
};

// The exit codes, the same for both front ends (their help texts and the README list them).
enum ExitCode : int {
  kExitOk = 0,
  kExitUnexpected = 1,   // a bug: please report it
  kExitUsage = 2,        // bad command line
  kExitData = 3,         // bad data
  kExitEnvironment = 4,  // no display, OpenGL or font; a size beyond the OpenGL limits
  kExitOutput = 5,       // the output file could not be written
};

// The exit code of an error and its message in `lang` (a bug's message says to report it).
struct ErrorOutcome {
  int exit_code = kExitUnexpected;
  std::string message;
};
inline ErrorOutcome outcome_of(const std::exception& e, Lang lang) {
  const auto* error = dynamic_cast<const Error*>(&e);
  if (error == nullptr) return {kExitUnexpected, tr(lang, Msg::unexpected_error, {{"error", e.what()}})};
  int code = kExitUnexpected;
  if (dynamic_cast<const UsageError*>(&e)) code = kExitUsage;
  else if (dynamic_cast<const DataError*>(&e)) code = kExitData;
  else if (dynamic_cast<const EnvironmentError*>(&e)) code = kExitEnvironment;
  else if (dynamic_cast<const OutputError*>(&e)) code = kExitOutput;
  else return {kExitUnexpected, tr(lang, Msg::unexpected_error, {{"error", error->message(lang)}})};
  return {code, error->message(lang)};
}

// Runs `body` and turns what it throws into a message on `err` (prefixed with the
// program's name, in `lang` where the error has both languages) and its ExitCode.
template <typename Body, typename Stream>
int run_with_exit_codes(const char* program, Lang lang, Stream& err, Body&& body) {
  try {
    return body();
  } catch (const std::exception& e) {
    const ErrorOutcome outcome = outcome_of(e, lang);
    err << program << ": " << outcome.message << "\n";
    return outcome.exit_code;
  }
}

}  // namespace hgm
