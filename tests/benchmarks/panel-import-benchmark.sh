#!/usr/bin/env bash
# Importing 30 returned scoring packets (issue 22): 30 experts, 3 regions, the
# shipped indicators, filled in by openpyxl; `triangle-studio import FOLDER`
# beside openpyxl merely loading the same 30 workbooks (the yardstick: the
# reading every spreadsheet tool must do), then `panel -o json` over them.
#
#   tests/benchmarks/panel-import-benchmark.sh BUILD_DIR
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="$(cd "${1:?usage: $0 BUILD_DIR}" && pwd)"
source "$here/benchmark-support.sh"
app="$build/app/triangle-studio"
python=/usr/bin/python3
"$python" -c "import openpyxl" || { echo "needs python3-openpyxl" >&2; exit 1; }

db="$work/panel.tsdb"
"$app" export -o "$work/base.json" > /dev/null
"$python" - "$work/base.json" "$work/experts.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d["raters"] += [{"key": f"expert-{i:02d}", "name": f"专家{i:02d}"} for i in range(30)]
json.dump(d, open(sys.argv[2], "w"), ensure_ascii=False)
PY
"$app" import --db "$db" "$work/experts.json" > /dev/null
experts=$(seq -f 'expert-%02g' 0 29 | paste -sd,)
read -r wall_make _ _ <<< "$(measure "$app" packet --db "$db" --rater "$experts" --regions 330000,140000,510000 --stage advantage --comparisons -o "$work/sent")"
"$python" "$here/../app/panel/fill-panel-packets.py" "$work/sent" "$work/back" "$work/answers.json"
read -r wall_load _ _ <<< "$(measure "$python" -c "
import glob, openpyxl
for f in sorted(glob.glob('$work/back/*.xlsx')):
    openpyxl.load_workbook(f)")"
read -r wall_import rss_import _ <<< "$(measure "$app" import --db "$db" "$work/back")"
grep -q "Imported 30 packet(s), refused 0." "$work/last.log" || { cat "$work/last.log"; exit 1; }
read -r wall_panel _ _ <<< "$(measure "$app" panel --db "$db" -o "$work/panel.json")"
items=$("$python" -c "import json; print(sum(len(r['items']) for r in json.load(open('$work/panel.json'))['rounds']))")

describe_machine
echo "30 packets made (3 regions × every indicator, with comparisons): ${wall_make} s"
echo "openpyxl loads the 30 returned workbooks: ${wall_load} s"
echo "triangle-studio import of the folder: ${wall_import} s, ${rss_import} MiB peak (backup first, then all 30 checked and stored)"
python3 -c "print(f'ratio import / openpyxl load: {float(\"$wall_import\") / float(\"$wall_load\"):.2f}')"
echo "panel -o json over the round ($items items, 30 experts, 2000 bootstrap draws per α): ${wall_panel} s"
