#!/bin/bash
# check-mime-type.sh MIME.xml [TRIANGLE_STUDIO]: the MIME package compiles with
# update-mime-database, and GIO then calls a *.tsdb file a Triangle Studio database; with the
# executable, also a real database it creates when renamed without the extension (by the
# SQLite magic and application_id), while a plain SQLite file stays application/vnd.sqlite3.
# Exit 77 (skipped) without update-mime-database (shared-mime-info) or gio (libglib2.0-bin).
set -euo pipefail

xml=$1
app=${2:-}
type=application/x-triangle-studio-database

for tool in update-mime-database gio; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIP: $tool not found"
        exit 77
    fi
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/share/mime/packages" "$work/files"
cp "$xml" "$work/share/mime/packages/"
# With $work/share on XDG_DATA_DIRS it has nothing to say unless the XML is wrong.
XDG_DATA_DIRS="$work/share:/usr/share" update-mime-database "$work/share/mime" >"$work/update.log" 2>&1 \
    || { cat "$work/update.log"; exit 1; }
if [ -s "$work/update.log" ]; then
    cat "$work/update.log"
    echo "FAIL: update-mime-database complained about $xml"
    exit 1
fi

content_type() {
    XDG_DATA_HOME="$work/none" XDG_DATA_DIRS="$work/share:/usr/share" \
        gio info -a standard::content-type "$1" | sed -n 's/^ *standard::content-type: //p'
}
fail=0
expect() {
    local got
    got=$(content_type "$1")
    if [ "$got" = "$2" ]; then
        echo "OK: $(basename "$1"): $got"
    else
        echo "FAIL: $(basename "$1") is \"$got\", expected $2"
        fail=1
    fi
}

# The glob alone: the SQLite header and nothing else, named *.tsdb.
printf 'SQLite format 3\0' >"$work/files/header-only.tsdb"
expect "$work/files/header-only.tsdb" "$type"

if [ -n "$app" ]; then
    HOME="$work/home" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" \
        QT_QPA_PLATFORM=offscreen "$app" check >/dev/null
    database=$(find "$work/data" -name '*.tsdb' | head -n 1)
    if [ -z "$database" ]; then
        echo "FAIL: $app check created no *.tsdb under $work/data"
        exit 1
    fi
    expect "$database" "$type"
    cp "$database" "$work/files/no-extension"
    expect "$work/files/no-extension" "$type"
    # Another program's SQLite file (application_id 0) is not claimed.
    head -c 100 "$database" >"$work/files/other"
    printf '\0\0\0\0' | dd of="$work/files/other" bs=1 seek=68 conv=notrunc status=none
    expect "$work/files/other" application/vnd.sqlite3
fi
exit $fail
