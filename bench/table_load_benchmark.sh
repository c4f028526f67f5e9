#!/usr/bin/env bash
# Table load speed (issue 8, item 10; numbers for notes, never asserted in tests): generates
# a CSV of ROWS rows naming no district of Hà Giang (each name different, one indicator
# column), one of 10,000 columns × the 11 districts whose headers name no indicator, and one
# of 10,000 columns all naming budget_revenue_attainment (every district a conflict of 10,000
# values), then times `check-data --table FILE` on each RUNS times (/usr/bin/time -v): wall,
# user seconds and peak resident memory per run, then the median and the range.
#   bench/table_load_benchmark.sh [BINARY] [RUNS] [ROWS] [FILES]   (FILES: "rows columns same")
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="${1:-$root/build/src/cli/hagiang-map}"
runs="${2:-5}"
rows="${3:-1000000}"
files="${4:-rows columns same}"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT

awk -v n="$rows" 'BEGIN { print "Huyện,budget_revenue_attainment";
                          for (i = 1; i <= n; i++) printf "Xã số %d,%d.5\n", i, i % 90 }' > "$tmp/rows.csv"
wide() {  # wide HEADER: 10,000 columns headed "HEADER N" (or HEADER alone when it ends in '=')
  awk -v h="$1" 'BEGIN { printf "Huyện"; for (c = 1; c <= 10000; c++) printf ",%s", (h ~ /=$/ ? substr(h, 1, length(h) - 1) : h " " c); printf "\n";
             split("Thành phố Hà Giang,Đồng Văn,Mèo Vạc,Yên Minh,Quản Bạ,Vị Xuyên,Bắc Mê,Hoàng Su Phì,Xín Mần,Bắc Quang,Quang Bình", d, ",");
             for (r = 1; r <= 11; r++) { printf "%s", d[r]; for (c = 1; c <= 10000; c++) printf ",%d", (r * c) % 97; printf "\n" } }'
}
wide "Chỉ tiêu số" > "$tmp/columns.csv"
wide "budget_revenue_attainment=" > "$tmp/same.csv"

measure() {  # measure FILE: one line "WALL_S USER_S RSS_MIB"
  /usr/bin/time -v -o "$tmp/time" "$bin" check-data --table "$1" --period 2021-Q2 >/dev/null 2>&1 || true
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); w = (n == 3) ? p[1] * 3600 + p[2] * 60 + p[3] : p[1] * 60 + p[2] }
              /User time/ { u = $2 } /Maximum resident set size/ { m = $2 / 1024 }
              END { printf "%.2f %.2f %.0f\n", w, u, m }' "$tmp/time"
}

summary() {  # summary LABEL < lines of "WALL USER RSS": median and min–max of each
  awk -v label="$1" '{ w[NR] = $1; u[NR] = $2; m[NR] = $3 }
    function med(a, n,   i, j, t) { for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
                                    return (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
    function lo(a, n) { return a[1] } function hi(a, n) { return a[n] }
    END { mw = med(w, NR); lw = lo(w); hw = hi(w, NR); mu = med(u, NR); lu = lo(u); hu = hi(u, NR); mm = med(m, NR); lm = lo(m); hm = hi(m, NR)
          printf "%s: wall %.2f s (%.2f–%.2f), user %.2f s (%.2f–%.2f), peak %.0f MiB (%.0f–%.0f), %d runs\n", label, mw, lw, hw, mu, lu, hu, mm, lm, hm, NR }'
}

echo "binary: $bin; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for file in $files; do
  case "$file" in
    rows) label="$rows rows, unmatched names" ;;
    columns) label="10000 columns x 11 rows, unmatched headers" ;;
    *) label="10000 columns x 11 rows, one indicator" ;;
  esac
  for run in $(seq "$runs"); do
    line="$(measure "$tmp/$file.csv")"
    echo "  $file run $run: $line (wall s, user s, MiB)" >&2
    echo "$line"
  done | summary "$label"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
