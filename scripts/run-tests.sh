#!/usr/bin/env bash
# Set-up and test: installs what is missing, copies the optional national layers into
# .cache/geodata when a local copy is at hand (never downloads), builds, and runs the whole
# test suite (unit, io, headless render, CLI, and the window under Xvfb). The default map's
# boundaries are committed in geodata/; only the tests about the national layers are
# skipped, saying why, when those layers are not obtained.
source "$(dirname "$0")/lib.sh"
install_packages
obtain_national_layers_if_local
configure_and_build -DHGM_BUILD_TESTS=ON
cd "$HGM_BUILD_DIR"
ctest --output-on-failure -j"$(nproc)" "$@"
