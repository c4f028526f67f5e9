#!/usr/bin/env bash
# Window frame times (issue 13, goals 1 and 2; numbers for notes, never asserted in tests):
# runs `hagiang-map-app --bench` under Xvfb at each size, RUNS times, which replays hover
# moves over the map and the panel, a drag, wheel zooms and indicator switches through the
# real window loop and prints p50/p95/max per kind of frame (ms from the frame's events to
# the end of its swap), split by whether the frame drew the map anew, and the run's peak
# resident memory (/usr/bin/time). Arguments after `--` go to the app (e.g. --units ... for
# the 708 districts).
#   bench/window_frames_benchmark.sh [APP_BINARY] [RUNS] [SIZES] [-- APP_ARGS...]
#     (SIZES: "1600x900 1920x1080")
# The issue's older method, `--frames 61` minus `--frames 1` over 60, measures nothing since
# the window skips frames that would show nothing new: it is no longer run.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="${1:-$root/build/src/app/hagiang-map-app}"
runs="${2:-1}"
sizes="${3:-1600x900 1920x1080}"
shift $(($# < 3 ? $# : 3))
[ "${1:-}" = "--" ] && shift
app_args=("$@")

under_xvfb() {  # under_xvfb WxH COMMAND...: COMMAND inside a fresh Xvfb screen of that size
  local size="$1"; shift
  DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent xvfb-run -a -s "-screen 0 ${size}x24 -dpi 96" "$@"
}

echo "binary: $bin; $(nproc) cores; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for size in $sizes; do
  for run in $(seq "$runs"); do
    echo "== $size, run $run"
    under_xvfb "$size" /usr/bin/time -f "peak resident memory: %M KiB" "$bin" --size "$size" --bench "${app_args[@]}" 2>&1 |
      grep -v '^$' | grep -v 'screenshot\|^hagiang-map-app: warning'
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
