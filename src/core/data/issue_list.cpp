#include <algorithm>
#include <charconv>

#include "core/data/table_import.h"

namespace hgm {

namespace {

// The number after the last ':' of "file.csv:12", as the issues were always ordered by.
int line_of(const std::string& where) {
  const std::size_t colon = where.rfind(':');
  int line = 0;
  if (colon != std::string::npos) std::from_chars(where.data() + colon + 1, where.data() + where.size(), line);
  return line;
}

}  // namespace

std::uint32_t IssueList::keep(const std::string& s) {
  const auto [it, added] = string_ids_.try_emplace(s, static_cast<std::uint32_t>(strings_.size()));
  if (added) strings_.push_back(s);
  return it->second;
}

std::uint32_t IssueList::keep_candidates(const std::vector<std::string>& names) {
  const auto [it, added] = candidate_list_ids_.try_emplace(names, static_cast<std::uint32_t>(candidate_lists_.size()));
  if (added) candidate_lists_.push_back(names);
  return it->second;
}

void IssueList::push_back(const ImportIssue& issue) {
  Entry e;
  e.kind = static_cast<std::uint8_t>(issue.kind);
  e.line = line_of(issue.where);
  // "file.csv:12" is kept as "file.csv:" and 12 when the number reads back the same.
  const std::size_t colon = issue.where.rfind(':');
  const std::string digits = colon == std::string::npos ? std::string() : issue.where.substr(colon + 1);
  e.where_has_line = !digits.empty() && digits == std::to_string(e.line);
  e.where = keep(e.where_has_line ? issue.where.substr(0, colon + 1) : issue.where);
  // A row of issues mostly repeats the last one's reason and closest names: compared first.
  const bool same_reason = !entries_.empty() && strings_[last_reason_] == issue.reason;
  e.reason = last_reason_ = same_reason ? last_reason_ : keep(issue.reason);
  const bool same_candidates = !entries_.empty() && candidate_lists_[last_candidates_] == issue.candidates;
  e.candidates = last_candidates_ = same_candidates ? last_candidates_ : keep_candidates(issue.candidates);
  e.text_at = texts_.size();
  e.text_size = static_cast<std::uint32_t>(issue.text.size());
  texts_ += issue.text;
  entries_.push_back(e);
}

ImportIssue IssueList::operator[](std::size_t i) const {
  const Entry& e = entries_.at(i);
  ImportIssue issue;
  issue.kind = static_cast<ImportIssue::Kind>(e.kind);
  issue.where = strings_[e.where];
  if (e.where_has_line) issue.where += std::to_string(e.line);
  issue.text = texts_.substr(e.text_at, e.text_size);
  issue.reason = strings_[e.reason];
  issue.candidates = candidate_lists_[e.candidates];
  return issue;
}

void IssueList::sort_by_line() {
  const auto by_line = [](const Entry& a, const Entry& b) { return a.line < b.line; };
  if (!std::is_sorted(entries_.begin(), entries_.end(), by_line)) std::stable_sort(entries_.begin(), entries_.end(), by_line);
}

}  // namespace hgm
