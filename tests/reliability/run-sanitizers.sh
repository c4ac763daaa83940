#!/usr/bin/env bash
# Builds the unit suite with AddressSanitizer and UBSan (the "asan" preset:
# GCC, Debug at -O1, build-asan/) and runs it. Slow: several times the usual
# build.
#   run-sanitizers.sh                      everything, through CTest
#   run-sanitizers.sh core_tests store_tests …   only these test binaries
set -euo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo_root"
cmake --preset asan > build-asan.configure.log 2>&1 || { cat build-asan.configure.log; exit 1; }
# Qt's plugins and fontconfig keep allocations for the life of the process;
# LeakSanitizer would report them at exit, and they are not ours.
export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
if [ $# -eq 0 ]; then
    cmake --build build-asan --parallel "$(nproc)"
    cd build-asan
    ctest --output-on-failure --parallel "$(nproc)" --timeout 1200
    exit
fi
cmake --build build-asan --parallel "$(nproc)" --target "$@"
status=0
for binary in "$@"; do
    path="$(find build-asan/tests -type f -name "$binary" -perm -u+x | head -1)"
    echo "==> $binary"
    "$path" --gtest_brief=1 || status=1
done
exit $status
