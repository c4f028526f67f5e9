#!/usr/bin/env bash
# Whole-process PNG export by hagiang-map against python3-mapnik drawing the same map
# (bench/mapnik_peer.py: the same units, fills, outlines and name labels, same projection
# and size), on the same machine (numbers for notes, never asserted in tests).
#   bench/export_benchmark.sh [BINARY] [RUNS]
# Cases: Hà Giang at 1920x1080 and 3840x2160, and the 708 districts of Viet Nam at
# 3840x2160 when the binary knows --units. Runs are interleaved (hagiang-map, mapnik,
# hagiang-map, ...) after one warm-up of each; every run is timed by /usr/bin/time -v.
# Prints each run, then per case the median and min-max of wall time and peak resident
# memory of both, and the ratio of the medians (hagiang-map / mapnik). Says the load
# average first: other work on the machine slows both.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="${1:-$root/build/src/cli/hagiang-map}"
runs="${2:-5}"
peer="$root/bench/mapnik_peer.py"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
/usr/bin/python3 -c 'import mapnik' 2>/dev/null || { echo "python3-mapnik is missing (Debian package python3-mapnik)" >&2; exit 1; }

# timed NAME COMMAND...: appends "wall_seconds rss_mib" to $tmp/NAME. The wall time is read
# with nanoseconds around the run (/usr/bin/time gives hundredths, too coarse for 0.15 s
# exports); the peak resident memory is /usr/bin/time's.
timed() {
  local name="$1"; shift
  local start end
  start="$(date +%s%N)"
  /usr/bin/time -v -o "$tmp/time" "$@" >/dev/null 2>"$tmp/stderr" || { cat "$tmp/stderr" >&2; exit 1; }
  end="$(date +%s%N)"
  awk -v ns="$((end - start))" '/Maximum resident set size/ { rss = $NF / 1024 }
       END { printf "%.3f %.1f\n", ns / 1e9, rss }' "$tmp/time" >> "$tmp/$name"
}

# summary FILE COLUMN: "median (min-max)" of one column.
summary() {
  cut -d' ' -f"$2" "$1" | sort -g | awk '{ v[NR] = $1 } END {
    m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%g (%g-%g)", m, v[1], v[NR] }'
}
median() { cut -d' ' -f"$2" "$1" | sort -g | awk '{ v[NR] = $1 } END { print NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# run_case LABEL SIZE SHAPEFILE CODE_FIELD NAME_FIELD [hagiang-map flags...]
run_case() {
  local label="$1" size="$2" shp="$3" code="$4" name="$5"; shift 5
  local w="${size%x*}" h="${size#*x}"
  "$bin" inspect --json "$@" > "$tmp/inspect.json"
  local hg=("$bin" export "$@" --size "$size" --out "$tmp/hg.png")
  local mk=(/usr/bin/python3 "$peer" "$tmp/inspect.json" "$shp" "$tmp/mapnik.png" "$w" "$h" "$code" "$name")
  rm -f "$tmp/hg" "$tmp/mk"
  "${hg[@]}" >/dev/null 2>&1; "${mk[@]}" >/dev/null 2>&1  # warm-up: caches, shader cache
  for run in $(seq "$runs"); do
    timed hg "${hg[@]}"
    timed mk "${mk[@]}"
    echo "  $label run $run: hagiang-map $(tail -1 "$tmp/hg" | awk '{print $1 " s, " $2 " MiB"}');" \
         "mapnik $(tail -1 "$tmp/mk" | awk '{print $1 " s, " $2 " MiB"}')"
  done
  echo "$label ($runs runs, median (min-max)):"
  echo "  hagiang-map wall $(summary "$tmp/hg" 1) s, peak $(summary "$tmp/hg" 2) MiB"
  echo "  mapnik      wall $(summary "$tmp/mk" 1) s, peak $(summary "$tmp/mk" 2) MiB"
  echo "  ratio of medians: wall $(awk -v a="$(median "$tmp/hg" 1)" -v b="$(median "$tmp/mk" 1)" 'BEGIN { printf "%.2f", a / b }')," \
       "memory $(awk -v a="$(median "$tmp/hg" 2)" -v b="$(median "$tmp/mk" 2)" 'BEGIN { printf "%.2f", a / b }')"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
hg_shp="$root/geodata/hagiang_districts.shp"
run_case "Ha Giang 1920x1080" 1920x1080 "$hg_shp" code name_vi
run_case "Ha Giang 3840x2160" 3840x2160 "$hg_shp" code name_vi
vn_shp="${HGM_VIETNAM_ADM2:-$root/../shared/geodata/vietnam_adm2.shp}"
# (Not `--help | grep -q`: grep leaving early breaks the pipe, and pipefail then says no.)
help="$("$bin" --help 2>&1 || true)"
if [[ "$help" == *--units* ]] && [ -f "$vn_shp" ]; then
  units=(--units "$vn_shp" --code-field gso_code --name-field shapeName)
  # A table giving every unit a figure, so the map has classes, as a planner's table would.
  "$bin" inspect --json "${units[@]}" 2>/dev/null | /usr/bin/python3 -c 'import json, sys
print("Mã huyện,Tỷ lệ thử (%)")
for i, u in enumerate(json.load(sys.stdin)["districts"]): print("%s,%d.5" % (u["code"], (i * 37) % 100))' \
    > "$tmp/units.csv"
  run_case "Viet Nam 708 districts 3840x2160" 3840x2160 "$vn_shp" gso_code shapeName "${units[@]}" \
    --table "$tmp/units.csv" --map "Tỷ lệ thử (%)=new:test_share:%:higher_is_better:Tỷ lệ thử" \
    --indicator test_share --period 2021-Q1
else
  echo "Viet Nam 708 districts: skipped (this binary has no --units, or $vn_shp is missing)"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
