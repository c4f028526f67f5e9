#!/usr/bin/env bash
# Obtains the optional national layers (vietnam_adm2: 708 districts, ~2 MB; vietnam_adm1:
# 63 provinces) into DEST (default .cache/geodata). The default map does not need them:
# its boundaries are committed in geodata/ (see geodata/BOUNDARIES.md). From, in order:
#   1. $HAGIANG_GEODATA_DIR, if set;
#   2. ../shared/geodata beside the project, if present (checked against SOURCE.md);
#   3. the official geoBoundaries VNM ADM2 release (SHA-256 checked; vietnam_adm2 only).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dest="${1:-$root/.cache/geodata}"
say() { printf '[hagiang-map] %s\n' "$*" >&2; }
mkdir -p "$dest"

# SHA-256 of the official simplified geoBoundaries VNM ADM2 .shp (SOURCE.md, section 2.1).
official_shp_sha=2a71ac7b629555faa25a082318a32e3d77f6160e134ecf1d36a8067f3a4d32ee
official_base="https://media.githubusercontent.com/media/wmgeolab/geoBoundaries/b7dd6a55701c76a330500ad9d9240f2b9997c6a8/releaseData/gbOpen/VNM/ADM2"

copy_set() {  # copy_set SRC_DIR: the national layers and SOURCE.md
  local src="$1"
  for f in "$src"/vietnam_adm[12].{shp,shx,dbf,prj,cpg} "$src"/SOURCE.md; do
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
  [ -f "$HAGIANG_GEODATA_DIR/vietnam_adm2.shp" ] || {
    say "error: \$HAGIANG_GEODATA_DIR=$HAGIANG_GEODATA_DIR has no vietnam_adm2.shp (the national layer)"; exit 2; }
  say "national layers from \$HAGIANG_GEODATA_DIR ($HAGIANG_GEODATA_DIR)"
  copy_set "$HAGIANG_GEODATA_DIR"
  exit 0
fi

shared="$root/../shared/geodata"
if [ -f "$shared/vietnam_adm2.shp" ]; then
  say "national layers from $(cd "$shared" && pwd)"
  copy_set "$shared"
  verify_against_source_md "$shared" || { say "error: boundary files differ from SOURCE.md"; exit 3; }
  exit 0
fi

if [ -f "$dest/vietnam_adm2.shp" ]; then
  say "national layer already in $dest"
  exit 0
fi

say "no local copy: downloading the official geoBoundaries VNM ADM2 release"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for ext in shp shx dbf prj; do
  curl -fsSL --retry 3 -o "$tmp/vnm_adm2.$ext" "$official_base/geoBoundaries-VNM-ADM2_simplified.$ext" || {
    say "error: download failed ($official_base/geoBoundaries-VNM-ADM2_simplified.$ext);"
    say "       set HAGIANG_GEODATA_DIR to a folder holding vietnam_adm2.shp instead"; exit 4; }
done
got="$(sha256sum "$tmp/vnm_adm2.shp" | cut -d' ' -f1)"
if [ "$got" != "$official_shp_sha" ]; then
  say "error: downloaded .shp has SHA-256 $got, expected $official_shp_sha; not used"; exit 5
fi
for ext in shp shx dbf prj; do
  mv -f "$tmp/vnm_adm2.$ext" "$dest/vietnam_adm2.$ext"
done
say "vietnam_adm2 downloaded and checked into $dest"
