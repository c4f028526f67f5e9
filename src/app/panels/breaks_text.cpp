#include "app/panels/breaks_text.h"

#include <cmath>

#include "app/app_text.h"
#include "core/data/stated_value_parser.h"

namespace hgm::app {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// ';' and spaces separate; so does a comma followed by a space or the end ("10, 20"),
// while a comma between digits is a decimal or thousands mark ("15,8").
std::vector<std::string> split_numbers(const std::string& text) {
  std::vector<std::string> tokens;
  std::string token;
  const auto flush = [&] {
    if (!token.empty()) tokens.push_back(token);
    token.clear();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == ';' || is_space(c) || (c == ',' && (i + 1 == text.size() || is_space(text[i + 1])))) {
      flush();
    } else {
      token += c;
    }
  }
  flush();
  return tokens;
}

}  // namespace

BreaksParse parse_breaks(const std::string& text, Lang lang) {
  BreaksParse out;
  const std::vector<std::string> tokens = split_numbers(text);
  if (tokens.empty()) {
    out.error = ui_text(lang, UiText::breaks_empty);
    return out;
  }
  const ConventionDecision decision = detect_convention(tokens);
  if (decision.conflicting) {
    out.error = ui_text(lang, UiText::breaks_mixed);
    return out;
  }
  // Without a decimal mark to tell, the numbers are read as the language writes them.
  const NumberConvention convention =
      decision.detected ? decision.convention
      : decimal_mark(lang) == ','  ? NumberConvention::vietnamese
                                   : NumberConvention::decimal_point;
  for (const std::string& token : tokens) {
    const NumberParse number = parse_number(token, convention);
    if (!number.value) {
      out.error = ui_text(lang, UiText::breaks_not_number, {{"text", token}});
      out.breaks.clear();
      return out;
    }
    if (!out.breaks.empty() && !(*number.value > out.breaks.back())) {
      out.error = ui_text(lang, UiText::breaks_not_rising,
                          {{"value", format_break(*number.value, lang)}, {"previous", format_break(out.breaks.back(), lang)}});
      out.breaks.clear();
      return out;
    }
    out.breaks.push_back(*number.value);
  }
  return out;
}

std::string format_break(double value, Lang lang) {
  // Plain digits: no thousands marks (so the text reads back the same whatever the
  // detection decides) and an ASCII minus (typed more easily than U+2212).
  const std::string text = format_number(std::round(value * 100) / 100, 2, lang);
  const char group = group_mark(lang);
  std::string plain = value < 0 && text.rfind("\xE2\x88\x92", 0) == 0 ? "-" : "";
  for (std::size_t i = plain.empty() ? 0 : 3; i < text.size(); ++i)
    if (text[i] != group) plain += text[i];
  return plain;
}

std::string format_breaks(const std::vector<double>& breaks, Lang lang) {
  std::string text;
  for (const double b : breaks) text += (text.empty() ? "" : "; ") + format_break(b, lang);
  return text;
}

}  // namespace hgm::app
