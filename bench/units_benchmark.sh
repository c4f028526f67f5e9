#!/usr/bin/env bash
# The 708-district map of Viet Nam (--units) exported at 3840x2160 by hagiang-map, against
# python3-mapnik drawing the same units with the same fills, outlines and non-overlapping
# labels (bench/mapnik_units_peer.py), runs interleaved; wall time and peak RSS of each
# whole process by /usr/bin/time -v. Numbers for notes, never asserted in tests.
# Usage: units_benchmark.sh [HAGIANG_MAP_BINARY] [RUNS]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="${1:-$root/build/src/cli/hagiang-map}"
runs="${2:-5}"
layer="${HGM_UNITS_LAYER:-$root/.cache/geodata/vietnam_adm2.shp}"
[ -f "$layer" ] || { echo "no $layer: run scripts/obtain-boundaries.sh first" >&2; exit 1; }
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
units=(--units "$layer" --code-field shapeID --name-field shapeName)
# A table giving every unit a figure, so the map has classes (as a planner's table would).
"$bin" inspect --json "${units[@]}" 2>/dev/null |
  /usr/bin/python3 -c 'import json,sys
d=json.load(sys.stdin)["districts"]
print("Mã huyện,Tỷ lệ thử (%)")
for i,u in enumerate(d): print("%s,%d.5" % (u["code"], (i*37)%100))' > "$tmp/units.csv"
map=(--table "$tmp/units.csv" --map "Tỷ lệ thử (%)=new:test_share:%:higher_is_better:Tỷ lệ thử" --indicator test_share
     --period 2021-Q1 "${units[@]}")
"$bin" inspect --json "${map[@]}" > "$tmp/inspect.json" 2>/dev/null
measure() {  # prints "wall_s peak_MiB"
  /usr/bin/time -v "$@" >/dev/null 2>"$tmp/time.txt" || { cat "$tmp/time.txt" >&2; exit 1; }
  awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=t[n]+(n>1?t[n-1]*60:0); printf "%.2f ", s}
              /Maximum resident/ {printf "%.0f\n", $2/1024}' "$tmp/time.txt"
}
for run in $(seq "$runs"); do
  hg=$(measure "$bin" export "${map[@]}" --size 3840x2160 --out "$tmp/hg.png")
  mk=$(measure /usr/bin/python3 "$root/bench/mapnik_units_peer.py" "$tmp/inspect.json" "$layer" shapeID shapeName \
       "$tmp/mapnik.png" 3840 2160)
  echo "run $run: hagiang-map ${hg% *} s ${hg#* } MiB | mapnik ${mk% *} s ${mk#* } MiB (708 units, 3840x2160, whole process)"
done
