#!/bin/bash
# check-icons.sh ICON_DIR APP_ID SIZE…: every hicolor PNG is there with its size, and
# rsvg-convert (when present) renders every SVG.
set -euo pipefail

dir=$1
id=$2
shift 2

fail=0
for size in "$@"; do
    png="$dir/hicolor/${size}x${size}/apps/$id.png"
    if [ ! -f "$png" ]; then
        echo "FAIL: missing $png (run packaging/icons/render-icons.sh)"
        fail=1
        continue
    fi
    # PNG: 8-byte signature, then the IHDR chunk's length and type, then width and height.
    read -r w1 w2 w3 w4 h1 h2 h3 h4 < <(od -An -tu1 -j16 -N8 "$png")
    width=$(( (w1 << 24) | (w2 << 16) | (w3 << 8) | w4 ))
    height=$(( (h1 << 24) | (h2 << 16) | (h3 << 8) | h4 ))
    if [ "$width" != "$size" ] || [ "$height" != "$size" ]; then
        echo "FAIL: $png is ${width}x${height}, not ${size}x${size}"
        fail=1
    else
        echo "OK: ${size}x${size}"
    fi
done

if command -v rsvg-convert >/dev/null; then
    for svg in "$dir"/*.svg; do
        if rsvg-convert --width 64 --height 64 "$svg" >/dev/null; then
            echo "OK: rsvg-convert renders $(basename "$svg")"
        else
            echo "FAIL: rsvg-convert cannot render $svg"
            fail=1
        fi
    done
else
    echo "NOTE: rsvg-convert not found; the SVGs were not rendered"
fi
exit $fail
