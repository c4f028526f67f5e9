#!/usr/bin/env bash
# Rebuilds geodata/vietnam_adm1_inset.* (the provinces drawn in the locator inset) from the
# 63-province layer vietnam_adm1.* of SOURCE.md (geoBoundaries VNM ADM2 dissolved by province).
#
#   scripts/make-locator-inset.sh [SRC_DIR [DEST_DIR]]   (defaults: ../shared/geodata, geodata)
#
# The inset is a few hundred pixels wide for 16 degrees of latitude, so:
#   1. every island part of Đà Nẵng (48, Hoàng Sa) and Khánh Hòa (56, Trường Sa) is kept;
#      other provinces keep the parts of at least 0.0001 square degrees (about 1.2 km²),
#      which drops ~800 islets far below one pixel and keeps Phú Quốc, Côn Đảo, Cát Bà,
#      Bạch Long Vĩ, Cồn Cỏ, Lý Sơn…;
#   2. each province is simplified with GEOS's topology-preserving simplifier (ogr2ogr
#      -simplify) to 0.01 degree (about 1.1 km), finer than the loader's own 1.5 km.
# Same GDAL/GEOS (Debian 12: gdal-bin 3.6.2) gives the same bytes: the .dbf date is fixed.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
src="${1:-$root/../shared/geodata}"
dest="${2:-$root/geodata}"
tolerance_deg=0.01
min_part_area_deg2=0.0001
name=vietnam_adm1_inset

[ -f "$src/vietnam_adm1.shp" ] || { echo "error: $src/vietnam_adm1.shp not found" >&2; exit 2; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

ogr2ogr -f "ESRI Shapefile" -lco ENCODING=UTF-8 -explodecollections -nln parts "$tmp/parts.shp" "$src/vietnam_adm1.shp"
ogr2ogr -f "ESRI Shapefile" -lco ENCODING=UTF-8 -dialect SQLite -nln kept "$tmp/kept.shp" "$tmp/parts.shp" -sql \
  "SELECT ST_Collect(geometry) AS geometry, adm1_code, adm1_vi, adm1_full, adm1_en, n_adm2, area_km2 FROM parts
   WHERE adm1_code IN ('48', '56') OR ST_Area(geometry) >= $min_part_area_deg2
   GROUP BY adm1_code ORDER BY adm1_code"
# An empty layer with the source's field widths, then the simplified provinces appended to it.
mkdir -p "$tmp/out"
ogr2ogr -f "ESRI Shapefile" -lco ENCODING=UTF-8 -lco DBF_DATE_LAST_UPDATE=2020-10-27 -where "1 = 0" \
  -nln "$name" "$tmp/out/$name.shp" "$src/vietnam_adm1.shp"
ogr2ogr -append -simplify "$tolerance_deg" -nln "$name" "$tmp/out/$name.shp" "$tmp/kept.shp"
mkdir -p "$dest"
for ext in shp shx dbf prj cpg; do
  mv -f "$tmp/out/$name.$ext" "$dest/$name.$ext"
done
echo "$dest/$name.* written ($(cat "$dest/$name".* | wc -c) bytes)" >&2
