#include "cli/json_writer.h"

#include <cmath>
#include <cstdio>

#include "core/text/text_fold.h"

namespace hgm::cli {

std::string json_escape(std::string_view text) {
  // JSON is UTF-8: bytes that are not (a file name given in a legacy encoding) become U+FFFD.
  std::u32string decoded;
  std::string repaired;
  if (!decode_utf8(text, decoded)) {
    repaired = encode_utf8(decoded);
    text = repaired;
  }
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

void JsonWriter::key_prefix(std::string_view key) {
  if (!first_.empty()) {
    if (!first_.back()) out_ += ",";
    first_.back() = false;
    out_ += "\n" + std::string(first_.size() * 2, ' ');
  }
  if (!key.empty()) out_ += json_escape(key) + ": ";
}

JsonWriter& JsonWriter::begin_object(std::string_view key) {
  key_prefix(key);
  out_ += "{";
  first_.push_back(true);
  return *this;
}

JsonWriter& JsonWriter::end_object() {
  const bool empty = first_.back();
  first_.pop_back();
  if (!empty) out_ += "\n" + std::string(first_.size() * 2, ' ');
  out_ += "}";
  if (first_.empty()) out_ += "\n";
  return *this;
}

JsonWriter& JsonWriter::begin_array(std::string_view key) {
  key_prefix(key);
  out_ += "[";
  first_.push_back(true);
  return *this;
}

JsonWriter& JsonWriter::end_array() {
  const bool empty = first_.back();
  first_.pop_back();
  if (!empty) out_ += "\n" + std::string(first_.size() * 2, ' ');
  out_ += "]";
  return *this;
}

JsonWriter& JsonWriter::value(std::string_view key, std::string_view text) {
  key_prefix(key);
  out_ += json_escape(text);
  return *this;
}

JsonWriter& JsonWriter::value(std::string_view key, double number) {
  key_prefix(key);
  if (!std::isfinite(number)) {
    out_ += "null";
  } else {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.10g", number);
    out_ += buf;
  }
  return *this;
}

JsonWriter& JsonWriter::value(std::string_view key, int number) {
  key_prefix(key);
  out_ += std::to_string(number);
  return *this;
}

JsonWriter& JsonWriter::value(std::string_view key, bool flag) {
  key_prefix(key);
  out_ += flag ? "true" : "false";
  return *this;
}

JsonWriter& JsonWriter::value(std::string_view key, std::optional<double> number) {
  return number ? value(key, *number) : null(key);
}

JsonWriter& JsonWriter::null(std::string_view key) {
  key_prefix(key);
  out_ += "null";
  return *this;
}

}  // namespace hgm::cli
