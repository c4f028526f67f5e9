#!/usr/bin/python3
"""The peer for the units benchmark: python3-mapnik draws every feature of a polygon layer
with the fill `hagiang-map inspect --json` gives its unit, dark outlines and a label per
unit (its name, with a halo, no two overlapping: mapnik drops what does not fit), in the
same projection and size. Usage:
mapnik_units_peer.py INSPECT.json LAYER.shp CODE_FIELD NAME_FIELD OUT.png W H"""
import json
import sys
from collections import defaultdict

import mapnik

inspect_json, shapefile, code_field, name_field, out, width, height = sys.argv[1:8]
report = json.load(open(inspect_json, encoding="utf-8"))

codes_by_fill = defaultdict(list)
for d in report["districts"]:
    codes_by_fill[d["fill"]].append(d["code"])

m = mapnik.Map(int(width), int(height), "epsg:3405")
m.background = mapnik.Color("white")
style = mapnik.Style()
for fill_colour, codes in codes_by_fill.items():
    rule = mapnik.Rule()
    rule.filter = mapnik.Expression(" or ".join("[%s] = '%s'" % (code_field, c) for c in codes))
    fill = mapnik.PolygonSymbolizer()
    fill.fill = mapnik.Color(fill_colour)
    rule.symbols.append(fill)
    line = mapnik.LineSymbolizer()
    line.stroke = mapnik.Color("#404040")
    line.stroke_width = 1.0
    rule.symbols.append(line)
    style.rules.append(rule)
m.append_style("units", style)

# Labels through the style XML: this python-mapnik sets text properties only that way.
mapnik.load_map_from_string(m, """<Map><Style name="labels"><Rule>
  <TextSymbolizer face-name="DejaVu Sans Book" size="22" fill="#202020" halo-fill="white" halo-radius="2"
    placement="interior" allow-overlap="false">[%s]</TextSymbolizer>
</Rule></Style></Map>""" % name_field)
for name in ("units", "labels"):
    layer = mapnik.Layer(name, "epsg:4326")
    layer.datasource = mapnik.Shapefile(file=shapefile, encoding="utf-8")
    layer.styles.append(name)
    m.layers.append(layer)
m.zoom_all()
mapnik.render_to_file(m, out, "png")
