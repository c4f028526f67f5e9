// hagiang-map-app: the Hà Giang indicator map in a window (SDL2 + Dear ImGui + OpenGL).
// Everything happens in run_app; main only notes the start time for the first-frame
// measurement and hands over the arguments.
#include <chrono>
#include <string>
#include <vector>

#include "app/run_app.h"

int main(int argc, char** argv) {
  const auto started = std::chrono::steady_clock::now();
  return hgm::app::run_app(std::vector<std::string>(argv + 1, argv + argc), started);
}
