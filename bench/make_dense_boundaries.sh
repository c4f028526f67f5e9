#!/usr/bin/env bash
# Makes the "official, unsimplified boundaries" case of issue 13 the way a user would: the
# committed Hà Giang districts with one district (Vị Xuyên, 030) densified by ogr2ogr's
# -segmentize until its ring has about N vertices (default 1,000,000). Written to OUT_DIR
# (default /tmp/hgm-dense), never into the repository. Usage: make_dense_boundaries.sh [N] [OUT_DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:-1000000}"
out="${2:-/tmp/hgm-dense}"
src="$root/geodata/hagiang_districts.shp"
mkdir -p "$out"
name="hagiang_dense_${n}"
rm -f "$out/$name".*
# Vị Xuyên's perimeter in degrees over N gives the segment length.
perimeter=$(ogrinfo -q -dialect SQLite -sql "SELECT ST_Perimeter(geometry) AS p FROM hagiang_districts WHERE code='030'" "$src" |
  sed -n 's/.*p (Real) = //p')
step=$(python3 -c "print(f'{$perimeter / $n:.12f}')")
ogr2ogr -f "ESRI Shapefile" -lco ENCODING=UTF-8 -where "code='030'" -segmentize "$step" "$out/$name.shp" "$src"
ogr2ogr -append -f "ESRI Shapefile" -where "code<>'030'" "$out/$name.shp" "$src"
cp "$root/geodata/vietnam_adm1_inset".{shp,shx,dbf,prj,cpg} "$out/"
ogrinfo -q -dialect SQLite -sql "SELECT code, ST_NPoints(geometry) AS n FROM $name WHERE code='030'" "$out/$name.shp" | grep -E "n \("
echo "$out/$name.shp"
