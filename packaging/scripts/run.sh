#!/usr/bin/env bash
# Installs what is missing (apt-get), builds Triangle Studio, and runs it.
# Arguments go to the app: `run.sh --db my.tsdb`, `run.sh check`, `run.sh --help`.
# With no display the app says so, then checks and summarises the database.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

install_missing "${build_packages[@]}"
mkdir -p "$repo_root/build-release"
build "$repo_root/build-release" Release -DTRIANGLE_BUILD_TESTS=OFF
echo "==> Running triangle-studio $*"
exec "$repo_root/build-release/app/triangle-studio" "$@"
