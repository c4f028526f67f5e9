#!/usr/bin/env bash
# Set-up and test: installs what is missing, obtains the boundary data, builds, and runs
# the whole test suite (unit, io, headless render, CLI, and the window under Xvfb).
source "$(dirname "$0")/lib.sh"
install_packages
obtain_boundaries
configure_and_build -DHGM_BUILD_TESTS=ON
cd "$HGM_BUILD_DIR"
ctest --output-on-failure -j"$(nproc)" "$@"
