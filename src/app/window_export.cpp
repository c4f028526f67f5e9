// The window's export (window_loop.h): the export dialog's request started beside the
// window (export_job.h), its progress followed frame by frame, and how it ended told to
// the dialog and on stderr.
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "app/absolute_path.h"
#include "app/app_text.h"
#include "app/window_loop.h"
#include "core/errors.h"
#include "core/spec/batch_plan.h"
#include "core/text/i18n.h"
#include "export/batch_writer.h"
#include "export/map_export.h"

namespace hgm::app {

void WindowLoop::open_export() {
  std::error_code ec;
  export_.open(std::filesystem::current_path(ec).string());
}

void WindowLoop::write_export(const ExportRequest& request) {
  if (job_) return;  // one at a time (the dialog's button waits too)
  const Lang lang = request.spec.lang;
  try {
    BatchPlan plan;
    exporting::BatchTarget target;
    if (request.batch) {
      plan = plan_batch(request.spec, *request.batch, state_.table());
      for (const std::string& skipped : plan.skipped) std::cerr << "hagiang-map-app: " << skipped << "\n";
      target.folder = absolute_path(request.folder);
      job_path_.clear();
    } else {
      const std::filesystem::path path(request.path);
      exporting::format_of(request.path, lang);  // an unknown extension is refused before the thread starts
      plan.items.push_back({request.spec, path.filename().string()});
      target.folder = path.parent_path().empty() ? std::string(".") : path.parent_path().string();
      job_path_ = absolute_path(request.path);
    }
    if (request.deck) target.deck = absolute_path(request.path);
    job_lang_ = lang;
    job_shown_ = 0;
    job_sign_logged_ = false;
    job_frame_ms_.clear();
    const std::string target_place = target.deck.empty() ? target.folder : target.deck;
    job_ = std::make_unique<ExportJob>(state_.inputs(), state_.table(), std::move(plan), std::move(target));
    std::cerr << "hagiang-map-app: " << ui_text(lang, UiText::export_writing) << " "
              << (job_path_.empty() ? (target_place) : job_path_) << "\n";
  } catch (const std::exception& e) {
    const std::string message = ui_text(lang, UiText::export_failed, {{"reason", outcome_of(e, lang).message}});
    export_.set_failed(message);
    std::cerr << "hagiang-map-app: " << message << "\n";
  }
}

void WindowLoop::follow_export(const ExportActions& actions) {
  if (!job_) return;
  if (actions.cancel) job_->cancel();
  if (actions.showed_writing && !job_sign_logged_) {
    // Said once a frame with the sign has been drawn: the window test waits for it.
    std::cerr << "hagiang-map-app: the export dialog shows '" << ui_text(job_lang_, UiText::export_writing)
              << "' and its Export button is disabled\n";
    job_sign_logged_ = true;
  }
  const ExportJob::Progress progress = job_->progress();
  if (progress.started != job_shown_ && progress.started > 0) {
    job_shown_ = progress.started;
    std::cerr << "hagiang-map-app: " << tr(job_lang_, Msg::batch_progress,
                                           {{"n", std::to_string(progress.started)},
                                            {"total", std::to_string(progress.total)},
                                            {"file", progress.current}})
              << "\n";
  }
  if (!job_->finished()) {
    export_.set_running(ExportRunning{progress.started, progress.total, progress.current, quit_after_export_});
    return;
  }
  finish_export();
  if (quit_after_export_) quit_ = true;
}

void WindowLoop::finish_export() {
  const std::unique_ptr<ExportJob> job = std::move(job_);
  export_.set_running(std::nullopt);
  screen_->make_current();
  const Lang lang = job_lang_;
  // The frame times while it ran: how responsive the window stayed.
  if (!job_frame_ms_.empty()) {
    std::vector<double> ms = job_frame_ms_;
    std::sort(ms.begin(), ms.end());
    std::cerr << "hagiang-map-app: " << ms.size() << " frames drawn while exporting, median "
              << static_cast<long>(ms[ms.size() / 2] + 0.5) << " ms, longest " << static_cast<long>(ms.back() + 0.5)
              << " ms\n";
  }
  const exporting::BatchOutcome& outcome = job->outcome();
  if (job->error() || (!job_path_.empty() && !outcome.failures.empty())) {
    const ErrorOutcome& error = job->error() ? *job->error() : outcome.failures.front().outcome;
    const std::string message = ui_text(lang, UiText::export_failed, {{"reason", error.message}});
    export_.set_failed(message);
    std::cerr << "hagiang-map-app: " << message << "\n";
    return;
  }
  if (!job_path_.empty()) {
    if (outcome.cancelled) return;
    export_.set_written(job_path_);
    std::cerr << "hagiang-map-app: " << ui_text(lang, UiText::export_written, {{"path", job_path_}}) << "\n";
    return;
  }
  ExportSummary summary;
  const std::string written = std::to_string(outcome.written), total = std::to_string(outcome.total);
  summary.headline = outcome.cancelled
                         ? ui_text(lang, UiText::export_batch_cancelled, {{"written", written}, {"total", total}})
                         : ui_text(lang, UiText::export_batch_done, {{"written", written}, {"total", total}, {"place", outcome.place}});
  if (!outcome.failures.empty())
    summary.headline += "\n" + ui_text(lang, UiText::export_batch_failed, {{"failed", std::to_string(outcome.failures.size())}});
  for (const exporting::BatchFailure& failure : outcome.failures)
    summary.failures.push_back(tr(lang, Msg::batch_failed, {{"file", failure.name}, {"reason", failure.outcome.message}}));
  const std::filesystem::path place(outcome.place);
  summary.folder = std::filesystem::is_directory(place) ? place.string() : place.parent_path().string();
  std::cerr << "hagiang-map-app: " << exporting::batch_summary(outcome, lang) << "\n";
  for (const std::string& failure : summary.failures) std::cerr << "hagiang-map-app: " << failure << "\n";
  export_.set_summary(std::move(summary));
}

}  // namespace hgm::app
