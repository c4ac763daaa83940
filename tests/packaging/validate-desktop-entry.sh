#!/bin/bash
# validate-desktop-entry.sh FILE.desktop: desktop-file-validate passes it (hints are allowed),
# and it launches triangle-studio on a file with the icon and MIME type the package installs.
# Exit 77 (skipped) without desktop-file-validate (Debian: desktop-file-utils).
set -euo pipefail

file=$1
id=$(basename "$file" .desktop)

if ! command -v desktop-file-validate >/dev/null; then
    echo "SKIP: desktop-file-validate not found (apt-get install desktop-file-utils)"
    exit 77
fi
desktop-file-validate "$file"

fail=0
expect() {
    if ! grep -qxF -- "$1" "$file"; then
        echo "FAIL: $file has no line \"$1\""
        fail=1
    fi
}
expect "Exec=triangle-studio %f"
expect "Icon=$id"
expect "MimeType=application/x-triangle-studio-database;"
for key in Name GenericName Comment Keywords; do
    grep -q "^$key\[zh_CN\]=" "$file" || { echo "FAIL: $file has no ${key}[zh_CN]"; fail=1; }
done
exit $fail
