#!/usr/bin/env bash
# Times the command line as scripts use it: 100 SVG figures, 100 PNG figures
# at 300 DPI, and a report for all 31 provinces; then 300 SVG figures of 300
# generated cities, by `figure --each-region` in one process, by one process
# per figure, and by Apache ECharts in Node where ECHARTS_DIR names a folder
# with node_modules/echarts (npm install --prefix DIR echarts). Not run by CTest.
# Usage: cli-benchmark.sh BUILD_DIR [batch]   (a Release build is what to
# measure; "batch" runs the 300-figure comparison only)
set -euo pipefail
exe="$1/app/triangle-studio"
only="${2:-}"
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
unset DISPLAY WAYLAND_DISPLAY
"$exe" check > /dev/null
db="$XDG_DATA_HOME/TriangleStudio/triangle-studio/default.tsdb"
views=(evolution compare balance)

seconds() { python3 -c 'import sys,time; print(f"{time.time():.3f}")'; }

# 300 cities, ten under each of the first 30 provinces, each assessed at the advantage stage.
batch() {
    sqlite3 "$db" "SELECT code FROM regions WHERE level = 'province' ORDER BY code LIMIT 30" > "$work/provinces.txt"
    python3 - "$work/provinces.txt" "$work/cities.json" <<'PY'
import json, math, sys
provinces = open(sys.argv[1]).read().split()
regions, assessments = [], []
for p, province in enumerate(provinces):
    for c in range(1, 11):
        i = p * 10 + c
        code = province[:2] + f"{c:02d}00"
        regions.append({"code": code, "name_zh": f"城市{i:03d}", "name_en": f"City {i:03d}", "level": "city", "parent": province})
        score = lambda phase: round(5.0 + 4.5 * math.sin(i * phase), 1)
        assessments.append({"region": code, "stage": "advantage",
                            "scores": {"mission": score(0.37), "political": score(0.61), "operational": score(0.83)}})
json.dump({"format": "triangle-studio", "regions": regions, "assessments": assessments}, open(sys.argv[2], "w"))
PY
    "$exe" import --db "$db" "$work/cities.json" > /dev/null
    codes=$(python3 -c "import json; print(' '.join(r['code'] for r in json.load(open('$work/cities.json'))['regions']))")

    start=$(seconds)
    "$exe" figure --db "$db" --view compare --stages advantage --each-region --regions "${codes// /,}" \
        -o "$work/batch/{code}-{view}.svg" > /dev/null
    one=$(python3 -c "print(f'{$(seconds) - $start:.2f}')")
    count=$(ls "$work/batch" | wc -l)

    start=$(seconds)
    for code in $codes; do
        "$exe" figure --db "$db" --view compare --stages advantage --regions "$code" -o "$work/each/$code-compare.svg" > /dev/null
    done
    each=$(python3 -c "print(f'{$(seconds) - $start:.2f}')")

    echo "$count SVG figures in one process (--each-region): ${one} s"
    echo "300 SVG figures, one process each: ${each} s"
    echo "size of the one-process figures: $(du -sk "$work/batch" | cut -f1) KiB"

    # One city with 31,000 milestones over 2011–2025: its timeline as SVG.
    python3 - "$work/crowded.json" <<'PY'
import json, sys
dims = ["mission", "political", "operational"]
milestones = [{"uid": f"bench-{i}", "region": "110100", "date": f"{2011 + i % 15}-{1 + i % 12:02d}",
               "title_zh": f"里程碑 {i}", "title_en": f"Milestone {i}", "dimensions": [dims[i % 3]]} for i in range(31000)]
json.dump({"format": "triangle-studio", "milestones": milestones}, open(sys.argv[1], "w"))
PY
    "$exe" import --db "$db" "$work/crowded.json" > /dev/null
    start=$(seconds)
    "$exe" figure --db "$db" --view timeline --regions 110100 -o "$work/timeline.svg" > /dev/null
    timeline=$(python3 -c "print(f'{$(seconds) - $start:.2f}')")
    echo "timeline of a city with 31,000 milestones (SVG): ${timeline} s, $(du -k "$work/timeline.svg" | cut -f1) KiB"

    if [ -n "${ECHARTS_DIR:-}" ]; then
        start=$(seconds)
        read -r charts inner < <(NODE_PATH="$ECHARTS_DIR/node_modules" node "$here/echarts-radar-svg.cjs" "$work/cities.json" "$work/echarts" advantage)
        node_total=$(python3 -c "print(f'{$(seconds) - $start:.2f}')")
        echo "$charts ECharts radar charts to SVG in Node: ${node_total} s (${inner} s without Node's start-up and the echarts load)"
        echo "size of the ECharts figures: $(du -sk "$work/echarts" | cut -f1) KiB"
    fi
}

mkdir -p "$work/each"
if [ "$only" = batch ]; then
    batch
    exit 0
fi

start=$(seconds)
for i in $(seq 1 100); do
    "$exe" figure --db "$db" --view "${views[$((i % 3))]}" --regions 330000,140000,510000 -o "$work/f$i.svg" > /dev/null
done
svg=$(python3 -c "print(f'{$(seconds) - $start:.2f}')")

start=$(seconds)
for i in $(seq 1 100); do
    "$exe" figure --db "$db" --view "${views[$((i % 3))]}" --regions 330000,140000,510000 --dpi 300 -o "$work/f$i.png" > /dev/null
done
png=$(python3 -c "print(f'{$(seconds) - $start:.2f}')")

provinces=$(sqlite3 "$db" "SELECT group_concat(code) FROM regions WHERE level = 'province'")
start=$(seconds)
"$exe" report --db "$db" --regions "$provinces" -o "$work/report.pdf" > /dev/null
report=$(python3 -c "print(f'{$(seconds) - $start:.2f}')")
pages=$(pdfinfo "$work/report.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')

echo "100 SVG figures: ${svg} s"
echo "100 PNG figures at 300 DPI (160x120 mm, 1890x1417 px): ${png} s"
echo "report for 31 provinces (${pages:-?} pages): ${report} s"
batch
