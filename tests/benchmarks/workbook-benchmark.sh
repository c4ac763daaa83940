#!/usr/bin/env bash
# The import of a workbook of N milestones (default 1,000,000) beside the
# import of the same rows as a JSON file (make-milestones.py writes both), each
# into a fresh database by triangle-studio: wall time, CPU time and peak
# resident memory (/usr/bin/time -v), and the ratio of the two. Then the
# workbook at every bound of the reader (make-bounded-workbook.py), which is
# checked to the end and refused for its problems: the most memory a workbook
# can take. Not run by CTest.
# Usage: workbook-benchmark.sh BUILD_DIR [N]   (a Release or RelWithDebInfo build)
set -euo pipefail
exe="$(cd "$1" && pwd)/app/triangle-studio"
count="${2:-1000000}"
here="$(cd "$(dirname "$0")" && pwd)"
# $work, the environment, measure, describe_machine
source "$here/benchmark-support.sh"

describe_machine
echo "milestones: $count"
python3 "$here/make-milestones.py" "$count" "$work/in"
mib() { python3 -c "import os; print(f'{os.path.getsize(\"$1\") / 1048576:.0f}')"; }
read -r json_s json_rss json_cpu < <(measure "$exe" import --db "$work/json.tsdb" "$work/in/milestones.json")
read -r xlsx_s xlsx_rss xlsx_cpu < <(measure "$exe" import --db "$work/xlsx.tsdb" "$work/in/milestones.xlsx")
for db in json xlsx; do
    [ "$(sqlite3 "$work/$db.tsdb" 'SELECT count(*) FROM milestones')" = "$count" ] || { echo "$db.tsdb lacks milestones" >&2; exit 1; }
done
# The two databases hold the same milestones.
query='SELECT uid, date_year, date_month, date_day, title_zh, bears_mission, bears_political, bears_operational, quantity, unit FROM milestones ORDER BY uid'
[ "$(sqlite3 "$work/json.tsdb" "$query" | sha256sum)" = "$(sqlite3 "$work/xlsx.tsdb" "$query" | sha256sum)" ] \
    || { echo "the workbook's milestones differ from the JSON file's" >&2; exit 1; }

ratio() { python3 -c "print(f'{$1 / $2:.2f}')"; }
echo "import JSON ($(mib "$work/in/milestones.json") MiB): ${json_s} s wall, ${json_cpu} s CPU, ${json_rss} MiB peak"
echo "import workbook ($(mib "$work/in/milestones.xlsx") MiB zipped): ${xlsx_s} s wall, ${xlsx_cpu} s CPU, ${xlsx_rss} MiB peak"
echo "workbook / JSON: $(ratio "$xlsx_s" "$json_s")x wall, $(ratio "$xlsx_cpu" "$json_cpu")x CPU, $(ratio "$xlsx_rss" "$json_rss")x peak memory"

python3 "$here/make-bounded-workbook.py" "$work/bounded.xlsx"
read -r bound_s bound_rss bound_cpu < <(measure --may-fail "$exe" import --db "$work/bounded.tsdb" "$work/bounded.xlsx")
grep -q "nothing was imported; 1001 problems" "$work/last.log" || { cat "$work/last.log" >&2; exit 1; }
echo "import of the workbook at the reader's bounds ($(mib "$work/bounded.xlsx") MiB zipped, refused for its problems): ${bound_s} s wall, ${bound_cpu} s CPU, ${bound_rss} MiB peak"
