#include "cli/batch_export.h"

#include <unistd.h>

#include <iostream>

#include "core/errors.h"
#include "core/text/i18n.h"
#include "export/batch_writer.h"

namespace hgm::cli {

namespace {

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
  const Lang lang = o.spec.lang;
  Progress progress(lang, plan.items.size());
  exporting::BatchObserver observer;
  observer.starting = [&](std::size_t n, std::size_t, const std::string& name) { progress.show(n, name); };
  observer.failed = [&](const exporting::BatchFailure& failure) {
    progress.say(tr(lang, Msg::batch_failed, {{"file", failure.name}, {"reason", failure.outcome.message}}));
  };
  observer.noted = [&](const std::string& name, const std::string& notice) { progress.say(name + ": " + notice); };
  const exporting::BatchTarget target{o.out.empty() ? o.out_dir : std::string(), o.out};
  const exporting::BatchOutcome outcome =
      exporting::write_batch(plan, target, inputs, inputs.data.table, exporter, observer);
  progress.end();
  std::cerr << exporting::batch_summary(outcome, lang, !o.story_file.empty()) << "\n";
  return outcome.exit_code;
}

}  // namespace hgm::cli
