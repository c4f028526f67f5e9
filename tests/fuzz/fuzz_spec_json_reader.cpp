// Fuzzes the map spec reader (io/spec_file.h) with any bytes as a spec file.
// Properties beyond "does not crash":
//  - any input is either a spec or an hgm::DataError, never another exception (a
//    nlohmann type_error or out_of_range that escaped would reach the user as a crash);
//  - the message names the file first, is valid UTF-8 (the window shows it), and the
//    same input fails or succeeds alike in both languages, giving the same spec;
//  - a spec read is within the reader's own limits (output sizes, DPI, no NaN or
//    infinite break), so what comes out of a file can be drawn or refused later by name;
//  - it round-trips exactly: spec_to_json, then spec_from_json gives a spec == the
//    first, and writing that again gives the same text (a fixed point).
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <string>
#include <string_view>
#include <variant>

#include "core/errors.h"
#include "core/text/text_fold.h"
#include "fuzz_support.h"
#include "io/spec_file.h"

namespace {

const std::string kSource = "fuzz.json";

struct ReadResult {
  bool ok = false;
  hgm::MapSpec spec{};
  std::string error{};
};

// Reads `text`, turning a DataError into a result and any other exception into a failure.
ReadResult read(std::string_view text, hgm::Lang lang) {
  ReadResult r;
  try {
    r.spec = hgm::io::spec_from_json(text, kSource, lang);
    r.ok = true;
  } catch (const hgm::DataError& e) {
    r.error = e.what();
  } catch (const std::exception& e) {
    std::fprintf(stderr, "spec_from_json threw something other than DataError: %s\n", e.what());
    HGM_FUZZ_CHECK(false && "only hgm::DataError may leave spec_from_json");
  } catch (...) {
    HGM_FUZZ_CHECK(false && "only hgm::DataError may leave spec_from_json");
  }
  return r;
}

bool valid_utf8(std::string_view text) {
  std::u32string decoded;
  return hgm::decode_utf8(text, decoded);
}

void check_message(const std::string& message) {
  HGM_FUZZ_CHECK(message.size() > kSource.size() + 2);
  HGM_FUZZ_CHECK(message.compare(0, kSource.size() + 1, kSource + ":") == 0);
  HGM_FUZZ_CHECK(valid_utf8(message));
}

void check_limits(const hgm::MapSpec& s) {
  for (const double b : s.breaks) HGM_FUZZ_CHECK(std::isfinite(b));
  if (const auto* px = std::get_if<hgm::ImageSize>(&s.size)) {
    HGM_FUZZ_CHECK(px->width >= hgm::kMinSide && px->width <= hgm::kMaxSide);
    HGM_FUZZ_CHECK(px->height >= hgm::kMinSide && px->height <= hgm::kMaxSide);
  } else {
    const auto& paper = std::get<hgm::PaperSize>(s.size);
    HGM_FUZZ_CHECK(paper.dpi >= hgm::kMinDpi && paper.dpi <= hgm::kMaxDpi);
  }
  HGM_FUZZ_CHECK(s.classes >= -1000000 && s.classes <= 1000000);
}

void check_round_trip(const hgm::MapSpec& first) {
  std::string written;
  try {
    written = hgm::io::spec_to_json(first);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "spec_to_json threw on a spec that was read: %s\n", e.what());
    HGM_FUZZ_CHECK(false && "a spec that was read can be written");
  }
  HGM_FUZZ_CHECK(valid_utf8(written));
  const ReadResult again = read(written, hgm::Lang::en);
  if (!again.ok) std::fprintf(stderr, "written spec does not read back: %s\n%s", again.error.c_str(), written.c_str());
  HGM_FUZZ_CHECK(again.ok);
  if (!(again.spec == first)) std::fprintf(stderr, "written spec reads back different:\n%s", written.c_str());
  HGM_FUZZ_CHECK(again.spec == first);
  HGM_FUZZ_CHECK(hgm::io::spec_to_json(again.spec) == written);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const ReadResult vi = read(text, hgm::Lang::vi);
  const ReadResult en = read(text, hgm::Lang::en);
  HGM_FUZZ_CHECK(vi.ok == en.ok);
  if (!vi.ok) {
    check_message(vi.error);
    check_message(en.error);
    return 0;
  }
  HGM_FUZZ_CHECK(vi.spec == en.spec);
  check_limits(vi.spec);
  check_round_trip(vi.spec);
  return 0;
}
