#include "render/png/png_encode_thread.h"

#include <algorithm>
#include <chrono>

namespace hgm::render {

PngEncodeThread::PngEncodeThread(PngRowWriter& png, int width)
    : png_(png), row_bytes_(static_cast<std::size_t>(std::max(width, 0)) * 4), thread_([this] { run(); }) {}

PngEncodeThread::~PngEncodeThread() {
  {
    std::lock_guard lock(mutex_);
    closing_ = true;
  }
  changed_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void PngEncodeThread::push(const std::uint8_t* rgba, int rows) {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] { return queued_rows_ == 0 || error_; });
  if (error_) std::rethrow_exception(error_);
  const std::size_t bytes = row_bytes_ * static_cast<std::size_t>(std::max(rows, 0));
  // A copy of a few MiB under the lock: short next to compressing a band.
  queued_.assign(rgba, rgba + bytes);
  queued_rows_ = rows;
  lock.unlock();
  changed_.notify_all();
}

double PngEncodeThread::finish() {
  {
    std::unique_lock lock(mutex_);
    closing_ = true;
  }
  changed_.notify_all();
  if (thread_.joinable()) thread_.join();
  if (error_) std::rethrow_exception(error_);
  return encode_ms_;
}

void PngEncodeThread::run() {
  std::vector<std::uint8_t> band;
  for (;;) {
    int rows = 0;
    {
      std::unique_lock lock(mutex_);
      changed_.wait(lock, [&] { return queued_rows_ > 0 || closing_; });
      if (queued_rows_ == 0) return;  // closing, and everything handed over is written
      band.swap(queued_);
      rows = queued_rows_;
      queued_rows_ = 0;
    }
    changed_.notify_all();  // the caller may queue the next band while this one compresses
    const auto start = std::chrono::steady_clock::now();
    try {
      png_.write_rows(band.data(), rows);
    } catch (...) {
      std::lock_guard lock(mutex_);
      error_ = std::current_exception();
      changed_.notify_all();
      return;
    }
    encode_ms_ += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  }
}

}  // namespace hgm::render
