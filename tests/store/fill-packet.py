#!/usr/bin/env python3
"""Fills in a scoring packet as an expert's spreadsheet program would, with
openpyxl rather than the app's own writer (tests/store/ScoringPacketTest.cpp).

    fill-packet.py IN.xlsx OUT.xlsx ANSWERS.json
        ANSWERS: {"cells": [{"sheet": "Scores", "row": 3, "column": "score", "value": 7.5}, ...],
                  "alter": [{"op": "rename_sheet", "sheet": "Scores", "to": "Scores (2)"},
                            {"op": "insert_row", "sheet": "Scores", "row": 4, "values": {"region": "x"}},
                            {"op": "copy_row", "sheet": "Scores", "from": 3, "to": 9},
                            {"op": "clear", "sheet": "Scores", "row": 3, "column": "region_id"},
                            {"op": "set", "sheet": "packet", "cell": "B1", "value": "x"}]}
        A column is named by its key (the hidden row 2) or its header (row 1).
        A value that is a string is written as text, a number as a number.
    fill-packet.py --inspect IN.xlsx
        Prints what the workbook's structure is, as JSON: each sheet's state,
        protection, data validations, hidden columns and rows, and which
        cells of the first item row are locked.
Exit 3 when openpyxl is missing.
"""

import json
import sys

try:
    import openpyxl
    from openpyxl.utils import get_column_letter
except ImportError:
    sys.exit(3)


def column_of(ws, name):
    for row in (2, 1):
        for cell in ws[row]:
            if cell.value == name:
                return cell.column
    raise SystemExit(f"no column {name!r} on sheet {ws.title!r}")


def fill(source, target, answers_path):
    with open(answers_path, encoding="utf-8") as f:
        answers = json.load(f)
    wb = openpyxl.load_workbook(source)
    for cell in answers.get("cells", []):
        ws = wb[cell["sheet"]]
        ws.cell(row=cell["row"], column=column_of(ws, cell["column"])).value = cell["value"]
    for change in answers.get("alter", []):
        ws = wb[change["sheet"]]
        op = change["op"]
        if op == "rename_sheet":
            ws.title = change["to"]
        elif op == "insert_row":
            ws.insert_rows(change["row"])
            for name, value in change.get("values", {}).items():
                ws.cell(row=change["row"], column=column_of(ws, name)).value = value
        elif op == "copy_row":
            for cell in ws[change["from"]]:
                ws.cell(row=change["to"], column=cell.column).value = cell.value
        elif op == "set":
            ws[change["cell"]].value = change["value"]
        elif op == "clear":
            ws.cell(row=change["row"], column=column_of(ws, change["column"])).value = None
        else:
            raise SystemExit(f"unknown change {op!r}")
    wb.save(target)


def inspect(source):
    wb = openpyxl.load_workbook(source)
    sheets = []
    for ws in wb.worksheets:
        validations = []
        for dv in ws.data_validations.dataValidation:
            validations.append({
                "type": dv.type,
                "formula1": dv.formula1,
                "sqref": str(dv.sqref),
                "showErrorMessage": bool(dv.showErrorMessage),
                "errorStyle": dv.errorStyle,
                "promptTitle": dv.promptTitle,
                "errorTitle": dv.errorTitle,
            })
        # openpyxl groups equal columns: a dimension spans min..max.
        hidden = []
        for key, dim in ws.column_dimensions.items():
            if dim.hidden:
                for c in range(dim.min or 1, (dim.max or dim.min or 1) + 1):
                    hidden.append(get_column_letter(c))
        locked = {}
        if ws.max_row >= 3:
            for cell in ws[3]:
                key = ws.cell(row=2, column=cell.column).value
                if key:
                    locked[key] = bool(cell.protection.locked)
        conditions = []
        for rng in ws.conditional_formatting:
            for rule in rng.rules:
                conditions.append({"sqref": str(rng.sqref), "type": rule.type, "formula": list(rule.formula or [])})
        sheets.append({
            "conditions": conditions,
            "name": ws.title,
            "state": ws.sheet_state,
            "protected": bool(ws.protection.sheet),
            "password": ws.protection.password,
            "validations": validations,
            "hiddenColumns": sorted(set(hidden)),
            "hiddenRows": sorted(r for r, dim in ws.row_dimensions.items() if dim.hidden),
            "locked": locked,
            "header": [c.value for c in ws[1]] if ws.max_row >= 1 else [],
        })
    print(json.dumps({"sheets": sheets}, ensure_ascii=False))


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--inspect":
        inspect(sys.argv[2])
    elif len(sys.argv) == 4:
        fill(sys.argv[1], sys.argv[2], sys.argv[3])
    else:
        raise SystemExit(__doc__)
