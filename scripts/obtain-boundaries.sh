#!/usr/bin/env bash
# Puts the Hà Giang boundary files into DEST (default .cache/geodata), from, in order:
#   1. $HAGIANG_GEODATA_DIR, if set;
#   2. ../shared/geodata beside the project, if present (checked against SOURCE.md);
#   3. the official geoBoundaries release (SHA-256 checked), from which the 11
#      districts are selected with ogr2ogr and given their GSO codes.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dest="${1:-$root/.cache/geodata}"
say() { printf '[hagiang-map] %s\n' "$*" >&2; }
mkdir -p "$dest"

# SHA-256 of the official simplified geoBoundaries VNM ADM2 .shp (SOURCE.md, section 2.1).
official_shp_sha=2a71ac7b629555faa25a082318a32e3d77f6160e134ecf1d36a8067f3a4d32ee
official_base="https://media.githubusercontent.com/media/wmgeolab/geoBoundaries/b7dd6a55701c76a330500ad9d9240f2b9997c6a8/releaseData/gbOpen/VNM/ADM2"

copy_set() {  # copy_set SRC_DIR: every layer and SOURCE.md
  local src="$1"
  for f in "$src"/*.shp "$src"/*.shx "$src"/*.dbf "$src"/*.prj "$src"/*.cpg "$src"/SOURCE.md; do
    [ -e "$f" ] || continue
    if ! cmp -s "$f" "$dest/$(basename "$f")"; then
      cp -f "$f" "$dest/.tmp.$(basename "$f")" && mv -f "$dest/.tmp.$(basename "$f")" "$dest/$(basename "$f")"
    fi
  done
}

verify_against_source_md() {  # checksums listed in SOURCE.md section 4.6
  local md="$1/SOURCE.md" bad=0
  [ -f "$md" ] || return 0
  while read -r sum file; do
    [ -f "$dest/$file" ] || continue
    if [ "$(sha256sum "$dest/$file" | cut -d' ' -f1)" != "$sum" ]; then
      say "warning: $file does not match the SHA-256 in $md"
      bad=1
    fi
  done < <(grep -E '^[0-9a-f]{64}  [a-z_0-9]+\.(shp|shx|dbf)' "$md" | awk '{print $1, $2}')
  return $bad
}

if [ -n "${HAGIANG_GEODATA_DIR:-}" ]; then
  [ -f "$HAGIANG_GEODATA_DIR/hagiang_districts.shp" ] || {
    say "error: \$HAGIANG_GEODATA_DIR=$HAGIANG_GEODATA_DIR has no hagiang_districts.shp"; exit 2; }
  say "boundaries from \$HAGIANG_GEODATA_DIR ($HAGIANG_GEODATA_DIR)"
  copy_set "$HAGIANG_GEODATA_DIR"
  exit 0
fi

shared="$root/../shared/geodata"
if [ -f "$shared/hagiang_districts.shp" ]; then
  say "boundaries from $(cd "$shared" && pwd)"
  copy_set "$shared"
  verify_against_source_md "$shared" || { say "error: boundary files differ from SOURCE.md"; exit 3; }
  exit 0
fi

if [ -f "$dest/hagiang_districts.shp" ]; then
  say "boundaries already in $dest"
  exit 0
fi

say "no local boundary data: downloading the official geoBoundaries VNM ADM2 release"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for ext in shp shx dbf prj; do
  curl -fsSL --retry 3 -o "$tmp/vnm_adm2.$ext" "$official_base/geoBoundaries-VNM-ADM2_simplified.$ext" || {
    say "error: download failed ($official_base/geoBoundaries-VNM-ADM2_simplified.$ext);"
    say "       set HAGIANG_GEODATA_DIR to a folder holding hagiang_districts.shp instead"; exit 4; }
done
got="$(sha256sum "$tmp/vnm_adm2.shp" | cut -d' ' -f1)"
if [ "$got" != "$official_shp_sha" ]; then
  say "error: downloaded .shp has SHA-256 $got, expected $official_shp_sha; not used"; exit 5
fi
sql="SELECT geometry, CASE shapeName
  WHEN 'Ha Giang' THEN '024' WHEN 'Dong Van' THEN '026' WHEN 'Meo Vac' THEN '027'
  WHEN 'Yen Minh' THEN '028' WHEN 'Quan Ba' THEN '029' WHEN 'Vi Xuyen' THEN '030'
  WHEN 'Bac Me' THEN '031' WHEN 'Hoang Su Phi' THEN '032' WHEN 'Xin Man' THEN '033'
  WHEN 'Bac Quang' THEN '034' WHEN 'Quang Binh' THEN '035' END AS code,
  shapeName AS gb_name, shapeID AS gb_shapeid FROM vnm_adm2
  WHERE shapeName IN ('Ha Giang','Dong Van','Meo Vac','Yen Minh','Quan Ba','Vi Xuyen','Bac Me',
                      'Hoang Su Phi','Xin Man','Bac Quang','Quang Binh')"
ogr2ogr -f "ESRI Shapefile" -dialect SQLite -sql "$sql" -lco ENCODING=UTF-8 -nln hagiang_districts \
  "$tmp/hagiang_districts.shp" "$tmp/vnm_adm2.shp"
for ext in shp shx dbf prj cpg; do
  [ -f "$tmp/hagiang_districts.$ext" ] && mv -f "$tmp/hagiang_districts.$ext" "$dest/"
  [ -f "$tmp/vnm_adm2.$ext" ] && mv -f "$tmp/vnm_adm2.$ext" "$dest/vietnam_adm2.$ext"
done
say "boundaries downloaded and checked into $dest"
