#!/usr/bin/env bash
# Set-up and run: installs what is missing, builds, and opens the window on the default
# map (its boundaries are committed in geodata/: no download, no ../shared). Without a
# display it exports the default map to PNG.
source "$(dirname "$0")/lib.sh"
install_packages
configure_and_build -DHGM_BUILD_TESTS=OFF
exec "$HGM_BUILD_DIR/src/app/hagiang-map-app" "$@"
