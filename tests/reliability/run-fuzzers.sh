#!/usr/bin/env bash
# Builds the core and its libFuzzer targets with clang, ASan and UBSan in
# build-fuzz/, makes the seed corpus from the shipped data (resources/data/default-data.json
# and every tests/**/fixtures file), and runs each target.
#   run-fuzzers.sh [SECONDS]        each target for SECONDS (default 30)
#   run-fuzzers.sh --runs N         each target for N runs
# Exits 1 if any target found a crash; the crashing input is kept in
# build-fuzz/findings/TARGET/ and its path printed.
set -euo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${TRIANGLE_FUZZ_BUILD:-$repo_root/build-fuzz}"
limit=(-max_total_time="${1:-30}")
if [ "${1:-}" = "--runs" ]; then
    limit=(-runs="$2")
fi

if ! command -v clang++ > /dev/null; then
    echo "run-fuzzers.sh: clang++ is not installed (apt-get install clang libclang-rt-14-dev)" >&2
    exit 1
fi
echo "==> Building the fuzz targets (clang, ASan, UBSan) in $build"
mkdir -p "$build"
# Line tables only: enough for a sanitizer report's file and line, at a
# fraction of the build time of full debug information. -O1 by default, as
# the sanitizers' own documentation advises for readable reports and speed;
# TRIANGLE_FUZZ_OPTIMISE=-O0 halves the build (DataExporter.cpp 20.7 s → 10.2 s
# with clang 14), which the README's test command uses for its 10-second
# smoke run within CI's 15 minutes.
optimise="${TRIANGLE_FUZZ_OPTIMISE:--O1}"
CC=clang CXX=clang++ cmake -S "$repo_root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=$optimise -fno-omit-frame-pointer -gline-tables-only -DNDEBUG" \
    -DTRIANGLE_BUILD_FUZZERS=ON -DTRIANGLE_BUILD_TESTS=OFF > "$build.configure.log" 2>&1 \
    || { cat "$build.configure.log"; exit 1; }
cmake --build "$build" --parallel "$(nproc)"

corpus="$build/corpus"
rm -rf "$corpus"
# The shipped data file and the tests' fixtures (resources/data also holds
# the administrative levels, which are not a Triangle Studio data file).
mapfile -t inputs < <({ echo "$repo_root/resources/data/default-data.json"; \
    find "$repo_root/tests" -path '*/fixtures/*' -type f; } | sort -u)
ASAN_OPTIONS=detect_leaks=0 "$build/tests/reliability/fuzz/triangle-fuzz-seeds" "$corpus" "${inputs[@]}"

# Qt keeps a few allocations for the life of the process (static QString
# data, the regular expression cache): not leaks of ours.
export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
status=0
for pair in jsonreader:json csvtable:csv-table csvfolder:csv-folder partialdate:date workbook:workbook; do
    target="${pair%%:*}" seeds="$corpus/${pair#*:}"
    findings="$build/findings/$target"
    work="$build/work/$target"
    mkdir -p "$findings" "$work"
    echo "==> fuzz-$target ${limit[*]} (seeds: $(ls "$seeds" | wc -l))"
    if ! "$build/tests/reliability/fuzz/fuzz-$target" "${limit[@]}" -max_len=65536 -timeout=10 \
        -print_final_stats=1 -artifact_prefix="$findings/" "$work" "$seeds" > "$build/fuzz-$target.log" 2>&1; then
        status=1
        echo "fuzz-$target FOUND A CRASH: see $build/fuzz-$target.log and $findings/"
    fi
    grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb|Done [0-9]+ runs" "$build/fuzz-$target.log" || true
done
exit $status
