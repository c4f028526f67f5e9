#pragma once
// The one batch loop: the maps of a BatchPlan into a folder (a file each) or as the pages
// of one PDF, through one MapExporter (one font for all of them).
// `hagiang-map export` with lists and the window's export dialog both run it; each shows
// the progress its own way through a BatchObserver.
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "core/errors.h"
#include "core/spec/batch_plan.h"
#include "core/spec/map_inputs.h"
#include "export/map_export.h"

namespace hgm::exporting {

struct BatchTarget {
  std::string folder;  // a file per map, named by the plan (made if missing)
  std::string deck;    // or, when set, one PDF with a page per map
};

struct BatchFailure {
  std::string name;  // the file's path, or for a deck's page "indicator (period)"
  ErrorOutcome outcome;
};

struct BatchObserver {
  // Before map `n` (from 1) of `total` is made; `name` is its file name (a deck's: its page's).
  std::function<void(std::size_t n, std::size_t total, const std::string& name)> starting;
  std::function<void(const BatchFailure& failure)> failed;
  // A map written with something left out (a chart's rows), as its image says.
  std::function<void(const std::string& name, const std::string& notice)> noted;
  // Asked before each map: true stops the batch there (a deck then writes nothing).
  std::function<bool()> cancelled;
};

struct BatchOutcome {
  std::size_t total = 0;
  std::size_t written = 0;  // files, or a deck's pages
  std::vector<BatchFailure> failures;
  bool cancelled = false;
  double seconds = 0;
  int exit_code = kExitOk;  // the first failure's (what a script most likely wants)
  std::string place;        // the folder or the deck
};

// Writes every map of `plan`; a map that fails is reported (observer.failed) and the rest
// are still written. Throws as MapExporter::write_pdf_pages does for a deck file that
// cannot be written or has no page.
BatchOutcome write_batch(const BatchPlan& plan, const BatchTarget& target, const MapInputs& inputs,
                         const IndicatorTable& table, MapExporter& exporter, const BatchObserver& observer = {});

// "Đã ghi 35/37 bản đồ vào DIR (12,3 giây)".
// `slides`: the batch is a story's, so the summary counts slides, not maps.
std::string batch_summary(const BatchOutcome& outcome, Lang lang, bool slides = false);

}  // namespace hgm::exporting
