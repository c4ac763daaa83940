#!/usr/bin/env python3
"""Fills a folder of scoring packets as five experts would, with openpyxl
(never the app's writer), for the panel's end-to-end test
(tests/app/PanelCommandsTest.cpp).

    fill-panel-packets.py IN_FOLDER OUT_FOLDER ANSWERS.json [PREVIOUS_ANSWERS.json]

Each expert's score of an item is the item's "true" value plus the expert's
own bias and noise, on the 0.1 grid; in round 2 (when PREVIOUS_ANSWERS is
given) each expert moves half-way to the round-1 median. The expert whose key
ends in "-sloppy" answers the comparisons inconsistently, the others
consistently. One item of the expert "-careless" is left empty, one is out
of range. What was filled goes to ANSWERS.json for the independent check.
Exit 3 when openpyxl is missing.
"""

import json
import os
import statistics
import sys

try:
    import openpyxl
except ImportError:
    sys.exit(3)

SAATY = [1 / 9, 1 / 8, 1 / 7, 1 / 6, 1 / 5, 1 / 4, 1 / 3, 1 / 2, 1, 2, 3, 4, 5, 6, 7, 8, 9]


def saaty_text(v):
    return str(round(v)) if v >= 1 else "1/%d" % round(1 / v)


def nearest_saaty(ratio):
    import math
    return min(SAATY, key=lambda s: abs(math.log(s) - math.log(ratio)))


def packet_keys(wb):
    ws = wb["packet"]
    return {row[0].value: row[1].value for row in ws.iter_rows(min_row=1) if row[0].value}


def columns(ws):
    return {cell.value: cell.column for cell in ws[2] if cell.value}


def true_value(region, indicator, index):
    return 3.0 + ((index * 37 + len(region) * 7 + len(indicator) * 3) % 50) / 10.0


def expert_number(key):
    return sum(ord(c) for c in key) % 7


def fill(source, target, previous, answers):
    wb = openpyxl.load_workbook(source)
    keys = packet_keys(wb)
    expert = keys["rater_key"]
    round_ = int(keys["round"])
    ws = wb[keys["scores_sheet"]]
    col = columns(ws)
    e = expert_number(expert)
    if previous is not None and not {"median", "quartiles", "last_score", "reason"} <= set(col):
        sys.exit(f"{source}: a round-{round_} packet without the round before's feedback columns")
    row = 3
    index = 0
    while ws.cell(row=row, column=col["indicator_key"]).value:
        region = str(ws.cell(row=row, column=col["region_key"]).value)
        indicator = ws.cell(row=row, column=col["indicator_key"]).value
        value = true_value(region, indicator, index) + (e - 3) * 0.3 + (((index * 7 + e * 13) % 11) - 5) / 10.0
        if previous is not None:
            panel = [a["score"] for a in previous if a["region"] == region and a["indicator"] == indicator]
            if panel:
                value = (value + statistics.median(panel)) / 2
        value = min(10.0, max(0.0, round(value, 1)))
        if expert.endswith("-careless") and index == 0:
            pass  # left empty
        elif expert.endswith("-careless") and index == 1:
            ws.cell(row=row, column=col["score"]).value = 12  # out of range: reported, not stored
        else:
            ws.cell(row=row, column=col["score"]).value = value
            answers["scores"].append({"expert": expert, "round": round_, "stage": keys["stage_key"],
                                      "region": region, "indicator": indicator, "score": value})
            if "reason" in col and previous is not None:
                ws.cell(row=row, column=col["reason"]).value = "回到多数意见附近"
        row += 1
        index += 1
    sheet = keys.get("comparisons_sheet")
    if sheet:
        wc = wb[sheet]
        cc = columns(wc)
        row = 3
        while wc.cell(row=row, column=cc["first_key"]).value:
            first = wc.cell(row=row, column=cc["first_key"]).value
            second = wc.cell(row=row, column=cc["second_key"]).value
            scope = wc.cell(row=row, column=cc["scope_key"]).value
            # Weights that fall with the item's position in its scope: consistent judgments.
            wf = 1.0 / (1 + (len(first) + e) % 4)
            ws_ = 1.0 / (1 + (len(second) + e) % 4)
            value = nearest_saaty(wf / ws_)
            if expert.endswith("-sloppy") and (row % 2 == 0):
                value = nearest_saaty(1 / value) if value != 1 else 9
            wc.cell(row=row, column=cc["value"]).value = saaty_text(value)
            answers["comparisons"].append({"expert": expert, "round": round_, "scope": scope,
                                           "first": first, "second": second, "value": value})
            row += 1
    wb.save(target)


def main():
    source, target, answers_path = sys.argv[1:4]
    previous = None
    if len(sys.argv) > 4:
        with open(sys.argv[4], encoding="utf-8") as f:
            previous = json.load(f)["scores"]
    answers = {"scores": [], "comparisons": []}
    os.makedirs(target, exist_ok=True)
    for name in sorted(os.listdir(source)):
        if name.endswith(".xlsx"):
            fill(os.path.join(source, name), os.path.join(target, name), previous, answers)
    with open(answers_path, "w", encoding="utf-8") as f:
        json.dump(answers, f, ensure_ascii=False, indent=1)


main()
