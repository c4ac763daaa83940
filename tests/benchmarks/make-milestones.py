#!/usr/bin/env python3
"""Writes N milestones of the 31 provinces three ways, the same rows each time:
a JSON data file, a folder of CSV files (regions.csv, milestones.csv), and the
rows as the database's milestones table holds them (rows.csv: every column
in the table's order, ids from 1 and region ids in the regions.csv order) for sqlite3's own .import. Used by
import-benchmark.sh; the uids are random, as uuids are, with a fixed seed."""
import csv, json, os, random, sys, uuid

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
    with open(os.path.join(out, "csv", "regions.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["code", "name_zh", "name_en", "level", "parent"])
        for r in regions:
            w.writerow([r["code"], r["name_zh"], r["name_en"], r["level"], r["parent"] or ""])

    jf = open(os.path.join(out, "milestones.json"), "w", encoding="utf-8")
    cf = open(os.path.join(out, "csv", "milestones.csv"), "w", newline="", encoding="utf-8")
    rf = open(os.path.join(out, "rows.csv"), "w", newline="", encoding="utf-8")
    cw, rw = csv.writer(cf, lineterminator="\r\n"), csv.writer(rf, lineterminator="\r\n")
    cw.writerow(["uid", "region", "date", "title_zh", "title_en", "description", "dimensions", "quantity", "unit"])
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
        # Region ids: the national level is 1, then the provinces in file order.
        rw.writerow([i + 1, uid, region + 2, title, "", "", year, month, day, "day"] + [1 if d in dims else 0 for d in DIMENSIONS]
                    + ["" if quantity is None else quantity, "" if quantity is None else "项"])
    jf.write("\n ]\n}\n")
    for f in (jf, cf, rf):
        f.close()


if __name__ == "__main__":
    main()
