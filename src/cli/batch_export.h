#pragma once
// `hagiang-map export` with lists: many maps from one process (one GL context, one font),
// each file reported as it is written, a failure reported and the rest still written.
#include "cli/cli_options.h"
#include "core/spec/map_inputs.h"
#include "export/map_export.h"

namespace hgm::cli {

// Writes the maps of o.batch, each `base` (o.spec with the named districts pinned) with its
// indicator and period, into o.out_dir, or as the pages of the PDF o.out. Progress and the
// summary go to stderr. Returns 0 when every map was written, else the exit code of the
// first failure. Throws UsageError for a batch that cannot be planned (nothing written).
int run_batch_export(const CliOptions& o, const MapSpec& base, const MapInputs& inputs,
                     exporting::MapExporter& exporter);

// Writes a plan made elsewhere (a story's slides) the same way: into o.out_dir, or as the
// pages of the PDF o.out, with the same progress, summary and exit code.
int write_batch_plan(const CliOptions& o, const BatchPlan& plan, const MapInputs& inputs,
                     exporting::MapExporter& exporter);

}  // namespace hgm::cli
