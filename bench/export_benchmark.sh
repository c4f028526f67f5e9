#!/usr/bin/env bash
# Times one whole-process export at 3840x2160 by hagiang-map and by the mapnik peer on
# the same machine (numbers for notes, never asserted in tests).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="${1:-$root/build/src/cli/hagiang-map}"
shp="$root/geodata/hagiang_districts.shp"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
"$bin" inspect --json > "$tmp/inspect.json"
t() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
for run in 1 2 3; do
  hg=$(t "$bin" export --size 3840x2160 --out "$tmp/hg.png")
  mk=$(t /usr/bin/python3 "$root/bench/mapnik_peer.py" "$tmp/inspect.json" "$shp" "$tmp/mapnik.png" 3840 2160)
  echo "run $run: hagiang-map export ${hg} ms, mapnik ${mk} ms (3840x2160, whole process)"
done
