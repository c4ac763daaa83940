#!/usr/bin/env bash
# Installs what is missing (apt-get), builds Triangle Studio with its tests,
# and runs the whole suite with CTest.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

install_missing "${build_packages[@]}" "${test_packages[@]}"
mkdir -p "$repo_root/build-tests"
build "$repo_root/build-tests" RelWithDebInfo -DTRIANGLE_BUILD_TESTS=ON
echo "==> Running the tests"
cd "$repo_root/build-tests"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" --timeout 600
