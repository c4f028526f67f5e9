#include "io/csv_records.h"

#include <algorithm>
#include <fstream>
#include <iterator>

namespace hgm::io {

namespace {

bool blank(const std::string& s) {
  return std::all_of(s.begin(), s.end(), [](unsigned char c) { return c == ' ' || c == '\t' || c == '\r'; });
}

// Reads records one at a time: fields split on the separator outside double quotes, a
// record ending at a newline outside quotes. Only the fields from `keep_from` on are kept
// (the header's are counted, not copied: a million rows pass through here).
class RecordReader {
 public:
  explicit RecordReader(const std::string& path) : in_(path, std::ios::binary) {}

  // The next record: its field count, and its fields from `keep_from` on in `kept`; false
  // at the end. Empty lines are skipped.
  bool next(char separator, std::size_t keep_from, std::size_t& count, std::vector<std::string>& kept) {
    for (;;) {
      kept.clear();
      count = 1;
      start_line_ = lines_ + 1;
      bool quoted = false, any = false, empty_line = true;
      const auto keep = [&](int c) {
        if (count - 1 < keep_from) return;
        if (kept.size() < count - keep_from) kept.resize(count - keep_from);
        kept.back() += static_cast<char>(c);
      };
      int c;
      while ((c = get()) != EOF) {
        any = true;
        if (quoted) {
          if (c == '"' && peek() == '"') keep(get());
          else if (c == '"') quoted = false;
          else keep(c);
          continue;
        }
        if (c == '\n') break;
        if (c != '\r') empty_line = false;
        if (c == '"') quoted = true;
        else if (c == separator) ++count;
        else keep(c);
      }
      if (!any) return false;
      if (empty_line && count == 1) {
        if (c == EOF) return false;
        continue;  // a blank line: GDAL skips it without counting a feature
      }
      return true;
    }
  }

  // The line the record last given by next() starts on, from 1.
  int start_line() const { return start_line_; }

 private:
  int get() {
    if (at_ == size_ && !fill()) return EOF;
    const char c = buffer_[at_++];
    if (c == '\n') ++lines_;  // inside quotes too: lines as an editor counts them
    return static_cast<unsigned char>(c);
  }
  int peek() {
    if (at_ == size_ && !fill()) return EOF;
    return static_cast<unsigned char>(buffer_[at_]);
  }
  bool fill() {
    in_.read(buffer_, sizeof buffer_);
    size_ = static_cast<std::size_t>(in_.gcount());
    at_ = 0;
    return size_ > 0;
  }

  std::ifstream in_;
  char buffer_[1 << 16];
  std::size_t at_ = 0, size_ = 0;
  int lines_ = 0;  // line breaks read so far
  int start_line_ = 1;
};

char separator_of(const std::string& header) {
  const auto n = [&](char c) { return std::count(header.begin(), header.end(), c); };
  const auto comma = n(','), semicolon = n(';'), tab = n('\t');
  if (tab > comma && tab > semicolon) return '\t';
  return semicolon > comma ? ';' : ',';
}

std::string first_line(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::string line;
  std::getline(in, line);
  if (line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
  return line;
}

}  // namespace

int CsvRecords::line_of(long record) const {
  // The last step at or before `record`.
  const auto after = std::upper_bound(line_steps.begin(), line_steps.end(), record,
                                      [](long r, const std::pair<long, int>& step) { return r < step.first; });
  const int extra = after == line_steps.begin() ? 0 : std::prev(after)->second;
  return static_cast<int>(record) + 1 + extra;
}

CsvRecords scan_csv_records(const std::string& path) {
  CsvRecords out;
  const char separator = out.separator = separator_of(first_line(path));
  RecordReader reader(path);
  std::size_t columns = 0, count = 0;
  std::vector<std::string> kept;
  if (!reader.next(separator, std::string::npos, columns, kept)) return out;
  long record = 0;
  int extra = 0;
  while (reader.next(separator, columns, count, kept)) {
    ++record;
    if (const int e = reader.start_line() - static_cast<int>(record) - 1; e != extra) {
      extra = e;
      out.line_steps.emplace_back(record, extra);
    }
    if (count <= columns) continue;
    kept.erase(std::remove_if(kept.begin(), kept.end(), blank), kept.end());
    if (!kept.empty()) out.cells_past_header.emplace(record, std::move(kept));
  }
  return out;
}

}  // namespace hgm::io
