#include "export/batch_writer.h"

#include <chrono>
#include <filesystem>

#include "core/text/i18n.h"
#include "core/text/number_format.h"

namespace hgm::exporting {

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

void note_failure(BatchOutcome& outcome, BatchFailure failure, const BatchObserver& observer) {
  if (outcome.exit_code == kExitOk) outcome.exit_code = failure.outcome.exit_code;
  if (observer.failed) observer.failed(failure);
  outcome.failures.push_back(std::move(failure));
}

bool cancelled(const BatchObserver& observer) { return observer.cancelled && observer.cancelled(); }

void write_into_folder(const BatchPlan& plan, const std::string& folder, const MapInputs& inputs,
                       const IndicatorTable& table, MapExporter& exporter, const BatchObserver& observer,
                       BatchOutcome& outcome) {
  std::error_code made;
  fs::create_directories(folder, made);  // a missing folder is made; a bad one fails at the first write
  for (std::size_t i = 0; i < plan.items.size(); ++i) {
    if (cancelled(observer)) {
      outcome.cancelled = true;
      return;
    }
    const BatchItem& item = plan.items[i];
    const std::string path = (fs::path(folder) / item.file_name).string();
    if (observer.starting) observer.starting(i + 1, plan.items.size(), item.file_name);
    try {
      const ExportResult result = exporter.write(inputs, table, item.spec, path);
      ++outcome.written;
      if (!result.notice.empty() && observer.noted) observer.noted(item.file_name, result.notice);
    } catch (const std::exception& e) {
      note_failure(outcome, {path, outcome_of(e, item.spec.lang)}, observer);
    }
  }
}

std::string page_name(const BatchItem& item) { return item.spec.indicator + " (" + item.spec.period + ")"; }

void write_deck(const BatchPlan& plan, const std::string& deck, const MapInputs& inputs, const IndicatorTable& table,
                MapExporter& exporter, const BatchObserver& observer, BatchOutcome& outcome) {
  std::vector<MapSpec> specs;
  for (const BatchItem& item : plan.items) specs.push_back(item.spec);
  try {
    const auto left_out = exporter.write_pdf_pages(inputs, table, specs, deck, [&](std::size_t i) {
      if (cancelled(observer)) return false;
      if (observer.starting) observer.starting(i + 1, specs.size(), page_name(plan.items[i]));
      return true;
    });
    for (const auto& page : left_out) note_failure(outcome, {page_name(plan.items[page.index]), page.outcome}, observer);
    outcome.written = specs.size() - left_out.size();
  } catch (const ExportCancelled&) {
    outcome.cancelled = true;
  }
}

}  // namespace

BatchOutcome write_batch(const BatchPlan& plan, const BatchTarget& target, const MapInputs& inputs,
                         const IndicatorTable& table, MapExporter& exporter, const BatchObserver& observer) {
  const auto start = Clock::now();
  BatchOutcome outcome;
  outcome.total = plan.items.size();
  outcome.place = target.deck.empty() ? target.folder : target.deck;
  if (target.deck.empty()) write_into_folder(plan, target.folder, inputs, table, exporter, observer, outcome);
  else write_deck(plan, target.deck, inputs, table, exporter, observer, outcome);
  outcome.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  return outcome;
}

std::string batch_summary(const BatchOutcome& outcome, Lang lang, bool slides) {
  return tr(lang, slides ? Msg::batch_summary_slides : Msg::batch_summary,
            {{"written", std::to_string(outcome.written)},
             {"total", std::to_string(outcome.total)},
             {"place", outcome.place},
             {"seconds", format_number(outcome.seconds, 1, lang, false)}});
}

}  // namespace hgm::exporting
