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

std::string seconds_since(Clock::time_point start, Lang lang) {
  return format_number(std::chrono::duration<double>(Clock::now() - start).count(), 1, lang, false);
}

// Keeps the first failure's exit code; the first is what a script most likely wants to see.
struct Failures {
  int exit_code = kExitOk;
  void add(int code) {
    if (exit_code == kExitOk) exit_code = code;
  }
};

int write_into_folder(const CliOptions& o, const MapInputs& inputs, exporting::MapExporter& exporter,
                      const BatchPlan& plan) {
  const Lang lang = o.spec.lang;
  const auto start = Clock::now();
  std::error_code made;
  fs::create_directories(o.out_dir, made);  // a missing folder is made; a bad one fails at the first write
  Progress progress(lang, plan.items.size());
  Failures failures;
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
      failures.add(outcome.exit_code);
    }
  }
  progress.end();
  std::cerr << tr(lang, Msg::batch_summary,
                  {{"written", std::to_string(written)},
                   {"total", std::to_string(plan.items.size())},
                   {"place", o.out_dir},
                   {"seconds", seconds_since(start, lang)}})
            << "\n";
  return failures.exit_code;
}

int write_pages(const CliOptions& o, const MapInputs& inputs, exporting::MapExporter& exporter, const BatchPlan& plan) {
  const Lang lang = o.spec.lang;
  const auto start = Clock::now();
  std::vector<MapSpec> specs;
  for (const BatchItem& item : plan.items) specs.push_back(item.spec);
  Failures failures;
  const auto left_out = exporter.write_pdf_pages(inputs, inputs.data.table, specs, o.out);
  for (const auto& page : left_out) {
    const BatchItem& item = plan.items[page.index];
    std::cerr << tr(lang, Msg::batch_failed, {{"file", item.spec.indicator + " (" + item.spec.period + ")"},
                                              {"reason", page.outcome.message}})
              << "\n";
    failures.add(page.outcome.exit_code);
  }
  std::cerr << tr(lang, Msg::batch_summary,
                  {{"written", std::to_string(specs.size() - left_out.size())},
                   {"total", std::to_string(specs.size())},
                   {"place", o.out},
                   {"seconds", seconds_since(start, lang)}})
            << "\n";
  return failures.exit_code;
}

}  // namespace

int run_batch_export(const CliOptions& o, const MapInputs& inputs, exporting::MapExporter& exporter) {
  BatchRequest request = o.batch;
  if (!o.out.empty()) request.extension = "pdf";
  const BatchPlan plan = plan_batch(o.spec, request, inputs.data.table);
  for (const std::string& skipped : plan.skipped) std::cerr << skipped << "\n";
  return o.out.empty() ? write_into_folder(o, inputs, exporter, plan) : write_pages(o, inputs, exporter, plan);
}

}  // namespace hgm::cli
