#include "cli/batch_export.h"

#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <iostream>

#include "core/errors.h"
#include "core/text/i18n.h"
#include "core/text/number_format.h"

namespace hgm::cli {

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// On a terminal the progress line is rewritten in place; in a log, one line per map.
class Progress {
 public:
  Progress(Lang lang, std::size_t total) : lang_(lang), total_(total), terminal_(::isatty(STDERR_FILENO) == 1) {}
  void show(std::size_t done, const std::string& file) {
    const std::string line =
        tr(lang_, Msg::batch_progress, {{"n", std::to_string(done)}, {"total", std::to_string(total_)}, {"file", file}});
    if (terminal_) std::cerr << "\r\033[K" << line << std::flush;
    else std::cerr << line << "\n";
  }
  // A message of its own line, even in the middle of a rewritten progress line.
  void say(const std::string& message) {
    if (terminal_) std::cerr << "\r\033[K";
    std::cerr << message << "\n";
  }
  void end() {
    if (terminal_) std::cerr << "\n";
  }

 private:
  Lang lang_;
  std::size_t total_;
  bool terminal_;
};

// "đã ghi 35/37 bản đồ vào DIR (12,3 giây)".
void say_summary(Lang lang, std::size_t written, std::size_t total, const std::string& place,
                 Clock::time_point start) {
  const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
  std::cerr << tr(lang, Msg::batch_summary,
                  {{"written", std::to_string(written)},
                   {"total", std::to_string(total)},
                   {"place", place},
                   {"seconds", format_number(seconds, 1, lang, false)}})
            << "\n";
}

// The exit code a batch ends with: the first failure's (what a script most likely wants).
void note_failure(int& exit_code, int failure) {
  if (exit_code == kExitOk) exit_code = failure;
}

int write_into_folder(const CliOptions& o, const MapInputs& inputs, exporting::MapExporter& exporter,
                      const BatchPlan& plan) {
  const Lang lang = o.spec.lang;
  const auto start = Clock::now();
  std::error_code made;
  fs::create_directories(o.out_dir, made);  // a missing folder is made; a bad one fails at the first write
  Progress progress(lang, plan.items.size());
  int exit_code = kExitOk;
  std::size_t written = 0;
  for (std::size_t i = 0; i < plan.items.size(); ++i) {
    const BatchItem& item = plan.items[i];
    const std::string path = (fs::path(o.out_dir) / item.file_name).string();
    progress.show(i + 1, item.file_name);
    try {
      exporter.write(inputs, inputs.data.table, item.spec, path);
      ++written;
    } catch (const std::exception& e) {
      const ErrorOutcome outcome = outcome_of(e, lang);
      progress.say(tr(lang, Msg::batch_failed, {{"file", path}, {"reason", outcome.message}}));
      note_failure(exit_code, outcome.exit_code);
    }
  }
  progress.end();
  say_summary(lang, written, plan.items.size(), o.out_dir, start);
  return exit_code;
}

int write_pages(const CliOptions& o, const MapInputs& inputs, exporting::MapExporter& exporter, const BatchPlan& plan) {
  const Lang lang = o.spec.lang;
  const auto start = Clock::now();
  std::vector<MapSpec> specs;
  for (const BatchItem& item : plan.items) specs.push_back(item.spec);
  int exit_code = kExitOk;
  const auto left_out = exporter.write_pdf_pages(inputs, inputs.data.table, specs, o.out);
  for (const auto& page : left_out) {
    const BatchItem& item = plan.items[page.index];
    std::cerr << tr(lang, Msg::batch_failed, {{"file", item.spec.indicator + " (" + item.spec.period + ")"},
                                              {"reason", page.outcome.message}})
              << "\n";
    note_failure(exit_code, page.outcome.exit_code);
  }
  say_summary(lang, specs.size() - left_out.size(), specs.size(), o.out, start);
  return exit_code;
}

}  // namespace

int run_batch_export(const CliOptions& o, const MapSpec& base, const MapInputs& inputs,
                     exporting::MapExporter& exporter) {
  BatchRequest request = o.batch;
  if (!o.out.empty()) request.extension = "pdf";
  const BatchPlan plan = plan_batch(base, request, inputs.data.table);
  for (const std::string& skipped : plan.skipped) std::cerr << skipped << "\n";
  return write_batch_plan(o, plan, inputs, exporter);
}

int write_batch_plan(const CliOptions& o, const BatchPlan& plan, const MapInputs& inputs,
                     exporting::MapExporter& exporter) {
  return o.out.empty() ? write_into_folder(o, inputs, exporter, plan) : write_pages(o, inputs, exporter, plan);
}

}  // namespace hgm::cli
