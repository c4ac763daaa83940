#!/usr/bin/env bash
# Runs N crash trials (default 1000): the driver killed with SIGKILL at random
# moments during an import and a series of edits, the database checked each
# time. Needs a build with tests (BUILD_DIR, default build-tests).
#   run-crash-trials.sh [N] [BUILD_DIR]
# Prints the machine (nproc, CPU, load), the date and the outcome.
set -euo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
trials="${1:-1000}"
build="${2:-$repo_root/build-tests}"
binary="$build/tests/reliability/reliability_tests"
[ -x "$binary" ] || { echo "run-crash-trials.sh: build $binary first" >&2; exit 1; }
echo "date:    $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
start=$(date +%s)
QT_QPA_PLATFORM=offscreen TRIANGLE_CRASH_TRIALS="$trials" "$binary" \
    --gtest_filter='CrashTrialTest.*' --gtest_brief=0
echo "time:    $(( $(date +%s) - start )) s; load after $(cut -d' ' -f1-3 /proc/loadavg)"
