#include "app/export_job.h"

#include <filesystem>

#include <sys/resource.h>
#include <unistd.h>

namespace hgm::app {

namespace {
constexpr int kJobNice = 10;
}  // namespace

ExportJob::ExportJob(const MapInputs& inputs, IndicatorTable table, BatchPlan plan, exporting::BatchTarget target,
                     const std::function<void()>& reload_gl)
    : table_(std::move(table)), plan_(std::move(plan)), target_(std::move(target)) {
  progress_.total = plan_.items.size();
  std::future<void> up = context_up_.get_future();
  std::future<void> go = may_draw_.get_future();
  thread_ = std::thread([this, &inputs, go = std::move(go)] {
    // Below the window's thread, so on a busy machine the frames come first (the OpenGL
    // driver's own threads, started from here, inherit it).
    ::setpriority(PRIO_PROCESS, static_cast<id_t>(::gettid()), kJobNice);
    // The exporter's context is made current on this thread, which loads OpenGL's
    // functions from it while the window's thread waits (header).
    try {
      exporter_ = std::make_unique<exporting::MapExporter>();
      const BatchItem& first = plan_.items.front();
      const std::string path = target_.deck.empty() ? first.file_name : target_.deck;
      exporter_->prepare(first.spec, path);
    } catch (const std::exception& e) {
      error_ = outcome_of(e, plan_.items.front().spec.lang);
    }
    context_up_.set_value();
    go.wait();  // the window's functions loaded again
    if (!error_ && !cancel_) run(inputs);
    exporter_.reset();  // its context goes with the thread that made it current
    finished_ = true;
  });
  up.wait();
  try {
    reload_gl();
  } catch (...) {
    cancel_ = true;
    may_draw_.set_value();
    thread_.join();
    throw;
  }
  may_draw_.set_value();
}

ExportJob::~ExportJob() {
  cancel();
  if (thread_.joinable()) thread_.join();
}

ExportJob::Progress ExportJob::progress() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return progress_;
}

void ExportJob::run(const MapInputs& inputs) {
  exporting::BatchObserver observer;
  observer.starting = [this](std::size_t n, std::size_t total, const std::string& name) {
    std::lock_guard<std::mutex> lock(mutex_);
    progress_ = {n, total, name};
  };
  observer.cancelled = [this] { return cancel_.load(); };
  try {
    outcome_ = exporting::write_batch(plan_, target_, inputs, table_, *exporter_, observer);
  } catch (const std::exception& e) {
    error_ = outcome_of(e, plan_.items.front().spec.lang);
  }
}

}  // namespace hgm::app
