#!/bin/bash
# check-metainfo-release.sh FILE.metainfo.xml VERSION: the newest <release> (the first one)
# is VERSION, the project's version, with a date; bump the metainfo when bumping project().
set -euo pipefail

file=$1
version=$2

first=$(grep -o '<release [^>]*>' "$file" | head -n 1)
if [ -z "$first" ]; then
    echo "FAIL: $file lists no <release>"
    exit 1
fi
listed=$(sed -n 's/.*version="\([^"]*\)".*/\1/p' <<<"$first")
date=$(sed -n 's/.*date="\([0-9]\{4\}-[0-9]\{2\}-[0-9]\{2\}\)".*/\1/p' <<<"$first")
if [ "$listed" != "$version" ]; then
    echo "FAIL: the newest release in $file is \"$listed\", but project() says $version"
    exit 1
fi
if [ -z "$date" ]; then
    echo "FAIL: release $version in $file has no date=\"YYYY-MM-DD\""
    exit 1
fi
echo "OK: $file: release $version of $date"
