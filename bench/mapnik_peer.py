#!/usr/bin/python3
"""The peer for export benchmarks: python3-mapnik draws the same 11 districts with the
same fills (taken from `hagiang-map inspect --json`) and outlines, in the same
projection, at the same size. Usage: mapnik_peer.py INSPECT.json BOUNDARIES.shp OUT.png W H"""
import json
import sys

import mapnik

inspect_json, shapefile, out, width, height = sys.argv[1:6]
report = json.load(open(inspect_json, encoding="utf-8"))

m = mapnik.Map(int(width), int(height), "epsg:3405")
m.background = mapnik.Color("white")
style = mapnik.Style()
for d in report["districts"]:
    rule = mapnik.Rule()
    rule.filter = mapnik.Expression("[code] = '%s'" % d["code"])
    fill = mapnik.PolygonSymbolizer()
    fill.fill = mapnik.Color(d["fill"])
    rule.symbols.append(fill)
    line = mapnik.LineSymbolizer()
    line.stroke = mapnik.Color("#404040")
    line.stroke_width = 3.0
    rule.symbols.append(line)
    style.rules.append(rule)
m.append_style("districts", style)
layer = mapnik.Layer("districts", "epsg:4326")
layer.datasource = mapnik.Shapefile(file=shapefile)
layer.styles.append("districts")
m.layers.append(layer)
m.zoom_all()
mapnik.render_to_file(m, out, "png")
