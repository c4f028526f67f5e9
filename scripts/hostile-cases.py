#!/usr/bin/env python3
"""Runs the hostile inputs of the hostile-input work against one hagiang-map binary and
prints a Markdown table: the case, the exit code, the first line of the message and what
is on disk afterwards. For comparing two builds side by side (e.g. before and after a
change); the behaviour itself is asserted by the tests (tests/cli/hostile_*, tests/io/).

usage: scripts/hostile-cases.py BINARY [--lang vi|en] [--geodata DIR]
(--geodata: the project tables the cases start from; default the
repository's geodata/, give an older checkout's for an older binary)
Every input is generated in a temporary folder; nothing in the repository is written.
"""
import argparse
import os
import shutil
import socket
import stat
import subprocess
import sys
import tempfile
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

DISTRICTS = [  # code, name: the 11 units of geodata/districts.csv
    ("024", "Thành phố Hà Giang"), ("026", "Đồng Văn"), ("027", "Mèo Vạc"), ("028", "Yên Minh"),
    ("029", "Quản Bạ"), ("030", "Vị Xuyên"), ("031", "Bắc Mê"), ("032", "Hoàng Su Phì"),
    ("033", "Xín Mần"), ("034", "Bắc Quang"), ("035", "Quang Bình"),
]
INDICATOR = "Thu NSNN trên địa bàn (% kế hoạch tỉnh giao)"


def csv_text(rows):
    return "".join(",".join(f'"{c}"' for c in row) + "\n" for row in rows)


def column_name(i):
    name = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        name = chr(65 + r) + name
    return name


def cell_xml(ref, value, style=None):
    """A cell: a number (float/int), a bool, ('f', formula) without a saved result, or text."""
    s = f' s="{style}"' if style is not None else ""
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"{s}><v>{int(value)}</v></c>'
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"{s}><v>{value}</v></c>'
    if isinstance(value, tuple):
        return f'<c r="{ref}"{s}><f>{value[1]}</f></c>'
    text = str(value).replace("&", "&amp;").replace("<", "&lt;")
    return f'<c r="{ref}" t="inlineStr"{s}><is><t>{text}</t></is></c>'


def sheet_xml(rows, number_style=None):
    out = ['<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, row in enumerate(rows, start=1):
        cells = "".join(cell_xml(f"{column_name(c)}{r}", v, number_style if isinstance(v, float) else None)
                        for c, v in enumerate(row))
        out.append(f'<row r="{r}">{cells}</row>')
    out.append("</sheetData></worksheet>")
    return "".join(out)


def write_xlsx(path, sheets, percent_style=False, cut_sheet=None):
    """sheets: [(name, rows)]; percent_style formats numbers as 0.0%; cut_sheet cuts that
    sheet's XML in the middle (the zip stays intact)."""
    styles = ('<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>'
              '<fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders>'
              '<cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs>'
              '</styleSheet>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
                   + "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                             for i in range(1, len(sheets) + 1)) + "</Types>")
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml",
                   '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
                   + "".join(f'<sheet name="{n}" sheetId="{i}" r:id="rId{i}"/>' for i, (n, _) in enumerate(sheets, start=1))
                   + "</sheets></workbook>")
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   + "".join(f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>'
                             for i in range(1, len(sheets) + 1))
                   + f'<Relationship Id="rId{len(sheets) + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
                   + "</Relationships>")
        z.writestr("xl/styles.xml", styles)
        for i, (_, rows) in enumerate(sheets, start=1):
            xml = sheet_xml(rows, 1 if percent_style else None)
            if cut_sheet == i:
                xml = xml[: len(xml) * 3 // 10]
            z.writestr(f"xl/worksheets/sheet{i}.xml", xml)


def table_rows(values):
    return [["Mã", "Huyện", INDICATOR]] + [[c, n, v] for (c, n), v in zip(DISTRICTS, values)]


def numbers():
    return [10.0 + i for i in range(len(DISTRICTS))]


def on_disk(path):
    """What the case left at `path`: kind and size, or missing."""
    if not os.path.lexists(path):
        return "nothing"
    st = os.lstat(path)
    if stat.S_ISLNK(st.st_mode):
        target = os.path.realpath(path)
        return f"link kept → {os.path.basename(target)} ({os.path.getsize(target) if os.path.exists(target) else 0} B)"
    if stat.S_ISCHR(st.st_mode):
        return "char device kept"
    if stat.S_ISFIFO(st.st_mode):
        return "FIFO kept"
    if stat.S_ISSOCK(st.st_mode):
        return "socket kept"
    if stat.S_ISDIR(st.st_mode):
        return f"folder kept ({len(os.listdir(path))} entries)"
    with open(path, "rb") as f:
        head = f.read(8)
    kind = "PNG" if head.startswith(b"\x89PNG") else "file"
    return f"{kind} {st.st_size} B"


def cases(work, geodata):
    """(name, argv after the binary, path to look at afterwards or None)."""
    out = os.path.join(work, "out")
    os.makedirs(out)
    small = ["--size", "640x480"]
    c = []

    dev = os.path.join(out, "null.png")
    os.mknod(dev, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    c.append(("`--out` a copy of /dev/null", ["export", *small, "--out", dev], dev))
    folder = os.path.join(out, "folder.png")
    os.mkdir(folder)
    c.append(("`--out` a folder", ["export", *small, "--out", folder], folder))
    fifo = os.path.join(out, "fifo.png")
    os.mkfifo(fifo)
    c.append(("`--out` a FIFO", ["export", *small, "--out", fifo], fifo))
    sock_path = os.path.join(out, "sock.png")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(sock_path)
    c.append(("`--out` a socket", ["export", *small, "--out", sock_path], sock_path))
    real = os.path.join(out, "real.png")
    open(real, "wb").close()
    link = os.path.join(out, "link.png")
    os.symlink(real, link)
    c.append(("`--out` a symlink to a file", ["export", *small, "--out", link], link))
    c.append(("`--out` in a missing folder", ["export", *small, "--out", os.path.join(out, "no/such/m.png")], None))
    c.append(("`--out m.jpg`", ["export", *small, "--out", os.path.join(out, "m.jpg")], os.path.join(out, "m.jpg")))
    c.append(("`--breaks` with 10 limits", ["export", *small, "--breaks", ",".join(str(5 * i) for i in range(1, 11)),
                                             "--out", os.path.join(out, "b10.png")], os.path.join(out, "b10.png")))
    c.append(("`--breaks` with 10,000 limits", ["export", *small, "--breaks", ",".join(str(i) for i in range(10000)),
                                                 "--out", os.path.join(out, "b10k.png")], os.path.join(out, "b10k.png")))
    c.append(("`--title` of 100 KB", ["export", *small, "--title", "x" * 100000, "--out", os.path.join(out, "t.png")],
              os.path.join(out, "t.png")))
    c.append(("`--subtitle` of 100 KB", ["export", *small, "--subtitle", "y" * 100000, "--out", os.path.join(out, "s.png")],
              os.path.join(out, "s.png")))
    c.append(("`--size 40000x40000`", ["export", "--size", "40000x40000", "--out", os.path.join(out, "huge.png")],
              os.path.join(out, "huge.png")))

    def table_case(name, file_name, write):
        path = os.path.join(work, file_name)
        write(path)
        c.append((name, ["check-data", path, "--period", "2021-Q2"], None))

    table_case("XLSX, % column formatted 0.0% (0.1 = 10 %)", "percent.xlsx",
               lambda p: write_xlsx(p, [("Q1", table_rows([v / 100 for v in numbers()]))], percent_style=True))
    table_case("XLSX, sheet XML cut off (zip intact)", "cut.xlsx",
               lambda p: write_xlsx(p, [("Q1", table_rows(numbers()))], cut_sheet=1))
    table_case("XLSX, formulas without a saved result", "formula.xlsx",
               lambda p: write_xlsx(p, [("Q1", table_rows([("f", "1+1")] * len(DISTRICTS)))]))
    table_case("XLSX, TRUE/FALSE in a figure column", "bool.xlsx",
               lambda p: write_xlsx(p, [("Q1", table_rows([True] * len(DISTRICTS)))]))
    table_case("XLSX, 2,500 columns", "wide.xlsx",
               lambda p: write_xlsx(p, [("Q1", [["Mã", "Huyện"] + [f"c{i}" for i in range(2498)]]
                                         + [[code, name] + [1.0] * 2498 for code, name in DISTRICTS])]))
    table_case("XLSX, a cover sheet before the data", "cover.xlsx",
               lambda p: write_xlsx(p, [("Bìa", [["Báo cáo quý I"], ["Sở Kế hoạch"]]), ("Q1", table_rows(numbers()))]))
    table_case("CSV, header only", "header.csv",
               lambda p: open(p, "w", encoding="utf-8").write(csv_text([["Mã", "Huyện", INDICATOR]])))

    def nul_csv(p):
        text = csv_text(table_rows(numbers())).replace('"10.0"', '"99\x00,5"')
        open(p, "w", encoding="utf-8").write(text)
    table_case('CSV, NUL byte in a cell ("99\\0,5")', "nul.csv", nul_csv)
    table_case("CSV, one district twice with different values", "twice.csv",
               lambda p: open(p, "w", encoding="utf-8").write(
                   csv_text(table_rows(numbers()) + [["033", "Xín Mần", "99"]])))
    table_case("CSV, two columns for one indicator", "twocols.csv",
               lambda p: open(p, "w", encoding="utf-8").write(csv_text(
                   [["Mã", "Huyện", INDICATOR, INDICATOR]] + [[c_, n, v, v + 1] for (c_, n), v in zip(DISTRICTS, numbers())])))
    table_case("CSV, code and name naming different districts", "codename.csv",
               lambda p: open(p, "w", encoding="utf-8").write(csv_text(
                   [["Mã", "Huyện", INDICATOR], ["033", "Mèo Vạc", "12"]] + [[c_, n, v] for (c_, n), v in zip(DISTRICTS[:6], numbers())])))

    def replaces_report(p):
        rows = [["Mã", "Huyện", "budget_revenue_attainment", "Kỳ"], ["033", "Xín Mần", "3.3", "2021-Q1"]]
        open(p, "w", encoding="utf-8").write(csv_text(rows))
    table_case("CSV for 2021-Q1 changing the report's 47,4 (Xín Mần) to 3,3", "replace.csv", replaces_report)

    shp_dir = os.path.join(work, "shp")
    os.makedirs(shp_dir)
    for ext in ("shp", "shx", "dbf", "prj", "cpg"):
        shutil.copy(os.path.join(ROOT, "geodata", f"hagiang_districts.{ext}"), os.path.join(shp_dir, f"cut.{ext}"))
    size = os.path.getsize(os.path.join(shp_dir, "cut.shp"))
    with open(os.path.join(shp_dir, "cut.shp"), "r+b") as f:
        f.truncate(size // 2)
    c.append((".shp cut in half", ["export", *small, "--boundaries", os.path.join(shp_dir, "cut.shp"),
                                   "--out", os.path.join(out, "cut.png")], os.path.join(out, "cut.png")))
    wrong = os.path.join(shp_dir, "wrong.shp")
    for ext in ("shp", "shx", "dbf", "cpg"):
        shutil.copy(os.path.join(ROOT, "geodata", f"hagiang_districts.{ext}"), os.path.join(shp_dir, f"wrong.{ext}"))
    with open(os.path.join(shp_dir, "wrong.prj"), "w") as f:  # Web Mercator over longitude/latitude numbers
        f.write('PROJCS["WGS 84 / Pseudo-Mercator",GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563]],'
                'PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],PROJECTION["Mercator_1SP"],PARAMETER["central_meridian",0],'
                'PARAMETER["scale_factor",1],PARAMETER["false_easting",0],PARAMETER["false_northing",0],UNIT["metre",1]]')
    c.append((".prj in the wrong CRS", ["export", *small, "--boundaries", wrong, "--out", os.path.join(out, "wrong.png")],
              os.path.join(out, "wrong.png")))
    points = os.path.join(shp_dir, "points.gpkg")
    subprocess.run(["ogr2ogr", "-f", "GPKG", points, os.path.join(ROOT, "geodata", "hagiang_districts.shp"),
                    "-dialect", "SQLite", "-nln", "districts", "-nlt", "POINT", "-sql",
                    "SELECT code, name_vi, name_en, ST_Centroid(geometry) AS geometry FROM hagiang_districts"], check=True, capture_output=True)
    c.append(("boundaries that are points", ["export", *small, "--boundaries", points, "--out", os.path.join(out, "pts.png")],
              os.path.join(out, "pts.png")))

    data = os.path.join(work, "data")
    shutil.copytree(os.path.join(geodata), data)
    with open(os.path.join(data, "values-2021-Q1.csv"), encoding="utf-8") as f:
        text = f.read()
    with open(os.path.join(data, "values-2021-Q1.csv"), "wb") as f:
        f.write(text.encode("cp1258", errors="replace"))
    c.append(("project table `values-2021-Q1.csv` in CP1258", ["inspect", "--json", "--data", data], None))
    banana = os.path.join(work, "banana")
    shutil.copytree(os.path.join(geodata), banana)
    with open(os.path.join(banana, "values-2021-Q1.csv"), encoding="utf-8") as f:
        text = f.read()
    with open(os.path.join(banana, "values-2021-Q1.csv"), "w", encoding="utf-8") as f:
        f.write(text.replace(",2021-Q1,033,", ",banana,033,", 1))
    c.append(('project table with the period "banana"', ["inspect", "--data", banana], None))
    return c, sock


def first_line(text):
    lines = text.splitlines()
    if lines and not lines[0].startswith("hagiang-map"):  # a table's report: its first reason or note
        reasons = [l.strip() for l in lines[1:] if l.startswith("  ") and not l.strip().startswith("+")]
        if reasons:
            lines = [lines[0] + " / " + reasons[0]]
    for line in lines:
        line = line.strip()
        if line:
            return line if len(line) <= 230 else line[:227] + "…"
    return ""


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("binary")
    parser.add_argument("--lang", default="vi")
    parser.add_argument("--geodata", default=os.path.join(ROOT, "geodata"))
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    with tempfile.TemporaryDirectory() as work:
        listed, sock = cases(work, os.path.abspath(args.geodata))
        print("| case | exit | first line of the message | on disk after |")
        print("|---|---|---|---|")
        for name, argv, look in listed:
            try:
                run = subprocess.run([binary, *argv, "--lang", args.lang], capture_output=True, timeout=300)
                code = str(run.returncode)
                message = first_line(run.stderr.decode("utf-8", "replace")) or first_line(run.stdout.decode("utf-8", "replace"))
            except subprocess.TimeoutExpired:
                code, message = "timeout", ""
            message = message.replace("|", "\\|")
            print(f"| {name} | {code} | {message} | {on_disk(look) if look else ''} |", flush=True)
        sock.close()


if __name__ == "__main__":
    sys.exit(main())
