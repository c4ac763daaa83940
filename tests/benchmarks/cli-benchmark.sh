#!/usr/bin/env bash
# Times the command line as scripts use it: 100 SVG figures, 100 PNG figures
# at 300 DPI, and a report for all 31 provinces. Not run by CTest.
# Usage: cli-benchmark.sh BUILD_DIR   (a Release build is what to measure)
set -euo pipefail
exe="$1/app/triangle-studio"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
unset DISPLAY WAYLAND_DISPLAY
"$exe" check > /dev/null
db="$XDG_DATA_HOME/TriangleStudio/triangle-studio/default.tsdb"
views=(evolution compare balance)

seconds() { python3 -c 'import sys,time; print(f"{time.time():.3f}")'; }

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
