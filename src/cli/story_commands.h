#pragma once
// `hagiang-map story check FILE` and `hagiang-map export --story FILE …`.
#include "cli/cli_options.h"
#include "core/spec/map_inputs.h"
#include "export/map_export.h"

namespace hgm::cli {

// Reads and checks the story: prints every problem (slide, field, what is allowed) and
// returns 3, or says how many slides it has and returns 0.
int run_story_check(const CliOptions& o, const MapInputs& inputs);

// Writes the story's slides into o.out_dir (one file each, numbered) or as the pages of
// the PDF o.out; a story with problems is refused before anything is written (exit 3).
int run_story_export(const CliOptions& o, const MapInputs& inputs, exporting::MapExporter& exporter);

}  // namespace hgm::cli
