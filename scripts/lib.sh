# Shared set-up steps for run-app.sh and run-tests.sh. Sourced, not run.
set -euo pipefail

HGM_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
HGM_BUILD_DIR="${HGM_BUILD_DIR:-$HGM_ROOT/build}"
# The default map's boundaries are committed in geodata/; only the optional national
# layers (708 districts, 63 provinces at full detail) go here.
HGM_NATIONAL_DIR="$HGM_ROOT/.cache/geodata"

# Debian 12 packages the build, the tests and the set-up need.
HGM_PACKAGES=(
  build-essential cmake ninja-build pkg-config python3-glad
  libgdal-dev gdal-bin libproj-dev libgeos-dev
  libsdl2-dev libimgui-dev libegl-dev libgl-dev libegl-mesa0 libgl1-mesa-dri
  libfreetype-dev libfontconfig-dev fontconfig fonts-noto-core libpng-dev libcairo2-dev libharfbuzz-dev poppler-utils
  googletest nlohmann-json3-dev libxml2-utils xvfb xauth xdotool x11-apps curl ca-certificates
  libportal-dev
  clang libclang-rt-14-dev
  chromium librsvg2-bin
)

say() { printf '[hagiang-map] %s\n' "$*" >&2; }

# timed NAME COMMAND...: runs the command and says how long it took (wall seconds).
timed() {
  local name="$1" start=$SECONDS status=0
  shift
  "$@" || status=$?
  say "$name: $((SECONDS - start)) s$([ $status -eq 0 ] || echo " (failed, exit $status)")"
  return $status
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_packages() {
  local missing=()
  for p in "${HGM_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$p")
    fi
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi
  say "installing Debian packages: ${missing[*]}"
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# The default map needs no download: its boundaries are in geodata/. The national layers
# are copied into .cache/geodata (for the tests about them) only when a local copy is at
# hand ($HAGIANG_GEODATA_DIR or ../shared/geodata); never from the network here. Run
# scripts/obtain-boundaries.sh by hand to download them.
obtain_national_layers_if_local() {
  if [ -n "${HAGIANG_GEODATA_DIR:-}" ] || [ -f "$HGM_ROOT/../shared/geodata/vietnam_adm2.shp" ]; then
    "$HGM_ROOT/scripts/obtain-boundaries.sh" "$HGM_NATIONAL_DIR" ||
      say "warning: the national layers were not copied; the default map does not need them"
  elif [ ! -f "$HGM_NATIONAL_DIR/vietnam_adm2.shp" ]; then
    say "the national 708-district layer is not obtained (the default map does not need it;"
    say "scripts/obtain-boundaries.sh downloads it into .cache/geodata, its tests are skipped until then)"
  fi
}

configure_and_build() {
  cmake -S "$HGM_ROOT" -B "$HGM_BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
  cmake --build "$HGM_BUILD_DIR" -j"$(nproc)"
}
