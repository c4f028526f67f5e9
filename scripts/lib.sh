# Shared set-up steps for run-app.sh and run-tests.sh. Sourced, not run.
set -euo pipefail

HGM_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
HGM_BUILD_DIR="${HGM_BUILD_DIR:-$HGM_ROOT/build}"
HGM_BOUNDARY_DIR="$HGM_ROOT/.cache/geodata"

# Debian 12 packages the build, the tests and the set-up need.
HGM_PACKAGES=(
  build-essential cmake pkg-config python3-glad
  libgdal-dev gdal-bin libproj-dev libgeos-dev
  libsdl2-dev libimgui-dev libegl-dev libgl-dev libegl-mesa0 libgl1-mesa-dri
  libfreetype-dev libfontconfig-dev fontconfig fonts-noto-core libpng-dev
  googletest nlohmann-json3-dev libxml2-utils xvfb xauth curl ca-certificates
  clang libclang-rt-14-dev
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

# The boundary files are never committed: take them from $HAGIANG_GEODATA_DIR, else from
# ../shared/geodata, else download the official geoBoundaries release and check it.
obtain_boundaries() {
  "$HGM_ROOT/scripts/obtain-boundaries.sh" "$HGM_BOUNDARY_DIR"
}

configure_and_build() {
  cmake -S "$HGM_ROOT" -B "$HGM_BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
  cmake --build "$HGM_BUILD_DIR" -j"$(nproc)"
}
