#!/usr/bin/env bash
# Installs what is missing (apt-get), builds Triangle Studio with its tests,
# and runs the whole suite with CTest.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

install_missing "${build_packages[@]}" "${test_packages[@]}"
mkdir -p "$repo_root/build-tests"
# Optimised, without debug information: it took about 40 % of the compile
# time and most of the link time, and the suite must build and run within
# CI's 15 minutes on two cores (a debugger wants `cmake --preset testing`).
# -O1 rather than -O2: 15–25 % less compile time on the heaviest files
# (MainWindow.cpp 8.6 s → 6.4 s), and the tests time nothing.
build "$repo_root/build-tests" Release -DTRIANGLE_BUILD_TESTS=ON "-DCMAKE_CXX_FLAGS_RELEASE=-O1 -DNDEBUG"
# Each fuzz target for 10 s on a clang build of the core (TRIANGLE_FUZZ_SECONDS;
# 0 skips them), where clang and libFuzzer can be had. First, so that CTest's
# summary stays the last word.
fuzz_seconds="${TRIANGLE_FUZZ_SECONDS:-10}"
if [ "$fuzz_seconds" != 0 ]; then
    install_missing "${fuzz_packages[@]}" || echo "==> clang could not be installed"
    if command -v clang++ > /dev/null && compgen -G "/usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a" > /dev/null; then
        # Unoptimised: a smoke run, built in half the time (run-fuzzers.sh).
        TRIANGLE_FUZZ_OPTIMISE="${TRIANGLE_FUZZ_OPTIMISE:--O0}" bash "$repo_root/tests/reliability/run-fuzzers.sh" "$fuzz_seconds"
    else
        echo "==> Skipping the fuzz targets: clang with libFuzzer is not installed"
    fi
fi
echo "==> Running the tests"
cd "$repo_root/build-tests"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" --timeout 600
