#!/usr/bin/env bash
# Window frame times (issue 13, goals 1 and 2; numbers for notes, never asserted in tests):
# runs `hagiang-map-app --bench` under Xvfb at each size, RUNS times, which replays hover
# moves over the map and the panel, a drag, wheel zooms and indicator switches through the
# real window loop and prints p50/p95/max per kind of frame (ms from the frame's events to
# the end of its swap), split by whether the frame drew the map anew. Also the issue's
# older method: `--frames 61` minus `--frames 1`, whole process, divided by 60.
#   bench/window_frames_benchmark.sh [APP_BINARY] [RUNS] [SIZES]   (SIZES: "1600x900 1920x1080")
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="${1:-$root/build/src/app/hagiang-map-app}"
runs="${2:-1}"
sizes="${3:-1600x900 1920x1080}"

under_xvfb() {  # under_xvfb WxH COMMAND...: COMMAND inside a fresh Xvfb screen of that size
  local size="$1"; shift
  DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent xvfb-run -a -s "-screen 0 ${size}x24 -dpi 96" "$@"
}

wall() {  # wall WxH FRAMES: whole-process seconds of `--frames FRAMES`
  local start end
  start=$(date +%s.%N)
  under_xvfb "$1" "$bin" --size "$1" --frames "$2" >/dev/null 2>&1
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}

echo "binary: $bin; $(nproc) cores; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for size in $sizes; do
  for run in $(seq "$runs"); do
    echo "== $size, run $run"
    under_xvfb "$size" "$bin" --size "$size" --bench 2>&1 | grep -v '^$' | grep -v 'screenshot\|^hagiang-map-app: warning'
  done
  one=$(wall "$size" 1)
  many=$(wall "$size" 61)
  printf "== %s: --frames 61 minus --frames 1: %.0f ms per frame (%.2f s and %.2f s)\n" "$size" \
    "$(echo "($many - $one) * 1000 / 60" | bc -l)" "$many" "$one"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
