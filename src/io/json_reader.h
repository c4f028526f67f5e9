#pragma once
// Reading the project's JSON files (spec files, stories) with messages that name the file,
// the key and what is allowed there, in the user's language.
#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "core/errors.h"
#include "core/text/text_join.h"
#include "io/io_text.h"

namespace hgm::io {

using Json = nlohmann::ordered_json;

// Line and column (from 1) of the byte a JSON parse error stopped at.
inline std::pair<std::size_t, std::size_t> line_and_column(std::string_view text, std::size_t byte) {
  const std::size_t end = std::min(byte > 0 ? byte - 1 : 0, text.size());
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i < end; ++i) {
    if (text[i] == '\n') ++line, column = 1;
    else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;  // count characters, not bytes
  }
  return {line, column};
}

// Reads a JSON file (a spec, a story), saying in `lang` what is wrong where: every
// failure is a DataError "<source>: <what, with the key>".
class JsonReader {
 public:
  JsonReader(std::string source, Lang lang) : source_(std::move(source)), lang_(lang) {}

  // The document, or a DataError with the line and column where the JSON goes wrong.
  Json document(std::string_view text) const {
    try {
      return Json::parse(text);
    } catch (const Json::parse_error& e) {
      const auto [line, column] = line_and_column(text, e.byte);
      throw DataError(source_ + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " +
                      io_text(lang_, IoText::spec_not_json));
    } catch (const Json::out_of_range&) {
      // The parser's only out_of_range: a number beyond a double (1e400); it gives no place.
      fail(IoText::spec_number_too_large);
    }
  }

  [[noreturn]] void fail(IoText text, std::initializer_list<std::pair<const char*, std::string>> values = {}) const {
    throw DataError(source_ + ": " + io_message(lang_, text, values));
  }

  void only_keys(const Json& object, const std::string& path, const std::vector<std::string>& allowed) const {
    for (const auto& [key, value] : object.items()) {
      if (std::find(allowed.begin(), allowed.end(), key) != allowed.end()) continue;
      const std::string where = path.empty() ? key : path + "." + key;
      fail(IoText::spec_unknown_key, {{"where", where}, {"allowed", join(allowed)}});
    }
  }

  [[noreturn]] void wrong_type(const std::string& key, const Json& value, IoText want) const {
    fail(IoText::spec_wrong_type, {{"key", key}, {"want", io_text(lang_, want)}, {"got", type_name(value, lang_)}});
  }

  const Json& object(const Json& value, const std::string& key) const {
    if (!value.is_object()) wrong_type(key, value, IoText::spec_want_object);
    return value;
  }
  std::string text(const Json& value, const std::string& key) const {
    if (!value.is_string()) wrong_type(key, value, IoText::spec_want_string);
    return value.get<std::string>();
  }
  int whole(const Json& value, const std::string& key) const {
    if (!value.is_number_integer()) wrong_type(key, value, IoText::spec_want_whole);
    const auto v = value.get<long long>();
    if (v < -1000000 || v > 1000000) fail(IoText::spec_too_large, {{"key", key}});
    return static_cast<int>(v);
  }
  bool boolean(const Json& value, const std::string& key) const {
    if (!value.is_boolean()) wrong_type(key, value, IoText::spec_want_bool);
    return value.get<bool>();
  }
  std::vector<std::string> texts(const Json& value, const std::string& key) const {
    if (!value.is_array()) wrong_type(key, value, IoText::spec_want_strings);
    std::vector<std::string> out;
    for (std::size_t i = 0; i < value.size(); ++i) out.push_back(text(value[i], key + "[" + std::to_string(i) + "]"));
    return out;
  }
  std::vector<double> numbers(const Json& value, const std::string& key) const {
    if (!value.is_array()) wrong_type(key, value, IoText::spec_want_numbers);
    std::vector<double> out;
    for (std::size_t i = 0; i < value.size(); ++i) {
      if (!value[i].is_number()) wrong_type(key + "[" + std::to_string(i) + "]", value[i], IoText::spec_want_number);
      out.push_back(value[i].get<double>());
    }
    return out;
  }
  // One of a fixed set of names, parsed by `parse`.
  template <typename Parse>
  auto name(const Json& value, const std::string& key, Parse parse, const std::vector<std::string>& allowed) const {
    const std::string id = text(value, key);
    if (auto parsed = parse(id)) return *parsed;
    fail(IoText::spec_bad_name, {{"key", key}, {"id", id}, {"allowed", join(allowed)}});
  }
  void range(int v, int lo, int hi, const std::string& key) const {
    if (v >= lo && v <= hi) return;
    fail(IoText::spec_out_of_range,
         {{"key", key}, {"lo", std::to_string(lo)}, {"hi", std::to_string(hi)}, {"value", std::to_string(v)}});
  }

  // What a JSON value is, said in `lang` ("số 3" / "the number 3").
  static std::string type_name(const Json& v, Lang lang) {
    if (v.is_string()) return io_text(lang, IoText::spec_got_string);
    if (v.is_boolean()) return "true/false";
    if (v.is_number()) return io_message(lang, IoText::spec_got_number, {{"n", v.dump()}});
    if (v.is_array()) return io_text(lang, IoText::spec_got_list);
    if (v.is_object()) return io_text(lang, IoText::spec_got_object);
    return "null";
  }

 private:
  std::string source_;
  Lang lang_;
};

}  // namespace hgm::io
