#!/usr/bin/env bash
# Import and export at scale (issue #11), side by side in one run: N milestones
# (default 1,000,000) imported from JSON and from CSV into fresh databases by
# triangle-studio, against sqlite3's own .import of the same rows into the
# database's milestones table (same columns, constraints and indexes); then the
# export of that database, its re-import, and `summary` at 0 and N milestones.
# Prints wall time and peak memory (/usr/bin/time -v). Not run by CTest.
# Usage: import-benchmark.sh BUILD_DIR [N]   (a RelWithDebInfo or Release build)
set -euo pipefail
exe="$(cd "$1" && pwd)/app/triangle-studio"
count="${2:-1000000}"
here="$(cd "$(dirname "$0")" && pwd)"
# $work, the environment, measure, describe_machine
source "$here/benchmark-support.sh"

describe_machine
echo "sqlite3 $(sqlite3 --version | cut -d' ' -f1); milestones: $count"

python3 "$here/make-milestones.py" "$count" "$work/in"
json_mib=$(( $(stat -c %s "$work/in/milestones.json") / 1048576 ))

# sqlite3's side: a database with the same schema and the same regions, then .import.
mkdir -p "$work/regions-only" && cp "$work/in/csv/regions.csv" "$work/regions-only/"
"$exe" import --db "$work/sqlite.tsdb" "$work/regions-only" > /dev/null
read -r sq_s sq_mib sq_cpu < <(measure sqlite3 -bail "$work/sqlite.tsdb" ".import --csv --skip 1 $work/in/rows.csv milestones")
[ "$(sqlite3 "$work/sqlite.tsdb" 'SELECT count(*) FROM milestones')" = "$count" ]
# The same with the page cache triangle-studio gives its connection (32 MiB; sqlite3's default is 2 MiB).
"$exe" import --db "$work/sqlite-cache.tsdb" "$work/regions-only" > /dev/null
read -r sqc_s sqc_mib sqc_cpu < <(measure sqlite3 -bail -cmd "PRAGMA cache_size = -32768" "$work/sqlite-cache.tsdb" ".import --csv --skip 1 $work/in/rows.csv milestones")
[ "$(sqlite3 "$work/sqlite-cache.tsdb" 'SELECT count(*) FROM milestones')" = "$count" ]

read -r json_s json_rss json_cpu < <(measure "$exe" import --db "$work/json.tsdb" "$work/in/milestones.json")
read -r csv_s csv_rss csv_cpu < <(measure "$exe" import --db "$work/csv.tsdb" "$work/in/csv")
[ "$(sqlite3 "$work/json.tsdb" 'SELECT count(*) FROM milestones')" = "$count" ]
[ "$(sqlite3 "$work/csv.tsdb" 'SELECT count(*) FROM milestones')" = "$count" ]

read -r exp_s exp_rss exp_cpu < <(measure "$exe" export --db "$work/json.tsdb" -o "$work/big.json")
big_mib=$(( $(stat -c %s "$work/big.json") / 1048576 ))
read -r re_s re_rss re_cpu < <(measure "$exe" import --db "$work/again.tsdb" "$work/big.json")
[ "$(sqlite3 "$work/again.tsdb" 'SELECT count(*) FROM milestones')" = "$count" ]

"$exe" import --db "$work/empty.tsdb" "$work/regions-only" > /dev/null
read -r sum0_s sum0_rss sum0_cpu < <(measure "$exe" summary --db "$work/empty.tsdb")
read -r sumn_s sumn_rss sumn_cpu < <(measure "$exe" summary --db "$work/json.tsdb")

ratio() { python3 -c "print(f'{$1 / $2:.2f}')"; }
# Wall time, and CPU time (user + system), which a loaded machine disturbs less.
echo "sqlite3 .import of rows.csv: ${sq_s} s wall, ${sq_cpu} s CPU, ${sq_mib} MiB peak"
echo "sqlite3 .import, 32 MiB page cache: ${sqc_s} s wall, ${sqc_cpu} s CPU, ${sqc_mib} MiB peak"
echo "import JSON (${json_mib} MiB): ${json_s} s wall, ${json_cpu} s CPU, ${json_rss} MiB peak; $(ratio "$json_s" "$sq_s")x sqlite3 wall, $(ratio "$json_cpu" "$sq_cpu")x CPU; $(ratio "$json_s" "$sqc_s")x / $(ratio "$json_cpu" "$sqc_cpu")x sqlite3 with 32 MiB cache"
echo "import CSV folder: ${csv_s} s wall, ${csv_cpu} s CPU, ${csv_rss} MiB peak; $(ratio "$csv_s" "$sq_s")x sqlite3 wall, $(ratio "$csv_cpu" "$sq_cpu")x CPU; $(ratio "$csv_s" "$sqc_s")x / $(ratio "$csv_cpu" "$sqc_cpu")x sqlite3 with 32 MiB cache"
echo "export -o big.json (${big_mib} MiB): ${exp_s} s wall, ${exp_cpu} s CPU, ${exp_rss} MiB peak"
echo "import of that export: ${re_s} s wall, ${re_cpu} s CPU, ${re_rss} MiB peak; $(ratio "$re_s" "$sq_s")x sqlite3 wall, $(ratio "$re_cpu" "$sq_cpu")x CPU"
echo "summary at 0 milestones: ${sum0_s} s wall, ${sum0_cpu} s CPU"
echo "summary at $count milestones: ${sumn_s} s wall, ${sumn_cpu} s CPU"
