#!/usr/bin/env bash
# Times the work of an analyst with every county-level unit scored from the
# indicators: N generated counties (default 3,200) under the 31 provinces,
# each with 13 indicator values at each of the three stages and derived
# scores, imported from one JSON file; then `findings` as a table over all of
# them. Beside it, sqlite3's own .import of the same indicator values as CSV
# rows into a bare table, the floor any import of them stands on.
# Generated, not real: for timing only. Not run by CTest.
# Usage: county-findings-benchmark.sh BUILD_DIR [N]   (measure a Release build)
set -euo pipefail
exe="$(cd "$1" && pwd)/app/triangle-studio"
count="${2:-3200}"
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/benchmark-support.sh"
"$exe" check > /dev/null

python3 - "$here/../../resources/data/default-data.json" "$count" "$work/counties.json" "$work/values.csv" <<'PY'
import csv, json, math, sys
shipped = json.load(open(sys.argv[1]))
count = int(sys.argv[2])
indicators = [(i["key"], i["dimension"]) for i in shipped["indicators"]]
provinces = [r["code"] for r in shipped["regions"] if r.get("level") == "province"]
regions, values, assessments = [], [], []
for i in range(count):
    province = provinces[i % len(provinces)]
    code = f"{province[:2]}{(i // 31) // 100 + 1:02d}{(i // 31) % 100:02d}"
    regions.append({"code": code, "name_zh": f"县{i:04d}", "name_en": f"County {i:04d}", "level": "county", "parent": province})
    for stage, base in (("initial", 3.0), ("advantage", 6.0), ("target", 8.0)):
        by_dimension = {}
        for k, (key, dimension) in enumerate(indicators):
            score = round(min(10, max(0, base + 2.0 * math.sin(i * 0.37 + k * 1.3 + base))), 1)
            values.append({"region": code, "stage": stage, "indicator": key, "rater": "article-reading", "score": score})
            by_dimension.setdefault(dimension, []).append(score)
        assessments.append({"region": code, "stage": stage,
                            "scores": {d: round(sum(s) / len(s) + 1e-9, 1) for d, s in by_dimension.items()},
                            "origin": {d: "derived" for d in by_dimension}})
json.dump({"format": "triangle-studio", "regions": regions, "indicator_values": values, "assessments": assessments},
          open(sys.argv[3], "w"), ensure_ascii=False)
with open(sys.argv[4], "w", newline="") as f:
    writer = csv.writer(f)
    for v in values:
        writer.writerow([v["region"], v["stage"], v["indicator"], v["rater"], v["score"]])
print(f"{len(regions)} counties, {len(assessments)} assessments, {len(values)} indicator values")
PY

describe_machine
read -r floor_wall _ floor_cpu < <(measure sqlite3 "$work/bare.db" \
    "CREATE TABLE indicator_values (region TEXT, stage TEXT, indicator TEXT, rater TEXT, score REAL,
                                    UNIQUE (region, stage, indicator, rater))" \
    ".mode csv" ".import $work/values.csv indicator_values")
read -r import_wall import_rss import_cpu < <(measure "$exe" import "$work/counties.json")
read -r findings_wall findings_rss findings_cpu < <(measure "$exe" findings)
ratio() { python3 -c "print(f'{$1 / $2:.1f}')"; }
echo "sqlite3 .import of the indicator values: ${floor_wall} s wall, ${floor_cpu} s CPU"
echo "triangle-studio import: ${import_wall} s wall, ${import_cpu} s CPU, ${import_rss} MiB peak ($(ratio "$import_wall" "$floor_wall")× sqlite3's wall)"
echo "triangle-studio findings (table, every region): ${findings_wall} s wall, ${findings_cpu} s CPU, ${findings_rss} MiB peak"
