#!/usr/bin/env bash
# Official, unsimplified boundaries (issue 13 goal 7): Hà Giang with Vị Xuyên densified to
# N vertices (bench/make_dense_boundaries.sh, default 1,000,000), loaded and exported at
# 1920x1080 (the first picture); wall time and peak RSS by /usr/bin/time -v. Numbers for
# notes, never asserted in tests. Usage: dense_load_benchmark.sh [HAGIANG_MAP_BINARY] [N] [RUNS]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="${1:-$root/build/src/cli/hagiang-map}"
n="${2:-1000000}"
runs="${3:-5}"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
shp=$("$root/bench/make_dense_boundaries.sh" "$n" "$tmp" | tail -1)
for run in $(seq "$runs"); do
  /usr/bin/time -v "$bin" export --boundaries "$shp" --size 1920x1080 --out "$tmp/dense.png" >/dev/null 2>"$tmp/time.txt"
  awk -F': ' -v run="$run" -v n="$n" '/Elapsed \(wall clock\)/ {w=$2} /Maximum resident/ {m=$2/1024}
       END {printf "run %s: %s vertices, wall %s, peak %.0f MiB\n", run, n, w, m}' "$tmp/time.txt"
done
