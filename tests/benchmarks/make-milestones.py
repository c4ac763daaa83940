#!/usr/bin/env python3
"""Writes N milestones of the 31 provinces four ways, the same rows each time:
a JSON data file, a folder of CSV files (regions.csv, milestones.csv), an
Excel workbook (milestones.xlsx: sheets regions and milestones as the app
writes them, headers then field keys, dates as date cells, text as shared
strings as Excel saves it), and the rows as the database's milestones table
holds them (rows.csv: every column in the table's order, ids from 1 and region
ids in the regions.csv order) for sqlite3's own .import. Used by
import-benchmark.sh and workbook-benchmark.sh; the uids are random, as uuids
are, with a fixed seed."""
import csv, datetime, json, os, random, sys, tempfile, uuid, zipfile
from xml.sax.saxutils import escape

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


class Workbook:
    """Sheets written a row at a time into temporary files, text cells as
    shared strings; zipped (deflated) when closed."""

    def __init__(self, path, sheets):
        self.path, self.names = path, sheets
        self.folder = tempfile.mkdtemp()
        self.files = {n: open(os.path.join(self.folder, n + ".xml"), "w", encoding="utf-8") for n in sheets}
        self.rows = {n: 0 for n in sheets}
        self.strings = {}
        for f in self.files.values():
            f.write(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{MAIN}"><sheetData>')

    def row(self, sheet, cells):
        """cells: str (shared string), int/float (number), datetime.date (date cell), None (empty)."""
        self.rows[sheet] += 1
        r = self.rows[sheet]
        out = [f'<row r="{r}">']
        for c, v in enumerate(cells):
            ref = chr(ord("A") + c) + str(r)
            if v is None or v == "":
                continue
            if isinstance(v, str):
                out.append(f'<c r="{ref}" t="s"><v>{self.strings.setdefault(v, len(self.strings))}</v></c>')
            elif isinstance(v, datetime.date):
                out.append(f'<c r="{ref}" s="1"><v>{(v - datetime.date(1899, 12, 30)).days}</v></c>')
            else:
                out.append(f'<c r="{ref}"><v>{v}</v></c>')
        out.append("</row>")
        self.files[sheet].write("".join(out))

    def close(self):
        for f in self.files.values():
            f.write("</sheetData></worksheet>")
            f.close()
        with zipfile.ZipFile(self.path, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("_rels/.rels", f'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                       f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
            sheets = "".join(f'<sheet name="{n}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, n in enumerate(self.names))
            z.writestr("xl/workbook.xml", f'<?xml version="1.0"?><workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>{sheets}</sheets></workbook>')
            rels = "".join(f'<Relationship Id="rId{i + 1}" Type="{REL}/worksheet" Target="worksheets/{n}.xml"/>'
                           for i, n in enumerate(self.names))
            z.writestr("xl/_rels/workbook.xml.rels", f'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                       f'{rels}<Relationship Id="rIdS" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
                       f'<Relationship Id="rIdY" Type="{REL}/styles" Target="styles.xml"/></Relationships>')
            z.writestr("xl/styles.xml", f'<?xml version="1.0"?><styleSheet xmlns="{MAIN}"><cellXfs count="2"><xf numFmtId="0"/>'
                       '<xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>')
            for n in self.names:
                z.write(os.path.join(self.folder, n + ".xml"), f"xl/worksheets/{n}.xml")
                os.remove(os.path.join(self.folder, n + ".xml"))
            with z.open("xl/sharedStrings.xml", "w", force_zip64=True) as f:
                f.write(f'<?xml version="1.0"?><sst xmlns="{MAIN}" uniqueCount="{len(self.strings)}">'.encode())
                for text in self.strings:  # in the order of their indices
                    f.write(f"<si><t>{escape(text)}</t></si>".encode())
                f.write(b"</sst>")
        os.rmdir(self.folder)

PROVINCES = [
    "110000", "120000", "130000", "140000", "150000", "210000", "220000", "230000", "310000", "320000", "330000",
    "340000", "350000", "360000", "370000", "410000", "420000", "430000", "440000", "450000", "460000", "500000",
    "510000", "520000", "530000", "540000", "610000", "620000", "630000", "640000", "650000",
]
DIMENSIONS = ["mission", "political", "operational"]


def main():
    count, out = int(sys.argv[1]), sys.argv[2]
    os.makedirs(os.path.join(out, "csv"), exist_ok=True)
    rng = random.Random(11)
    regions = [{"code": "100000", "name_zh": "全国", "name_en": "National", "level": "national", "parent": None}]
    regions += [{"code": c, "name_zh": "省" + c, "name_en": "Province " + c, "level": "province", "parent": "100000"} for c in PROVINCES]
    book = Workbook(os.path.join(out, "milestones.xlsx"), ["regions", "milestones"])
    with open(os.path.join(out, "csv", "regions.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["code", "name_zh", "name_en", "level", "parent"])
        book.row("regions", ["Region code", "Name (Chinese)", "Name (English)", "Level", "Parent region code"])
        book.row("regions", ["code", "name_zh", "name_en", "level", "parent"])
        for r in regions:
            w.writerow([r["code"], r["name_zh"], r["name_en"], r["level"], r["parent"] or ""])
            book.row("regions", [r["code"], r["name_zh"], r["name_en"], r["level"], r["parent"]])

    jf = open(os.path.join(out, "milestones.json"), "w", encoding="utf-8")
    cf = open(os.path.join(out, "csv", "milestones.csv"), "w", newline="", encoding="utf-8")
    rf = open(os.path.join(out, "rows.csv"), "w", newline="", encoding="utf-8")
    cw, rw = csv.writer(cf, lineterminator="\r\n"), csv.writer(rf, lineterminator="\r\n")
    cw.writerow(["uid", "region", "date", "title_zh", "title_en", "description", "dimensions", "quantity", "unit"])
    book.row("milestones", ["Uid", "Region code", "Date", "Title (Chinese)", "Title (English)", "Description", "Dimensions",
                            "Quantity", "Unit"])
    book.row("milestones", ["uid", "region", "date", "title_zh", "title_en", "description", "dimensions", "quantity", "unit"])
    rw.writerow(["id", "uid", "region_id", "title_zh", "title_en", "description", "date_year", "date_month", "date_day",
                 "date_precision", "bears_mission", "bears_political", "bears_operational", "quantity", "unit"])
    head = {"format": "triangle-studio", "version": 2, "regions": regions}
    text = json.dumps(head, ensure_ascii=False, indent=1)
    jf.write(text[:-2] + ',\n "milestones": [\n')
    for i in range(count):
        region = rng.randrange(len(PROVINCES))
        year, month, day = rng.randrange(1990, 2025), rng.randrange(1, 13), rng.randrange(1, 29)
        dims = [d for d in DIMENSIONS if rng.random() < 0.5] or ["operational"]
        uid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        title = f"里程碑 {i} 行政审批改革"
        quantity = rng.randrange(1, 1000) if i % 3 == 0 else None
        m = {"uid": uid, "region": PROVINCES[region], "date": f"{year:04d}-{month:02d}-{day:02d}", "title_zh": title,
             "dimensions": dims}
        if quantity is not None:
            m["quantity"], m["unit"] = quantity, "项"
        jf.write(("  " if i == 0 else ",\n  ") + json.dumps(m, ensure_ascii=False))
        cw.writerow([uid, PROVINCES[region], m["date"], title, "", "", ";".join(dims),
                     "" if quantity is None else quantity, "" if quantity is None else "项"])
        book.row("milestones", [uid, PROVINCES[region], datetime.date(year, month, day), title, None, None, ";".join(dims),
                                quantity, None if quantity is None else "项"])
        # Region ids: the national level is 1, then the provinces in file order.
        rw.writerow([i + 1, uid, region + 2, title, "", "", year, month, day, "day"] + [1 if d in dims else 0 for d in DIMENSIONS]
                    + ["" if quantity is None else quantity, "" if quantity is None else "项"])
    jf.write("\n ]\n}\n")
    for f in (jf, cf, rf):
        f.close()
    book.close()


if __name__ == "__main__":
    main()
