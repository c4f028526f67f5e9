#!/usr/bin/env bash
# Batch export against single exports (issue 12's benchmark; numbers for notes, never
# asserted in tests): every indicator with figures at 3840x2160 as PNGs in one process,
# the same as the pages of one PDF, and one `export` process per indicator. Runs are
# interleaved; each line gives wall time and peak resident memory (/usr/bin/time -v).
#   bench/batch_benchmark.sh [BINARY] [RUNS]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="${1:-$root/build/src/cli/hagiang-map}"
runs="${2:-5}"
size=3840x2160
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
# The list: each indicator with figures drawn once, small (not under the legible size, which
# is refused: about 380x380).
mapfile -t indicators < <("$bin" export --indicator all --size 480x480 --out-dir "$tmp/list" 2>/dev/null >/dev/null;
                          ls "$tmp/list" | sed 's/_2021-Q1\.png$//')
[ "${#indicators[@]}" -gt 0 ] || { echo "no indicators listed" >&2; exit 1; }

measure() {  # measure LABEL COMMAND...: "LABEL: S s, M MiB"
  local label="$1"; shift
  /usr/bin/time -v -o "$tmp/time" "$@" >/dev/null 2>&1
  local wall rss
  wall=$(grep 'Elapsed (wall clock)' "$tmp/time" | awk '{print $NF}')
  rss=$(grep 'Maximum resident set size' "$tmp/time" | awk '{print int($NF / 1024)}')
  echo "$label: $wall wall, $rss MiB peak"
}

singles() {
  for id in "${indicators[@]}"; do "$bin" export --indicator "$id" --size "$size" --out "$tmp/single/$id.png"; done
}

mkdir -p "$tmp/single"
echo "${#indicators[@]} indicators at $size"
for run in $(seq "$runs"); do
  rm -rf "$tmp/batch" "$tmp/deck.pdf"
  measure "run $run  batch PNG (one process)" "$bin" export --indicator all --size "$size" --out-dir "$tmp/batch"
  measure "run $run  batch PDF (one process)" "$bin" export --indicator all --size "$size" --out "$tmp/deck.pdf"
  s=$(date +%s%N); singles >/dev/null 2>&1; e=$(date +%s%N)
  echo "run $run  ${#indicators[@]} single exports: $(( (e - s) / 1000000 )) ms wall"
done
