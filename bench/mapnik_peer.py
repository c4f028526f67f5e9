#!/usr/bin/python3
"""The peer for export benchmarks: python3-mapnik draws the same units with the same fills
(taken from `hagiang-map inspect --json`), outlines and name labels (with a white halo,
thinned where they collide, as mapnik does), in the same projection, at the same size.

Usage: mapnik_peer.py INSPECT.json BOUNDARIES.shp OUT.png W H [CODE_FIELD NAME_FIELD]
CODE_FIELD and NAME_FIELD default to the Hà Giang file's `code` and `name_vi`; a feature
whose code the report does not list is filled light grey (e.g. the 708 districts of
vietnam_adm2.shp with `gso_code shapeName`)."""
import json
import sys
from xml.sax.saxutils import escape, quoteattr

import mapnik

inspect_json, shapefile, out, width, height = sys.argv[1:6]
code_field, name_field = (sys.argv[6:8] + ["code", "name_vi"][len(sys.argv[6:8]):])
report = json.load(open(inspect_json, encoding="utf-8"))
label_px = 13.0 * int(height) / 1080  # the export's label size scales with the image

rules = []
for d in report["districts"]:
    rules.append('<Rule><Filter>[%s] = %s</Filter><PolygonSymbolizer fill="%s"/></Rule>'
                 % (code_field, escape(quoteattr(d["code"])), d["fill"]))
rules.append('<Rule><ElseFilter/><PolygonSymbolizer fill="#dddddd"/></Rule>')
outline = '<Rule><LineSymbolizer stroke="#404040" stroke-width="%.1f"/></Rule>' % (3.0 * int(height) / 2160)
labels = ('<Rule><TextSymbolizer face-name="Noto Sans Regular" size="%.1f" fill="#202020" halo-fill="white" '
          'halo-radius="%.1f" placement="interior">[%s]</TextSymbolizer></Rule>'
          % (label_px, label_px / 6, name_field))
xml = f"""<Map srs="epsg:3405" background-color="white">
  <Style name="fills" filter-mode="first">{''.join(rules)}</Style>
  <Style name="outlines">{outline}</Style>
  <Style name="labels">{labels}</Style>
  <Layer name="units" srs="epsg:4326">
    <StyleName>fills</StyleName><StyleName>outlines</StyleName><StyleName>labels</StyleName>
    <Datasource><Parameter name="type">shape</Parameter><Parameter name="file">{escape(shapefile)}</Parameter></Datasource>
  </Layer>
</Map>"""

m = mapnik.Map(int(width), int(height))
mapnik.load_map_from_string(m, xml)
m.zoom_all()
mapnik.render_to_file(m, out, "png")
