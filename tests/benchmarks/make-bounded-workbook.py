#!/usr/bin/env python3
"""Writes a workbook at the reader's bounds (XlsxPackage, DataWorkbook): as many
shared strings as it takes (4,194,300, nearly all of 23 bytes: 96 MiB less a
little), a regions sheet whose cells name them, just under the 25,000 rows and
8 Mi characters of held sheets (every row twice wrong, so that each is two
problems), and policies and milestones sheets of as many rows as a sheet may
have (1,048,575 under the keys), each with its own uid, streamed. The heaviest
workbook the reader goes on to check, for workbook-benchmark.sh.
Usage: make-bounded-workbook.py OUT.xlsx [REGION_ROWS]"""
import sys, zipfile

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
STRINGS = 4_194_300
REGION_ROWS = 24_999  # cells of 23, 300 and 8 characters: 8.3 million characters
TIMELINE_ROWS = 1_048_575


def cell(column, row, index):
    return f'<c r="{column}{row}" t="s"><v>{index}</v></c>'


def main():
    global REGION_ROWS
    if len(sys.argv) > 2:
        REGION_ROWS = int(sys.argv[2])
    with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets><sheet name="regions" sheetId="1" r:id="rId1"/>'
                   '<sheet name="milestones" sheetId="2" r:id="rId2"/><sheet name="policies" sheetId="3" r:id="rId3"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
                   f'<Relationship Id="rId2" Type="{REL}/worksheet" Target="worksheets/sheet2.xml"/>'
                   f'<Relationship Id="rId3" Type="{REL}/worksheet" Target="worksheets/sheet3.xml"/>'
                   f'<Relationship Id="rIdS" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
        with z.open("xl/sharedStrings.xml", "w", force_zip64=True) as f:
            f.write(f'<sst xmlns="{MAIN}">'.encode())
            # The keys first, then a long name, then strings of 23 characters.
            for key in ("code", "name_zh", "level", "province", "uid", "region", "date", "title_zh", "dimensions", "mission",
                        "kind", "plan"):
                f.write(f"<si><t>{key}</t></si>".encode())
            f.write(f"<si><t>{'名' * 300}</t></si>".encode())  # index 12: a long name
            for i in range(STRINGS - 13):
                f.write(f"<si><t>s{i:022d}</t></si>".encode())
            f.write(b"</sst>")
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            f.write(f'<worksheet xmlns="{MAIN}"><sheetData><row r="1">{cell("A", 1, 0)}{cell("B", 1, 1)}{cell("C", 1, 2)}</row>'.encode())
            for r in range(2, REGION_ROWS + 2):
                f.write(f'<row r="{r}">{cell("A", r, 13 + r)}{cell("B", r, 12)}{cell("C", r, 3)}</row>'.encode())
            f.write(b"</sheetData></worksheet>")
        # Policies and milestones: uid, region, date, title_zh, dimensions (and level, kind), every uid another string.
        for part, keys, first in (("sheet2", "uid region date title_zh dimensions", 0), ("sheet3", "uid region date title_zh dimensions level kind", 1)):
            with z.open(f"xl/worksheets/{part}.xml", "w", force_zip64=True) as f:
                names = keys.split()
                header = "".join(f'<c r="{chr(65 + i)}1" t="inlineStr"><is><t>{k}</t></is></c>' for i, k in enumerate(names))
                f.write(f'<worksheet xmlns="{MAIN}"><sheetData><row r="1">{header}</row>'.encode())
                # Rows and cells without references (each follows the one before), to stay under 256 MiB a part.
                short = lambda index: f'<c t="s"><v>{index}</v></c>'
                for r in range(2, TIMELINE_ROWS + 2):
                    s = 13 + (2 * r + first) % (STRINGS - 13)
                    extra = short(3) + short(11) if len(names) > 5 else ""
                    f.write(f'<row>{short(s)}{short(s)}<c><v>2018</v></c>{short(s)}{short(9)}{extra}</row>'.encode())
                f.write(b"</sheetData></worksheet>")

if __name__ == "__main__":
    main()
