#!/bin/bash
# validate-metainfo.sh FILE.metainfo.xml: it says what the package promises (licences, the
# desktop entry it launches, the binary, Chinese name and summary), and appstreamcli validates
# it offline. Exit 77 (skipped) when that much passes but appstreamcli (Debian: appstream) is
# missing.
set -euo pipefail

file=$1
id=$(basename "$file" .metainfo.xml)

fail=0
expect() {
    if ! grep -qF -- "$1" "$file"; then
        echo "FAIL: $file lacks $1"
        fail=1
    fi
}
expect "<id>$id</id>"
expect "<project_license>GPL-3.0-or-later</project_license>"
expect "<metadata_license>CC0-1.0</metadata_license>"
expect "<launchable type=\"desktop-id\">$id.desktop</launchable>"
expect "<binary>triangle-studio</binary>"
expect "<mediatype>application/x-triangle-studio-database</mediatype>"
expect "<name xml:lang=\"zh_CN\">"
expect "<summary xml:lang=\"zh_CN\">"
expect "<content_rating type=\"oars-1.1\""
[ $fail -eq 0 ] || exit 1

if ! command -v appstreamcli >/dev/null; then
    echo "SKIP: appstreamcli not found (apt-get install appstream)"
    exit 77
fi
appstreamcli validate --no-net --explain "$file"
