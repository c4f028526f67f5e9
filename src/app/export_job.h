#pragma once
// An export running beside the window: one map or a batch, written by the batch loop the
// CLI uses (export/batch_writer.h) on a thread of its own with its own MapExporter (its
// own font; it draws without OpenGL, so the window's context is never touched), so the
// window keeps drawing frames, shows the progress and can cancel between maps.
#include <atomic>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "core/data/indicator.h"
#include "core/errors.h"
#include "core/spec/batch_plan.h"
#include "core/spec/map_inputs.h"
#include "export/batch_writer.h"

namespace hgm::app {

class ExportJob {
 public:
  struct Progress {
    std::size_t started = 0;  // the map being made now, from 1 (0: none yet)
    std::size_t total = 0;
    std::string current;      // its file name (a deck's page: "indicator (period)")
  };

  // Starts writing `plan` to `target`. `inputs` must outlive the job; the table is the
  // job's own copy, so the window may load another meanwhile.
  ExportJob(const MapInputs& inputs, IndicatorTable table, BatchPlan plan, exporting::BatchTarget target);
  ~ExportJob();  // cancels and waits for the map being made
  ExportJob(const ExportJob&) = delete;
  ExportJob& operator=(const ExportJob&) = delete;

  Progress progress() const;
  void cancel() { cancel_ = true; }
  bool finished() const { return finished_; }
  // After finished(): what was written and what failed, or the error that stopped the
  // whole job (a deck that could not be written, no font …).
  const exporting::BatchOutcome& outcome() const { return outcome_; }
  const std::optional<ErrorOutcome>& error() const { return error_; }

 private:
  void run(const MapInputs& inputs);

  IndicatorTable table_;
  BatchPlan plan_;
  exporting::BatchTarget target_;
  mutable std::mutex mutex_;
  Progress progress_;
  std::atomic<bool> cancel_{false};
  std::atomic<bool> finished_{false};
  exporting::BatchOutcome outcome_;
  std::optional<ErrorOutcome> error_;
  std::thread thread_;
};

}  // namespace hgm::app
