#pragma once
// A tiny streaming JSON writer (pretty-printed, UTF-8 passed through).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hgm::cli {

class JsonWriter {
 public:
  JsonWriter& begin_object(std::string_view key = {});
  JsonWriter& end_object();
  JsonWriter& begin_array(std::string_view key = {});
  JsonWriter& end_array();
  JsonWriter& value(std::string_view key, std::string_view text);
  JsonWriter& value(std::string_view key, const char* text) { return value(key, std::string_view(text)); }
  JsonWriter& value(std::string_view key, double number);
  JsonWriter& value(std::string_view key, int number);
  JsonWriter& value(std::string_view key, bool flag);
  JsonWriter& value(std::string_view key, std::optional<double> number);  // null when empty
  JsonWriter& null(std::string_view key);
  const std::string& str() const { return out_; }

 private:
  void key_prefix(std::string_view key);
  std::string out_;
  std::vector<bool> first_;  // per open container: no member written yet
};

std::string json_escape(std::string_view text);

}  // namespace hgm::cli
