#pragma once
// The window front end's command line: `hagiang-map-app [options]`.
#include <optional>
#include <string>
#include <vector>

#include "core/spec/map_spec.h"

namespace hgm::app {

struct AppOptions {
  enum class Action { run, help, version };
  Action action = Action::run;
  MapSpec spec;            // the map first shown: --spec FILE, then --indicator, --period, --lang
  std::string spec_file;   // --spec FILE
  std::string story_file;  // --story FILE: the map shows its first slide; F5 (or --present) presents it
  std::optional<MapSpec> spec_as_read;  // the file's spec before the flags, to check its names
  std::string boundaries;  // --boundaries FILE; empty: the default (io::default_boundary_file)
  std::string data_dir;    // --data DIR; empty: the project's geodata/
  std::vector<std::string> tables;  // --table FILE (repeatable): planners' tables to add
  int width = 1600, height = 900;  // window size, screen coordinates
  bool size_given = false;  // --size: kept as asked; the default shrinks to fit the display
  bool present = false;     // --present: start in presentation mode
  int frames = 0;          // --frames N: draw N frames then exit; 0: until the window is closed
  std::string screenshot;  // --screenshot FILE: PNG of the last frame
  bool bench = false;      // --bench: time a fixed walk of events frame by frame (frame_bench.h), then exit
  // --renderer: how the window draws. Automatic: OpenGL where the machine has a graphics
  // device, else the CPU (OpenGL could only be a software one there, its driver some
  // 60 MiB to load for drawing the CPU does as fast).
  enum class Renderer { automatic, cpu, opengl };
  Renderer renderer = Renderer::automatic;
};

// Throws hgm::UsageError saying what was wrong and what is allowed, hgm::DataError for a
// --spec file that cannot be read.
AppOptions parse_app_options(const std::vector<std::string>& args);
std::string app_help_text();

}  // namespace hgm::app
