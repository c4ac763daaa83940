# Shared by run.sh and test.sh: install what is missing, then configure and build.
# Sourced, not run.

set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

# Debian 12 packages the build needs.
build_packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-charts-dev qt6-svg-dev libqt6opengl6-dev libgl-dev
    libqt6sql6-sqlite qt6-qpa-plugins qt6-translations-l10n
    fonts-noto-cjk
    libxlsxwriter-dev libminizip-dev
)
# What the tests use besides: GoogleTest, and real tools to check files and packages with.
test_packages=(
    libgtest-dev libgmock-dev libbenchmark-dev
    xvfb xauth poppler-utils librsvg2-bin sqlite3
    python3-openpyxl # fills in scoring packets as a spreadsheet program would (tests/store/fill-packet.py)
    libsqlite3-dev # the reliability tests' failing disk (tests/reliability/io/FailingDisk.h)
    desktop-file-utils appstream dpkg-dev file shared-mime-info libglib2.0-bin
    # Headless, to draw the figure command's web pages (tests/export/FigureCommandTest.cpp):
    # about 80 MB to fetch and 400 MB installed beside the Qt packages, some 20 s to install.
    chromium
)

# The fuzz targets (tests/reliability/run-fuzzers.sh): clang, and libFuzzer
# with the sanitizer runtimes.
fuzz_packages=(clang libclang-rt-14-dev)

# install_missing PACKAGE…: apt-get installs those not installed yet.
install_missing() {
    local missing=()
    local p
    for p in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$p")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "==> Installing missing packages: ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo="sudo"
    fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# build BUILD_DIR BUILD_TYPE [CMAKE_ARGS…]
build() {
    local dir="$1" type="$2"
    shift 2
    echo "==> Configuring ($type) in $dir"
    cmake -S "$repo_root" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" "$@" > "$dir.configure.log" 2>&1 \
        || { cat "$dir.configure.log"; return 1; }
    echo "==> Building"
    cmake --build "$dir" --parallel "$(nproc)"
}
