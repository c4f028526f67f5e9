#include "app/export_job.h"

#include <filesystem>

#include <sys/resource.h>
#include <unistd.h>

#include "export/map_export.h"

namespace hgm::app {

namespace {
constexpr int kJobNice = 10;
}  // namespace

ExportJob::ExportJob(const MapInputs& inputs, IndicatorTable table, BatchPlan plan, exporting::BatchTarget target)
    : table_(std::move(table)), plan_(std::move(plan)), target_(std::move(target)) {
  progress_.total = plan_.items.size();
  thread_ = std::thread([this, &inputs] {
    // Below the window's thread, so on a busy machine the frames come first.
    ::setpriority(PRIO_PROCESS, static_cast<id_t>(::gettid()), kJobNice);
    if (!cancel_) run(inputs);
    finished_ = true;
  });
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
    exporting::MapExporter exporter;
    outcome_ = exporting::write_batch(plan_, target_, inputs, table_, exporter, observer);
  } catch (const std::exception& e) {
    error_ = outcome_of(e, plan_.items.front().spec.lang);
  }
}

}  // namespace hgm::app
