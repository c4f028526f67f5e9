#include "cli/story_commands.h"

#include <iostream>

#include "cli/batch_export.h"
#include "core/story/story_export_plan.h"
#include "core/text/i18n.h"
#include "io/story_file.h"

namespace hgm::cli {

namespace {

// The story, or DataError listing every problem it has (exit 3).
Story checked_story(const CliOptions& o, const MapInputs& inputs) {
  return io::read_checked_story(o.story_file, inputs.data.registry, inputs.data.table, o.spec.lang);
}

}  // namespace

int run_story_check(const CliOptions& o, const MapInputs& inputs) {
  const Story story = checked_story(o, inputs);
  std::cout << tr(o.spec.lang, Msg::story_fine,
                  {{"source", o.story_file}, {"count", std::to_string(story.slides.size())}})
            << "\n";
  return 0;
}

int run_story_export(const CliOptions& o, const MapInputs& inputs, exporting::MapExporter& exporter) {
  const Story story = checked_story(o, inputs);
  StoryExportOptions options;
  options.extension = o.out.empty() ? o.batch.extension : "pdf";
  if (o.lang_given) options.lang = o.spec.lang;
  if (o.size_given) options.size = o.spec.size;
  return write_batch_plan(o, plan_story_export(story, options), inputs, exporter);
}

}  // namespace hgm::cli
