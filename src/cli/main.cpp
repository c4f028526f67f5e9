#include <string>
#include <vector>

#include "cli/run_cli.h"

int main(int argc, char** argv) {
  return hgm::cli::run_cli(std::vector<std::string>(argv + 1, argv + argc));
}
